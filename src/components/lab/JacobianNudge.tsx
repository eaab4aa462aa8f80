import { NUDGE, nudgeSlope } from '../../lab/jacobian/layer';
import { plainNumber } from '../../math/texNumber';
import { Indexed } from './JacobianLabels';

interface JacobianNudgeProps {
  kind: 'tanh' | 'softmax';
  letter: string;
  x: readonly number[];
  i: number;
  j: number;
}

/** The same entry read off as 3Blue1Brown does: nudge one input, divide the change. */
export function JacobianNudge({ kind, letter, x, i, j }: JacobianNudgeProps) {
  const slope = nudgeSlope(kind, x, i, j);
  return (
    <p className="jacobian-note" data-testid={`jacobian-${kind}-nudge`} data-value={slope}>
      Nudge <Indexed letter="x" index={j} kind="z" /> by {NUDGE}:{' '}
      <Indexed letter={letter} index={i} /> moves by {plainNumber(slope * NUDGE)}, a ratio of{' '}
      <b>{plainNumber(slope)}</b>.
    </p>
  );
}
