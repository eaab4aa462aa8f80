import { biasSection } from './biasSection';
import { hiddenSection, outputSection } from './backwardSections';
import type { BiasMode } from './classicExample';
import type { WorkedContext } from './context';
import { workedContext } from './context';
import { errorSection, forwardSection } from './forwardSection';
import { givenSection } from './givenSection';
import type { WorkedQuantity, WorkedSection } from './quantity';

export interface HandCalculation {
  context: WorkedContext;
  sections: WorkedSection[];
  byId: ReadonlyMap<string, WorkedQuantity>;
  /** Ids of the quantities computed from each quantity: the inverse of `sources`. */
  usedBy: ReadonlyMap<string, readonly string[]>;
}

/** The classic example's first step, every number read from the engine's trace. */
export function handCalculation(mode: BiasMode): HandCalculation {
  const context = workedContext(mode);
  const sections = [
    givenSection(context),
    forwardSection(context),
    errorSection(context),
    outputSection(context),
    hiddenSection(context),
    biasSection(context),
  ];
  const byId = new Map<string, WorkedQuantity>();
  const usedBy = new Map<string, string[]>();
  for (const q of sections.flatMap((s) => s.quantities)) {
    if (byId.has(q.id)) throw new Error(`Two quantities are called ${q.id}`);
    byId.set(q.id, q);
    for (const source of q.sources) usedBy.set(source, [...(usedBy.get(source) ?? []), q.id]);
  }
  return { context, sections, byId, usedBy };
}
