/**
 * JSON as the package format reads it: stricter than JSON.parse, so that a file has one
 * meaning for every reader in every language (docs/sync-format.md, "JSON"). Refused beyond
 * what JSON.parse refuses: a byte-order mark (the caller decodes with ignoreBOM, so one stays
 * in the text), a key twice in one object (JSON.parse keeps the last, other readers the first
 * or refuse), and an integer written with a fraction or exponent, or as -0 (`1.0`, `1e3`): a
 * strict reader reads them as floats where the format wants an integer.
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const MINUS = 0x2d;
const PLUS = 0x2b;
const DOT = 0x2e;
const ZERO = 0x30;
const NINE = 0x39;
const SMALL_E = 0x65;
const CAPITAL_E = 0x45;
const COMMA = 0x2c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

/**
 * Keys an object may have before they go into a Set: below it, a new key is compared with the
 * object's earlier ones where they stand in the text, by length first, with no string made. A
 * package's records are many small objects, and a Set and a string per key made this check
 * cost as much as JSON.parse itself (issue 23).
 */
const PAIRWISE_KEYS = 16;

/** The index just after the string starting at `start` (a quote). */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; ; ) {
    const quote = text.indexOf('"', i);
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    i = quote + 1;
  }
}

function hasEscape(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === BACKSLASH) return true;
  return false;
}

function sameSpan(text: string, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) return false;
  return true;
}

/** Past the digits from `i`. */
function digitsEnd(text: string, i: number): number {
  while (i < text.length && text.charCodeAt(i) >= ZERO && text.charCodeAt(i) <= NINE) i++;
  return i;
}

/** The number token starting at `start` (JSON.parse has accepted it): its end and whether it has a fraction or exponent. */
function numberEnd(text: string, start: number): { end: number; decorated: boolean } {
  let i = digitsEnd(text, text.charCodeAt(start) === MINUS ? start + 1 : start);
  let decorated = false;
  if (text.charCodeAt(i) === DOT) {
    decorated = true;
    i = digitsEnd(text, i + 1);
  }
  const c = text.charCodeAt(i);
  if (c === SMALL_E || c === CAPITAL_E) {
    decorated = true;
    const sign = text.charCodeAt(i + 1);
    i = digitsEnd(text, sign === PLUS || sign === MINUS ? i + 2 : i + 1);
  }
  return { end: i, decorated };
}

/** The problem with an integer written as a float (`1.0`, `1e3`) or as -0, or null. */
function numberProblem(text: string, start: number, end: number, decorated: boolean): string | null {
  if (!decorated) return end - start === 2 && text.charCodeAt(start) === MINUS && text.charCodeAt(start + 1) === ZERO ? 'integer written as -0' : null;
  const token = text.slice(start, end);
  const value = Number(token);
  // Number.isSafeInteger(-0) is true: -0.0 and -0e1 are refused here too.
  return Number.isSafeInteger(value) ? `integer written as ${token}` : null;
}

/** The keys of the open objects, innermost last, by name: their spans in the text, or a Set once an object has many or an escaped one. */
class OpenKeys {
  /** Per open object or array: where its keys begin in `starts` (-1 for an array). */
  private readonly bases: number[] = [];
  private readonly sets: (Set<string> | undefined)[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  open(isObject: boolean): void {
    this.bases.push(isObject ? this.starts.length : -1);
    this.sets.push(undefined);
  }

  close(): void {
    const base = this.bases.pop()!;
    this.sets.pop();
    if (base >= 0) this.starts.length = this.ends.length = base;
  }

  /** Adds the key whose characters are text[from, to) to the innermost object; the problem if it is there already. */
  add(text: string, from: number, to: number): string | null {
    const top = this.bases.length - 1;
    const base = this.bases[top]!;
    const escaped = hasEscape(text, from, to);
    let keys = this.sets[top];
    if (keys === undefined) {
      if (!escaped && this.starts.length - base < PAIRWISE_KEYS) {
        for (let j = base; j < this.starts.length; j++) {
          if (this.ends[j]! - this.starts[j]! === to - from && sameSpan(text, this.starts[j]!, from, to - from)) return `duplicate key ${JSON.stringify(text.slice(from, to))}`;
        }
        this.starts.push(from);
        this.ends.push(to);
        return null;
      }
      // Many keys, or an escaped one (whose characters differ from the key it reads as): compared as strings from here on.
      keys = new Set();
      for (let j = base; j < this.starts.length; j++) keys.add(text.slice(this.starts[j], this.ends[j]));
      this.starts.length = this.ends.length = base;
      this.sets[top] = keys;
    }
    // A key without an escape reads as written (JSON.parse has accepted the text); only escaped ones need decoding.
    const key = escaped ? (JSON.parse(text.slice(from - 1, to + 1)) as string) : text.slice(from, to);
    if (keys.has(key)) return `duplicate key ${JSON.stringify(key)}`;
    keys.add(key);
    return null;
  }
}

/**
 * One pass over JSON text that JSON.parse accepted: the first byte-order mark or integer written
 * as a float, else how many keys are written in it. With `named`, a key written twice in one
 * object is found and named too; without, keys are only counted (parseStrictJson compares the
 * count with the keys JSON.parse kept, which is cheaper than comparing names).
 */
function scan(text: string, named: OpenKeys | null): string | number {
  if (text.charCodeAt(0) === 0xfeff) return 'byte-order mark';
  // Character codes, not one-character strings; the text is valid JSON, so only the tokens that matter are told apart.
  const objects: boolean[] = [];
  let keys = 0;
  let expectKey = false;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      if (expectKey) {
        keys++;
        const problem = named?.add(text, i + 1, end - 1);
        if (problem) return problem;
        expectKey = false;
      }
      i = end;
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      objects.push(c === OPEN_OBJECT);
      named?.open(c === OPEN_OBJECT);
      expectKey = c === OPEN_OBJECT;
      i++;
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      objects.pop();
      named?.close();
      i++;
    } else if (c === COMMA) {
      expectKey = objects[objects.length - 1]!;
      i++;
    } else if (c === MINUS || (c >= ZERO && c <= NINE)) {
      const { end, decorated } = numberEnd(text, i);
      const problem = numberProblem(text, i, end, decorated);
      if (problem) return problem;
      i = end;
    } else {
      i++;
    }
  }
  return keys;
}

/** What is wrong with JSON text that JSON.parse accepted, or null. */
export function strictJsonProblem(text: string): string | null {
  const found = scan(text, new OpenKeys());
  return typeof found === 'string' ? found : null;
}

/** Decodes UTF-8 strictly (invalid bytes are an error, a byte-order mark is kept as a character). */
export function decodeUtf8Strict(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
}

/** Keys of every object in a parsed value (JSON.parse keeps one of a key written twice in an object). */
function keysIn(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  let keys = 0;
  if (Array.isArray(value)) {
    for (const item of value) keys += keysIn(item);
    return keys;
  }
  for (const key in value) keys += 1 + keysIn((value as Record<string, unknown>)[key]);
  return keys;
}

/**
 * JSON.parse plus the checks above; throws a SyntaxError naming the problem. The keys are
 * counted in the text and in the parsed value: equal only when no object has a key twice, so
 * the names are compared (strictJsonProblem) only when they differ. A package's records are
 * thousands of small objects, and comparing every key by name cost as much as JSON.parse (issue 23).
 */
export function parseStrictJson(text: string): unknown {
  const value: unknown = JSON.parse(text);
  const found = scan(text, null);
  const problem = typeof found === 'string' ? found : found === keysIn(value) ? null : (strictJsonProblem(text) ?? 'duplicate key');
  if (problem) throw new SyntaxError(problem);
  return value;
}
