/**
 * The backpropagation timeline: one idea per step, generated for any depth. Layers are counted
 * from 0 = input; L is the output layer.
 */
export type StepKind =
  | 'forward'
  | 'cost'
  | 'wants'
  | 'output-delta'
  | 'desires'
  | 'delta'
  | 'gradient'
  | 'update'
  | 'after';

export interface BackpropStep {
  kind: StepKind;
  /** The layer in play: highlighted in the view, the others dimmed. */
  layer: number;
}

export function backpropSteps(layerCount: number): BackpropStep[] {
  const L = layerCount - 1;
  const steps: BackpropStep[] = [];
  for (let l = 1; l <= L; l++) steps.push({ kind: 'forward', layer: l });
  steps.push({ kind: 'cost', layer: L }, { kind: 'wants', layer: L });
  steps.push({ kind: 'output-delta', layer: L });
  for (let l = L - 1; l >= 1; l--) {
    steps.push({ kind: 'desires', layer: l }, { kind: 'delta', layer: l });
  }
  steps.push({ kind: 'gradient', layer: L }, { kind: 'update', layer: L });
  steps.push({ kind: 'after', layer: L });
  return steps;
}

/** What has been computed by the end of a step: the panels never show values from the future. */
export interface StepKnowledge {
  /** Layers whose z and a are known (forward pass), counting the input as 0. */
  forwardUpTo: number;
  cost: boolean;
  /** Per layer: ∂C/∂a known, δ = ∂C/∂z known. */
  dCda: boolean[];
  dCdz: boolean[];
  gradient: boolean;
  update: boolean;
  after: boolean;
}

export function knowledgeAt(steps: readonly BackpropStep[], index: number): StepKnowledge {
  const L = steps[steps.length - 1].layer;
  const k: StepKnowledge = {
    forwardUpTo: 0,
    cost: false,
    dCda: Array.from({ length: L + 1 }, () => false),
    dCdz: Array.from({ length: L + 1 }, () => false),
    gradient: false,
    update: false,
    after: false,
  };
  for (const step of steps.slice(0, index + 1)) {
    switch (step.kind) {
      case 'forward':
        k.forwardUpTo = step.layer;
        break;
      case 'cost':
        k.cost = true;
        break;
      case 'wants':
      case 'desires':
        k.dCda[step.layer] = true;
        break;
      case 'output-delta':
      case 'delta':
        k.dCdz[step.layer] = true;
        break;
      case 'gradient':
      case 'update':
      case 'after':
        k[step.kind] = true;
        break;
    }
  }
  return k;
}
