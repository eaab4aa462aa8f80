import { describe, expect, it } from 'vitest';
import type { ProbeValues } from '../worker/protocol';
import { answersNewerInput } from './newerAnswer';

/** A probe of an input whose pixels are all `ink`. */
const probe = (ink: number): ProbeValues => ({
  z: [],
  a: [new Float64Array(784).fill(ink), new Float64Array(10)],
  dCdz: [],
});

describe('a snapshot answering newer input', () => {
  it('jumps the pacing when it answers a later stage than the screen shows, latest or not', () => {
    expect(answersNewerInput(probe(0.2), probe(0.1), true)).toBe(true);
    expect(answersNewerInput(probe(0.2), null, true)).toBe(true);
  });

  it('waits its turn when it answers what the screen already answers, or nothing', () => {
    expect(answersNewerInput(probe(0.1), probe(0.1), true)).toBe(false);
    expect(answersNewerInput(null, probe(0.1), true)).toBe(false);
    expect(answersNewerInput(probe(0.2), probe(0.1), false)).toBe(false);
  });
});
