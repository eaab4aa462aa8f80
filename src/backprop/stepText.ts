import type { NetworkSpec } from '../engine/network';
import type { BackpropStep } from './steps';

export interface StepText {
  title: string;
  caption: string;
}

/** "input", "hidden layer 2", "output": how the page names layer l of a network. */
export function layerName(layer: number, layerCount: number): string {
  if (layer === 0) return 'input';
  return layer === layerCount - 1 ? 'output' : `hidden layer ${layer}`;
}

function costFormula(spec: NetworkSpec): string {
  if (spec.cost === 'squared') return 'C₀ = Σⱼ (aⱼ − yⱼ)²';
  if (spec.cost === 'half-squared') return 'C₀ = ½ Σⱼ (aⱼ − yⱼ)²';
  return spec.output === 'softmax' ? 'C₀ = −ln a_y' : 'C₀ = −Σⱼ [yⱼ ln aⱼ + (1 − yⱼ) ln(1 − aⱼ)]';
}

/** What the output's ∂C/∂a is, in words and symbols, for the model's cost. */
function wantsFormula(spec: NetworkSpec): string {
  if (spec.cost === 'squared') return '∂C/∂aⱼ = 2(aⱼ − yⱼ)';
  if (spec.cost === 'half-squared') return '∂C/∂aⱼ = aⱼ − yⱼ';
  return spec.output === 'softmax' ? '∂C/∂aⱼ = −yⱼ / aⱼ' : '∂C/∂aⱼ = (aⱼ − yⱼ) / (aⱼ(1 − aⱼ))';
}

/** The title and one-sentence explanation of each timeline step. */
export function stepText(step: BackpropStep, spec: NetworkSpec): StepText {
  const n = spec.sizes.length;
  const here = layerName(step.layer, n);
  const σ = spec.hidden === 'sigmoid' ? 'σ' : spec.hidden === 'relu' ? 'ReLU' : 'tanh';
  switch (step.kind) {
    case 'forward':
      return {
        title: `Forward: ${layerName(step.layer - 1, n)} → ${here}`,
        caption: `Each neuron of the ${here} layer weighs the previous activations, adds its bias and squashes: a = ${step.layer === n - 1 && spec.output === 'softmax' ? 'softmax' : σ}(W·a + b).`,
      };
    case 'cost':
      return {
        title: `The cost ${costFormula(spec)}`,
        caption:
          'How wrong is this answer? The target y is 1 for the true digit and 0 for the others; each output adds its own term.',
      };
    case 'wants':
      return {
        title: 'What each output neuron wants',
        caption: `${wantsFormula(spec)}: the true digit's neuron wants to go up, the others down, each in proportion to how far it is off.`,
      };
    case 'output-delta':
      return {
        title: 'Through the activation: δ = ∂C/∂z at the output',
        caption:
          spec.output === 'softmax'
            ? 'Softmax ties the outputs together: each δⱼ depends on every output through its Jacobian sⱼ(δᵢⱼ − sᵢ).'
            : 'δⱼ = σ′(zⱼ)·∂C/∂aⱼ. A saturated neuron (a near 0 or 1) has a small σ′ and passes little back.',
      };
    case 'desires':
      return {
        title: `Desires summed into ${here}`,
        caption: `∂C/∂aₖ = Σⱼ wⱼₖ δⱼ: every neuron of the next layer pulls on neuron k through its weight; the pulls add up.`,
      };
    case 'delta':
      return {
        title: `δ for ${here}`,
        caption: `δₖ = ${σ}′(zₖ)·∂C/∂aₖ: the backward pass is the network run in reverse, each neuron an amplifier of gain ${σ}′(z).`,
      };
    case 'gradient':
      return {
        title: 'The gradient: ∂C/∂w = aₖ·δⱼ and ∂C/∂b = δⱼ',
        caption:
          'Edges now show −∂C/∂w: blue weights should grow, red ones shrink. Bright neurons’ connections matter most.',
      };
    case 'update':
      return {
        title: 'The update: w ← w − η·∂C/∂w',
        caption:
          'Every weight and bias takes a small step against its own gradient, scaled by the learning rate η.',
      };
    case 'after':
      return {
        title: 'Forward again: the cost falls',
        caption: 'The same digit through the updated network. Edges show the new weights.',
      };
  }
}
