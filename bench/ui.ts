/** `npm run bench:ui`: only the app's frame times and draw latency, without the engine race. */
import { formatUiReport, measureUi } from './ui-bench';

console.log(formatUiReport(await measureUi()).join('\n'));
