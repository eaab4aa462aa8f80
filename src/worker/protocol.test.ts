import { describe, expect, it } from 'vitest';
import { MNIST_SPEC, createNetwork, forward } from '../engine/network';
import { buffersOf } from './protocol';

describe('buffersOf', () => {
  it('lists a buffer its views share once, so a forward pass transfers whole', () => {
    const pass = forward(createNetwork(MNIST_SPEC, 3), new Float64Array(784).fill(0.5));
    const transfer = buffersOf(pass.z, pass.a);
    expect(transfer).toHaveLength(1);
    const copy = structuredClone(pass, { transfer });
    expect(copy.a[3]).toHaveLength(10);
    expect(copy.a[3].every((v) => v > 0 && v < 1)).toBe(true);
    expect(pass.a[3]).toHaveLength(0); // detached: the buffer moved, not copied
  });
});
