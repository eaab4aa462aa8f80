import type { NetworkSpec } from '../engine/network';
import type { AppText } from '../i18n/en/app';
import { layerName } from '../math/symbols';
import type { BackpropStep } from './steps';

export interface StepText {
  title: string;
  caption: string;
}

/** The cost step's title: a squared cost by its formula, cross-entropy (needing ln) by name. */
function costTitle(spec: NetworkSpec, t: AppText): string {
  if (spec.cost === 'squared') return t.steps.costTitle('C₀ = Σⱼ (aⱼ − yⱼ)²');
  if (spec.cost === 'half-squared') return t.steps.costTitle('C₀ = ½ Σⱼ (aⱼ − yⱼ)²');
  return t.steps.costNamedTitle(t.names.cost[spec.cost]);
}

/** What the output's ∂C/∂a is, in words and symbols, for the model's cost. */
function wantsFormula(spec: NetworkSpec): string {
  if (spec.cost === 'squared') return '∂C/∂aⱼ = 2(aⱼ − yⱼ)';
  if (spec.cost === 'half-squared') return '∂C/∂aⱼ = aⱼ − yⱼ';
  return spec.output === 'softmax' ? '∂C/∂aⱼ = −yⱼ / aⱼ' : '∂C/∂aⱼ = (aⱼ − yⱼ) / (aⱼ(1 − aⱼ))';
}

/** The title and one-sentence explanation of each timeline step, in the language of `t`. */
export function stepText(step: BackpropStep, spec: NetworkSpec, t: AppText): StepText {
  const n = spec.sizes.length;
  const here = layerName(step.layer, n, t.names);
  const σ = spec.hidden === 'sigmoid' ? 'σ' : spec.hidden === 'relu' ? 'ReLU' : 'tanh';
  const say = t.steps;
  switch (step.kind) {
    case 'forward':
      return {
        title: say.forwardTitle(layerName(step.layer - 1, n, t.names), here),
        caption: say.forwardCaption(
          step.layer === n - 1 ? null : step.layer,
          step.layer === n - 1 && spec.output === 'softmax' ? 'softmax' : σ,
        ),
      };
    case 'cost':
      return { title: costTitle(spec, t), caption: say.costCaption };
    case 'wants':
      return { title: say.wantsTitle, caption: say.wantsCaption(wantsFormula(spec)) };
    case 'output-delta':
      return {
        title: say.outputDeltaTitle,
        caption: spec.output === 'softmax' ? say.outputDeltaSoftmax : say.outputDeltaSigmoid,
      };
    case 'desires':
      return { title: say.desiresTitle(here), caption: say.desiresCaption };
    case 'delta':
      return { title: say.deltaTitle(here), caption: say.deltaCaption(σ) };
    case 'gradient':
      return { title: say.gradientTitle, caption: say.gradientCaption };
    case 'update':
      return { title: say.updateTitle, caption: say.updateCaption };
    case 'after':
      return { title: say.afterTitle, caption: say.afterCaption };
  }
}
