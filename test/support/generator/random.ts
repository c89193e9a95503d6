/**
 * A small seeded generator (mulberry32 over an FNV-1a hash of the seed text): the same
 * seed gives the same sequence on every machine and in Node and Chromium alike, which
 * Math.random and crypto.randomUUID cannot.
 */
export interface Random {
  /** In [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks by weight: [['duty', 55], ['sick', 15]]. */
  weighted<T>(choices: ReadonlyArray<readonly [T, number]>): T;
  /** A UUID v4 in shape, drawn from the sequence. */
  uuid(): string;
}

function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

const BYTE_HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** A 32-bit word as eight hex digits, by table: UUIDs are drawn by the hundred thousand. */
function hex8(word: number): string {
  return BYTE_HEX[(word >>> 24) & 255]! + BYTE_HEX[(word >>> 16) & 255]! + BYTE_HEX[(word >>> 8) & 255]! + BYTE_HEX[word & 255]!;
}

/** One independent sequence per seed text; derive sub-seeds by joining parts ('seed/branch/3'). */
export function createRandom(seed: string): Random {
  let state = hashText(seed);
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const word = () => Math.floor(next() * 4294967296);
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    weighted(choices) {
      const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
      let roll = next() * total;
      for (const [value, weight] of choices) {
        roll -= weight;
        if (roll < 0) return value;
      }
      return choices[choices.length - 1]![0];
    },
    uuid() {
      const [a, b, c, d] = [hex8(word()), hex8(word()), hex8(word()), hex8(word())];
      // Version 4 and the RFC 4122 variant (8, 9, a or b) in their places.
      const variant = '89ab'[Number.parseInt(c[0]!, 16) & 3];
      return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${variant}${c.slice(1, 4)}-${c.slice(4, 8)}${d}`;
    },
  };
}
