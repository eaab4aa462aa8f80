import type { CellKind } from '../../engine/recurrent/recurrentModel';
import { CELL_KINDS } from '../../engine/recurrent/recurrentModel';
import { useMessages } from '../../i18n/useMessages';
import { shownScore } from '../../math/shownNumber';
import { useAppStore } from '../../store/appStore';
import { accuracyColor } from '../../viz/accuracyColor';
import { Segmented } from '../ui/Segmented';
import { useVizColors } from '../ui/useVizColors';

/** Which recurrent cell reads the digit, and how well its shipped model reads the test set. */
export function CellChoice() {
  const cell = useAppStore((s) => s.sequenceCell);
  const setCell = useAppStore((s) => s.setSequenceCell);
  const language = useAppStore((s) => s.language);
  const entry = useAppStore((s) =>
    s.recurrentModels.find(
      (m) => m.cell === s.sequenceCell && (m.cell !== 'rnn' || m.clipNorm !== null),
    ),
  );
  const measured = useAppStore((s) => s.recurrentAccuracy[s.sequenceCell] ?? null);
  const say = useMessages().sequence.cells;
  const colors = useVizColors();
  const accuracy = measured ?? entry?.testAccuracy ?? null;
  return (
    <div className="seq-cell-choice">
      <Segmented<CellKind>
        label={say.label}
        kind="tab"
        value={cell}
        options={CELL_KINDS.map((kind) => ({
          value: kind,
          label: say.name[kind],
          testId: `seq-cell-${kind}`,
        }))}
        onChange={setCell}
      />
      <p className="seq-model-facts">
        {entry && <span>{language === 'zh' ? entry.nameZh : entry.name}</span>}{' '}
        <span>{say.testAccuracy}</span>{' '}
        <b
          data-testid="seq-test-accuracy"
          data-measured={measured !== null}
          title={measured === null ? say.fromTraining : say.measuredHere}
          style={accuracy === null ? undefined : { color: accuracyColor(accuracy, colors) }}
        >
          {shownScore(accuracy)}
        </b>
      </p>
    </div>
  );
}
