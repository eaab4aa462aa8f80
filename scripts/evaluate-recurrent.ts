/**
 * `npx tsx scripts/evaluate-recurrent.ts`: scores the shipped recurrent models
 * (public/models/recurrent/) on the official test set and the recorded drawn digits, prints a
 * markdown table in the README's style, and exits with 1 when a file disagrees with its
 * manifest entry.
 */
import { drawnDigitsAsSet } from './drawn-digit-set';
import { readMnist } from './mnist-idx';
import type { RecurrentManifestEntry } from './recurrent-manifest';
import { CELL_NAMES } from './recurrent-recipes';
import {
  RECURRENT_MANIFEST_FILE,
  readRecurrentManifest,
  readRecurrentModel,
  recurrentAccuracy,
  scoreRecurrent,
} from './recurrent-manifest';

/** The table's "Network" column: what reads the rows and how it was kept stable. */
function network(entry: RecurrentManifestEntry): string {
  const clipping =
    entry.clipNorm === null ? 'no clipping' : `gradient norm clipped to ${entry.clipNorm}`;
  return (
    `${CELL_NAMES[entry.cell]}, ${entry.hiddenSize} hidden, ` +
    `${entry.parameters.toLocaleString('en-US')} parameters, ${clipping}`
  );
}

const percent = (accuracy: number): string => `${(100 * accuracy).toFixed(2)}%`;

/** Columns padded to their widest cell, as prettier formats the README's tables. */
function markdownTable(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  const line = (cells: string[]) => `| ${cells.map((s, c) => s.padEnd(widths[c])).join(' | ')} |`;
  const rule = `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`;
  return [line(rows[0]), rule, ...rows.slice(1).map(line)].join('\n');
}

const test = readMnist('test');
const drawn = drawnDigitsAsSet();
const rows = [['Model', 'Network', 'Test accuracy', 'Drawn digits read right']];
const disagreements: string[] = [];
for (const entry of readRecurrentManifest()) {
  const model = readRecurrentModel(entry);
  const accuracy = recurrentAccuracy(model, test);
  const drawnRight = scoreRecurrent(model, drawn).correct;
  if (accuracy !== entry.testAccuracy) {
    disagreements.push(`${entry.id}: test accuracy ${accuracy}, manifest ${entry.testAccuracy}`);
  }
  if (drawnRight !== entry.drawnDigitsRight) {
    disagreements.push(
      `${entry.id}: ${drawnRight} drawn digits right, manifest ${entry.drawnDigitsRight}`,
    );
  }
  rows.push([
    `\`${entry.id}\``,
    network(entry),
    percent(accuracy),
    `${drawnRight} of ${drawn.count}`,
  ]);
}
console.log(markdownTable(rows));
if (disagreements.length > 0) {
  console.error(
    `\nThe files disagree with ${RECURRENT_MANIFEST_FILE}:\n${disagreements.join('\n')}`,
  );
  process.exitCode = 1;
}
