import { describe, expect, it } from 'vitest';
import { softmaxCellTex, tanhCellTex } from './cellTex';

describe('the formula of a hovered cell', () => {
  it('softmax, off the diagonal: δᵢⱼ = 0, numbers 1-based, symbols then numbers', () => {
    const tex = softmaxCellTex([0.5, 0.3, 0.2], 0, 1, -0.15);
    expect(tex).toContain('\\partial s_{1}');
    expect(tex).toContain('x_{2}');
    expect(tex).toContain('s_{1}\\,(\\delta_{12} - s_{2})');
    expect(tex).toContain('\\\\ &= 0.5 \\cdot (0 - 0.3) = -0.15\\end{aligned}');
  });

  it('softmax, on the diagonal: δᵢᵢ = 1', () => {
    expect(softmaxCellTex([0.5, 0.3, 0.2], 2, 2, 0.16)).toContain('= 0.2 \\cdot (1 - 0.2) = 0.16');
  });

  it('tanh: 1 − tᵢ² on the diagonal, a negative tᵢ in parentheses, 0 elsewhere', () => {
    const t = [0.5, -0.7616, 0.1];
    // Four digits: 1 − 0.762² would be 0.419, not the 0.42 shown.
    expect(tanhCellTex(t, 1, 1, 0.42)).toContain('= 1 \\cdot (1 - (-0.7616)^2) = 0.42');
    const offDiagonal = tanhCellTex(t, 1, 0, 0);
    expect(offDiagonal).toContain('&= \\delta_{21}\\,(1 - t_{2}^2)');
    expect(offDiagonal).toContain('&= 0 \\cdot (1 - (-0.762)^2) = 0\\end{aligned}');
  });

  it('shows a saturated tanh with the digits that make its own arithmetic true', () => {
    const t = [0, Math.tanh(8)];
    const tex = tanhCellTex(t, 1, 1, 1 - t[1] ** 2);
    expect(tex).toContain('= 1 \\cdot (1 - 0.999999775^2) = 4.5 \\times 10^{-7}');
  });
});
