// The few host APIs that shared/ may use because Node (>= 20) and Chromium both
// provide them with the same behaviour. Declared by hand, instead of pulling in the
// DOM lib or @types/node, so that nothing else from either host leaks into shared/.
// Extend this file only with APIs that exist, unchanged, in both hosts.

interface SubtleCrypto {
  digest(algorithm: 'SHA-256' | 'SHA-384' | 'SHA-512', data: ArrayBuffer | ArrayBufferView): Promise<ArrayBuffer>;
}

interface Crypto {
  readonly subtle: SubtleCrypto;
  randomUUID(): `${string}-${string}-${string}-${string}-${string}`;
  getRandomValues<T extends ArrayBufferView>(array: T): T;
}

declare var crypto: Crypto;

declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

declare class TextDecoder {
  /** ignoreBOM: true keeps a leading byte-order mark in the text instead of dropping it silently. */
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  /** stream: true keeps an incomplete character for the next call instead of replacing it. */
  decode(input?: ArrayBuffer | ArrayBufferView, options?: { stream?: boolean }): string;
}
