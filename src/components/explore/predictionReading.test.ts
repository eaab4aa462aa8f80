import { describe, expect, it } from 'vitest';
import { predictionReading } from './predictionReading';

describe('predictionReading', () => {
  it('names the strongest output and its activation in whole percent', () => {
    const output = Float64Array.from([0.01, 0.2, 0.02, 0.9249, 0, 0, 0, 0.5, 0, 0]);
    expect(predictionReading(output)).toEqual({ digit: 3, percent: 92 });
  });

  it('has nothing to say without a finite output', () => {
    expect(predictionReading(null)).toBeNull();
    expect(predictionReading(Float64Array.from([0.1, NaN]))).toBeNull();
  });
});
