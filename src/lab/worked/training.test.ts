import { describe, expect, it } from 'vitest';
import { traceExample } from '../../engine/trace';
import { CLASSIC_PRINTED, INPUT, TARGET } from './classicExample';
import { handCalculation } from './handCalculation';
import { sampleCurve } from './errorCurve';
import { runSteps } from './training';

describe('training the worked example', () => {
  it('starts at the classic error and takes the same first step as the hand calculation', () => {
    for (const mode of ['fixed', 'updated'] as const) {
      const run = runSteps(mode, 1);
      expect(run.errors[0].toFixed(9)).toBe('0.298371109');
      const afterHand = traceExample(handCalculation(mode).context.updated, INPUT, TARGET).cost;
      expect(run.errors[1]).toBe(afterHand);
    }
  });

  it('reproduces the classic 10,000-step figure, measured before the 10,000th update', () => {
    const run = runSteps('fixed', 10_000);
    expect(run.errors[9_999].toFixed(10)).toBe(CLASSIC_PRINTED.errorAfter10000);
    expect(run.errors[10_000]).toBeLessThan(run.errors[9_999]);
    expect([...run.net.biases[0], ...run.net.biases[1]]).toEqual([0.35, 0.35, 0.6, 0.6]);
  });

  it('falls at every step, and further when the biases learn too', () => {
    const fixed = runSteps('fixed', 10_000);
    const updated = runSteps('updated', 10_000);
    for (const run of [fixed, updated]) {
      for (let s = 1; s <= run.steps; s++) expect(run.errors[s]).toBeLessThan(run.errors[s - 1]);
    }
    expect(updated.errors[10_000]).toBeLessThan(fixed.errors[10_000] / 10);
    expect(updated.outputs[0]).toBeLessThan(fixed.outputs[0]);
  });

  it('refuses a step count that is not a whole number', () => {
    expect(() => runSteps('fixed', 2.5)).toThrow(RangeError);
    expect(() => runSteps('fixed', -1)).toThrow(RangeError);
  });
});

describe('the error curve', () => {
  it('keeps the first and last error and at most the points asked for', () => {
    const errors = runSteps('fixed', 10_000).errors;
    const points = sampleCurve(errors, 300);
    expect(points).toHaveLength(300);
    expect(points[0]).toEqual({ step: 0, error: errors[0] });
    expect(points[299]).toEqual({ step: 10_000, error: errors[10_000] });
    expect(sampleCurve(runSteps('fixed', 1).errors, 300).map((p) => p.step)).toEqual([0, 1]);
  });
});
