import { describe, expect, it } from 'vitest';
import { MAX_CLOCK_SKEW_MS, compareHlc, decodeHlc, encodeHlc, initialHlc, parseHlc, receiveHlc, tickHlc } from '../../../../shared/sync/hlc';
import type { Hlc } from '../../../../shared/sync/types';

const T = Date.UTC(2026, 2, 1, 8, 0, 0);

describe('HLC encoding', () => {
  it('round-trips, and refuses what is not a stamp', () => {
    const hlc: Hlc = { wallMs: T, counter: 42, node: 'branch-7' };
    expect(encodeHlc(hlc)).toBe(`${T}-000042-branch-7`);
    expect(decodeHlc(encodeHlc(hlc))).toEqual(hlc);
    expect(parseHlc('2026-03-01')).toBeNull();
    expect(() => decodeHlc('x')).toThrow();
  });

  it('sorts as strings exactly as the clock orders them', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const stamps: Hlc[] = Array.from({ length: 300 }, () => ({
      wallMs: T + Math.floor(random() * 5) * 999_999_999,
      counter: Math.floor(random() * 3) * 9,
      node: ['a', 'b', 'branch-10', 'branch-9'][Math.floor(random() * 4)]!,
    }));
    const byClock = [...stamps].sort(compareHlc).map(encodeHlc);
    const byString = stamps.map(encodeHlc).sort();
    expect(byString).toEqual(byClock);
    // Earlier wall times with larger counters still sort first.
    expect(encodeHlc({ wallMs: 999, counter: 999_999, node: 'z' }) < encodeHlc({ wallMs: 1000, counter: 0, node: 'a' })).toBe(true);
  });
});

describe('HLC tick and receive', () => {
  it('ticks forward with the wall clock, and past it when the clock stands still or goes back', () => {
    const first = tickHlc(initialHlc('b'), T);
    expect(first).toEqual({ wallMs: T, counter: 0, node: 'b' });
    const same = tickHlc(first, T);
    expect(same).toEqual({ wallMs: T, counter: 1, node: 'b' });
    const back = tickHlc(same, T - 60_000); // someone set the PC's clock back
    expect(compareHlc(back, same)).toBeGreaterThan(0);
    expect(tickHlc(back, T + 5)).toEqual({ wallMs: T + 5, counter: 0, node: 'b' });
  });

  it('moves to the next millisecond instead of overflowing the counter', () => {
    const full: Hlc = { wallMs: T, counter: 999_999, node: 'b' };
    expect(tickHlc(full, T)).toEqual({ wallMs: T + 1, counter: 0, node: 'b' });
  });

  it('stamps after a received remote stamp, keeping its own node', () => {
    const local: Hlc = { wallMs: T, counter: 3, node: 'central' };
    const remote: Hlc = { wallMs: T + 1000, counter: 5, node: 'branch-1' };
    const { clock, skew } = receiveHlc(local, remote, T + 500);
    expect(clock).toEqual({ wallMs: T + 1000, counter: 6, node: 'central' });
    expect(skew).toBeUndefined();
    expect(compareHlc(tickHlc(clock, T + 600), remote)).toBeGreaterThan(0);
    expect(receiveHlc(local, { ...remote, wallMs: T, counter: 9 }, T - 1).clock).toEqual({ wallMs: T, counter: 10, node: 'central' });
    expect(receiveHlc(local, { ...remote, wallMs: T - 5 }, T + 7).clock).toEqual({ wallMs: T + 7, counter: 0, node: 'central' });
  });

  it('reports a clock more than the allowed skew away as a warning, and still takes its stamp', () => {
    const local = initialHlc('central');
    const ahead = receiveHlc(local, { wallMs: T + 2 * 3600_000, counter: 0, node: 'branch-1' }, T);
    expect(ahead.clock.wallMs).toBe(T + 2 * 3600_000);
    expect(ahead.skew).toMatchObject({ skewMs: 2 * 3600_000, node: 'branch-1' });
    expect(ahead.skew!.message).toContain('快约 120 分钟');
    const behind = receiveHlc(local, { wallMs: T - MAX_CLOCK_SKEW_MS - 60_000, counter: 0, node: 'branch-1' }, T);
    expect(behind.skew!.message).toContain('慢约 6 分钟');
    expect(receiveHlc(local, { wallMs: T - MAX_CLOCK_SKEW_MS, counter: 0, node: 'branch-1' }, T).skew).toBeUndefined();
  });
});
