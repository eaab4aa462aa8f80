import { useMemo, useState } from 'react';
import { softmaxCellTex, tanhCellTex } from '../../lab/jacobian/cellTex';
import { outputSignals } from '../../lab/jacobian/deltas';
import { layerValues, softmaxJacobian, tanhJacobian } from '../../lab/jacobian/layer';
import { PRESETS } from '../../lab/jacobian/presets';
import { useMessages } from '../../i18n/useMessages';
import { JacobianDeltas } from './JacobianDeltas';
import { JacobianInputs } from './JacobianInputs';
import { JacobianMatrix } from './JacobianMatrix';
import './JacobianLab.css';

/** Every entry of tanh's Jacobian lies in (0, 1]; every entry of softmax's in [−¼, ¼]. */
const TANH_SCALE = 1;
const SOFTMAX_SCALE = 0.25;

/**
 * Teaching notes §7: the Jacobians of tanh (diagonal) and softmax (full) as live matrices, and
 * what softmax's full Jacobian does to the output δ under squared error and cross-entropy.
 */
export function JacobianLab() {
  const m = useMessages().lab.jacobian;
  const [x, setX] = useState<readonly number[]>(PRESETS[0].x);
  const [target, setTarget] = useState(PRESETS[0].target);
  const values = useMemo(() => layerValues(x), [x]);
  const tanhJ = useMemo(() => tanhJacobian(values), [values]);
  const softJ = useMemo(() => softmaxJacobian(values), [values]);
  const squared = useMemo(() => outputSignals('squared', values, target), [values, target]);
  const crossEntropy = useMemo(
    () => outputSignals('cross-entropy', values, target),
    [values, target],
  );

  return (
    <div className="jacobian-lab">
      <JacobianInputs
        values={values}
        target={target}
        onInput={(i, v) => setX((old) => old.map((xk, k) => (k === i ? v : xk)))}
        onPreset={(p) => {
          setX(p.x);
          setTarget(p.target);
        }}
      />
      <JacobianMatrix
        kind="tanh"
        title={m.tanhTitle}
        letter="t"
        matrix={tanhJ}
        x={x}
        scale={TANH_SCALE}
        cellTex={(i, j, v) => tanhCellTex(values.tanh, i, j, v)}
        firstCell={[0, 0]}
      >
        <p className="jacobian-note">{m.tanhNote}</p>
      </JacobianMatrix>
      <JacobianMatrix
        kind="softmax"
        title={m.softmaxTitle}
        letter="s"
        matrix={softJ}
        x={x}
        scale={SOFTMAX_SCALE}
        cellTex={(i, j, v) => softmaxCellTex(values.softmax, i, j, v)}
        firstCell={[0, 1]}
      >
        <p className="jacobian-note">{m.softmaxNote}</p>
      </JacobianMatrix>
      <JacobianDeltas
        softmax={values.softmax}
        target={target}
        squared={squared}
        crossEntropy={crossEntropy}
        onTarget={setTarget}
      />
    </div>
  );
}
