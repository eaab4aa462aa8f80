import type { StepKnowledge } from './steps';
import { backpropSteps, knowledgeAt } from './steps';

/**
 * What the explore page's live chain rule shows: for a labelled example everything up to the
 * gradient (the update belongs to the training that is running), else the forward pass alone.
 */
export function liveKnowledge(layerCount: number, labelled: boolean): StepKnowledge {
  const steps = backpropSteps(layerCount);
  const last = labelled ? steps.findIndex((s) => s.kind === 'gradient') : layerCount - 2;
  return knowledgeAt(steps, last);
}
