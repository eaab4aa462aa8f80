import { describe, expect, it } from 'vitest';
import { diagramFocus } from './diagramFocus';
import { handCalculation } from './handCalculation';

describe('what the diagram lights up', () => {
  it('finds the weight, bias or neurons each quantity is about', () => {
    expect(diagramFocus('new-w5').weights).toEqual([5]);
    expect(diagramFocus('dnet-dw1').weights).toEqual([1]);
    expect(diagramFocus('b2').biases).toEqual([2]);
    expect(diagramFocus('dout-dnet-o1').neurons).toEqual(['o1']);
    expect(diagramFocus('dEo2-dout-h1')).toEqual({
      neurons: ['o2', 'h1'],
      weights: [7],
      biases: [],
    });
    expect(diagramFocus('e-total').neurons).toEqual(['o1', 'o2']);
  });

  it('lights something up for every quantity but the learning rate', () => {
    for (const q of handCalculation('updated').sections.flatMap((s) => s.quantities)) {
      const focus = diagramFocus(q.id);
      const lit = focus.neurons.length + focus.weights.length + focus.biases.length;
      expect(lit > 0, q.id).toBe(q.id !== 'eta');
    }
  });
});
