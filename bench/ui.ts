/** `npm run bench:ui`: only the app in the browser (first answer, frames, draw latency). */
import { firstAnswerChecks, formatFirstAnswer, measureFirstAnswer } from './first-answer';
import { targets } from './report';
import { formatUiReport, measureUi, uiChecks } from './ui-bench';

/** `npm run bench:ui -- 4` measures frames at that slowdown only. */
const slowdown = process.argv[2];
const firstAnswers = await measureFirstAnswer();
const ui = await measureUi(slowdown === undefined ? undefined : [Number(slowdown)]);
console.log(
  [
    ...formatFirstAnswer(firstAnswers),
    ...formatUiReport(ui),
    ...targets([...firstAnswerChecks(firstAnswers), ...uiChecks(ui)]),
  ].join('\n'),
);
