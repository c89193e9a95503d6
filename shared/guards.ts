/** Narrowing helpers for data that arrives from outside (packages, imports). */

export type Fields = Record<string, unknown>;

export function isRecord(x: unknown): x is Fields {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** A non-negative safe integer. */
export function isCount(x: unknown): x is number {
  return Number.isSafeInteger(x) && (x as number) >= 0;
}

/** A string with something other than white space in it. */
export function isText(x: unknown): x is string {
  return typeof x === 'string' && x.trim() !== '';
}
