import { describe, expect, it } from 'vitest';
import { legendFitsOneRow, roughTextWidth } from './legendFits';

describe('legend layout', () => {
  it('counts a Chinese character as a full em and a Latin letter as about 0.6', () => {
    expect(roughTextWidth('梯度下降', 16)).toBe(64);
    expect(roughTextWidth('SGD', 10)).toBeCloseTo(18.6);
  });

  it('puts the labels on one row only when they fit with the gap between them', () => {
    const labels = ['梯度下降', '随机梯度下降'];
    expect(legendFitsOneRow(labels, 200, 16, 24)).toBe(true);
    expect(legendFitsOneRow(labels, 180, 16, 24)).toBe(false);
    expect(legendFitsOneRow([], 0, 16, 24)).toBe(true);
  });
});
