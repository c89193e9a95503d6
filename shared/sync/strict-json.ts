/**
 * JSON as the package format reads it: stricter than JSON.parse, so that a file has one
 * meaning for every reader in every language (docs/sync-format.md, "JSON"). Refused beyond
 * what JSON.parse refuses: a byte-order mark (the caller decodes with ignoreBOM, so one stays
 * in the text), a key twice in one object (JSON.parse keeps the last, other readers the first
 * or refuse), and an integer written with a fraction or exponent, or as -0 (`1.0`, `1e3`): a
 * strict reader reads them as floats where the format wants an integer.
 */

/** What is wrong with JSON text that JSON.parse accepted, or null. */
export function strictJsonProblem(text: string): string | null {
  if (text.charCodeAt(0) === 0xfeff) return 'byte-order mark';
  // One entry per open object (its keys so far) or array (null).
  const stack: (Set<string> | null)[] = [];
  let expectKey = false;
  const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  for (let i = 0; i < text.length; ) {
    const c = text[i]!;
    if (c === '"') {
      const end = stringEnd(text, i);
      if (expectKey) {
        const keys = stack[stack.length - 1]!;
        // A key without an escape reads as written (JSON.parse has accepted the text); only escaped ones need decoding.
        const raw = text.slice(i + 1, end - 1);
        const key = raw.includes('\\') ? (JSON.parse(text.slice(i, end)) as string) : raw;
        if (keys.has(key)) return `duplicate key ${JSON.stringify(key)}`;
        keys.add(key);
        expectKey = false;
      }
      i = end;
    } else if (c === '{') {
      stack.push(new Set());
      expectKey = true;
      i++;
    } else if (c === '[') {
      stack.push(null);
      i++;
    } else if (c === '}' || c === ']') {
      stack.pop();
      i++;
    } else if (c === ',') {
      expectKey = stack[stack.length - 1] instanceof Set;
      i++;
    } else if (c === '-' || (c >= '0' && c <= '9')) {
      number.lastIndex = i;
      const token = number.exec(text)![0];
      const value = Number(token);
      if (token === '-0' || (/[.eE]/.test(token) && Number.isSafeInteger(value)) || Object.is(value, -0)) return `integer written as ${token}`;
      i += token.length;
    } else {
      i++;
    }
  }
  return null;
}

/** The index just after the string starting at `start` (a quote). */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; ; ) {
    const quote = text.indexOf('"', i);
    let backslashes = 0;
    while (text[quote - 1 - backslashes] === '\\') backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    i = quote + 1;
  }
}

/** Decodes UTF-8 strictly (invalid bytes are an error, a byte-order mark is kept as a character). */
export function decodeUtf8Strict(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
}

/** JSON.parse plus the checks above; throws a SyntaxError naming the problem. */
export function parseStrictJson(text: string): unknown {
  const value: unknown = JSON.parse(text);
  const problem = strictJsonProblem(text);
  if (problem) throw new SyntaxError(problem);
  return value;
}
