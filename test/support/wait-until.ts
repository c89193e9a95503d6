import { vi } from 'vitest';

/**
 * Waits until `check` stops throwing: what a test waits on is a state, never a time. The
 * timeout only catches a hang: Vitest's 1 s default fails a check on a loaded PC (the unit
 * suite runs several times slower there) while nothing is wrong, as expect.poll's did in e2e.
 */
export function waitUntil<T>(check: () => T | Promise<T>): Promise<T> {
  return vi.waitFor(check, { timeout: 30_000, interval: 20 });
}
