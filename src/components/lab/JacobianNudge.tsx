import { NUDGE, nudgeSlope } from '../../lab/jacobian/layer';
import { useMessages } from '../../i18n/useMessages';
import { shownNumber } from '../../math/shownNumber';
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
  const m = useMessages().lab.jacobian;
  const slope = nudgeSlope(kind, x, i, j);
  return (
    <p className="jacobian-note" data-testid={`jacobian-${kind}-nudge`} data-value={slope}>
      {m.nudge}
      <Indexed letter="x" index={j} kind="z" />
      {m.nudgeBy(NUDGE)}
      <Indexed letter={letter} index={i} />
      {m.movesBy(shownNumber(slope * NUDGE))}
      <b>{shownNumber(slope)}</b>
      {m.nudgeEnd}
    </p>
  );
}
