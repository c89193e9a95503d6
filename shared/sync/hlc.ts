import type { Hlc, HlcReceipt } from './types';

/**
 * Hybrid logical clock: wall time where the clocks agree, a counter where they do not,
 * so that every change gets a stamp later than everything its PC has seen, even when an
 * office PC's clock is set wrong.
 */

/** Clocks further apart than this are reported (never refused): office PCs often run wrong. */
export const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;

// Fixed widths make string order equal clock order: 13 digits hold ms until the year 2286.
const WALL_DIGITS = 13;
const COUNTER_DIGITS = 6;
const MAX_COUNTER = 10 ** COUNTER_DIGITS - 1;
const ENCODED = /^(\d{13})-(\d{6})-(.+)$/s;

export function encodeHlc(hlc: Hlc): string {
  return `${String(hlc.wallMs).padStart(WALL_DIGITS, '0')}-${String(hlc.counter).padStart(COUNTER_DIGITS, '0')}-${hlc.node}`;
}

/** The stamp an encoded string holds, or null when it is not one. */
export function parseHlc(encoded: string): Hlc | null {
  const match = ENCODED.exec(encoded);
  if (!match) return null;
  return { wallMs: Number(match[1]), counter: Number(match[2]), node: match[3]! };
}

export function decodeHlc(encoded: string): Hlc {
  const hlc = parseHlc(encoded);
  if (!hlc) throw new Error(`Not an HLC stamp: ${JSON.stringify(encoded)}`);
  return hlc;
}

/** Negative, zero or positive like a sort comparator; equal to comparing the encoded strings. */
export function compareHlc(a: Hlc, b: Hlc): number {
  if (a.wallMs !== b.wallMs) return a.wallMs - b.wallMs;
  if (a.counter !== b.counter) return a.counter - b.counter;
  return a.node < b.node ? -1 : a.node > b.node ? 1 : 0;
}

/** A fresh clock for a node that has stamped nothing yet. */
export function initialHlc(node: string): Hlc {
  return { wallMs: 0, counter: 0, node };
}

function next(wallMs: number, counter: number, node: string): Hlc {
  // The counter only overflows if one millisecond holds a million stamps: move to the next ms.
  return counter > MAX_COUNTER ? { wallMs: wallMs + 1, counter: 0, node } : { wallMs, counter, node };
}

/** The stamp for a local change: later than the last one, at the wall time when it has moved on. */
export function tickHlc(last: Hlc, nowMs: number): Hlc {
  if (nowMs > last.wallMs) return { wallMs: nowMs, counter: 0, node: last.node };
  return next(last.wallMs, last.counter + 1, last.node);
}

function minutes(ms: number): number {
  return Math.round(Math.abs(ms) / 60_000);
}

/**
 * Merge a remote stamp into the local clock, so that later local stamps sort after it.
 * A remote stamp far from the local wall clock is still taken (refusing it would block
 * the import), and reported as skew for the screen.
 */
export function receiveHlc(local: Hlc, remote: Hlc, nowMs: number): HlcReceipt {
  const wallMs = Math.max(local.wallMs, remote.wallMs, nowMs);
  let counter: number;
  if (wallMs === local.wallMs && wallMs === remote.wallMs) counter = Math.max(local.counter, remote.counter) + 1;
  else if (wallMs === local.wallMs) counter = local.counter + 1;
  else if (wallMs === remote.wallMs) counter = remote.counter + 1;
  else counter = 0;
  const clock = next(wallMs, counter, local.node);
  const skewMs = remote.wallMs - nowMs;
  if (Math.abs(skewMs) <= MAX_CLOCK_SKEW_MS) return { clock };
  const direction = skewMs > 0 ? '快' : '慢';
  return {
    clock,
    skew: {
      skewMs,
      node: remote.node,
      message: `${remote.node} 的电脑时钟比本机${direction}约 ${minutes(skewMs)} 分钟，请核对两台电脑的日期和时间（数据已照常导入）。`,
    },
  };
}
