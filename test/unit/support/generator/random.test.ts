import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../support/generator/random';

describe('createRandom', () => {
  it('repeats its sequence for a seed and differs for another', () => {
    const draw = (seed: string) => {
      const random = createRandom(seed);
      return Array.from({ length: 5 }, () => random.next());
    };
    expect(draw('x')).toEqual(draw('x'));
    expect(draw('x')).not.toEqual(draw('y'));
  });

  it('draws UUIDs of version 4 shape, all different', () => {
    const random = createRandom('ids');
    const ids = Array.from({ length: 2000 }, () => random.uuid());
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps int within its bounds and weighted within its choices', () => {
    const random = createRandom('bounds');
    const ints = new Set(Array.from({ length: 500 }, () => random.int(3, 5)));
    expect([...ints].sort()).toEqual([3, 4, 5]);
    const picks = new Set(Array.from({ length: 500 }, () => random.weighted([['a', 9], ['b', 1]] as const)));
    expect([...picks].sort()).toEqual(['a', 'b']);
  });
});
