import { isRecord } from '../guards';
import { fromBase64, utf8 } from './bytes';
import { PackageError, detail } from './errors';
import { subtle } from './subtle';
import type { SyncCryptoKey } from './types';

/**
 * What a passphrase-protected file (a .zbkey; the app lock uses the same) may ask of the
 * key derivation. The file names its own parameters, so without bounds a file could make
 * the app spin for minutes (2^32−1 iterations) or fail with an English error (2^53−1). The
 * app writes 600 000 iterations and a 16-byte salt; the bounds leave room on both sides.
 */
export const KDF_BOUNDS = { minIterations: 100_000, maxIterations: 2_000_000, minSaltBytes: 16, maxSaltBytes: 64 } as const;

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256: slow enough to make guessing a passphrase expensive. */
export const PBKDF2_ITERATIONS = 600_000;

export interface Pbkdf2Parameters {
  iterations: number;
  salt: Uint8Array;
}

/** How the parameters are written in a file: `{ name: 'PBKDF2', hash: 'SHA-256', iterations, salt (base64) }`. */
export interface Pbkdf2Json {
  name: 'PBKDF2';
  hash: 'SHA-256';
  iterations: number;
  salt: string;
}

const BOUNDS_TEXT = detail(
  `须为 PBKDF2-SHA-256，迭代次数为 ${KDF_BOUNDS.minIterations} 至 ${KDF_BOUNDS.maxIterations} 之间的整数，盐为 ${KDF_BOUNDS.minSaltBytes} 至 ${KDF_BOUNDS.maxSaltBytes} 字节`,
  `PBKDF2-SHA-256 with an integer iteration count from ${KDF_BOUNDS.minIterations} to ${KDF_BOUNDS.maxIterations} and a salt of ${KDF_BOUNDS.minSaltBytes} to ${KDF_BOUNDS.maxSaltBytes} bytes`,
);

/** The parameters a file names, checked against the bounds before any work is done; PackageError 'kdf-unsupported' otherwise. */
export function readPbkdf2Parameters(kdf: unknown): Pbkdf2Parameters {
  const refuse = () => new PackageError('kdf-unsupported', BOUNDS_TEXT);
  if (!isRecord(kdf) || kdf.name !== 'PBKDF2' || kdf.hash !== 'SHA-256' || typeof kdf.salt !== 'string') throw refuse();
  const { iterations } = kdf;
  if (typeof iterations !== 'number' || !Number.isInteger(iterations) || iterations < KDF_BOUNDS.minIterations || iterations > KDF_BOUNDS.maxIterations) {
    throw refuse();
  }
  // Checked on the text first, so a huge salt is never decoded.
  if (kdf.salt.length > Math.ceil(KDF_BOUNDS.maxSaltBytes / 3) * 4) throw refuse();
  const salt = fromBase64(kdf.salt);
  if (!salt || salt.length < KDF_BOUNDS.minSaltBytes || salt.length > KDF_BOUNDS.maxSaltBytes) throw refuse();
  return { iterations, salt };
}

/** The AES-256-GCM key a passphrase gives under the parameters (the passphrase taken in NFC). */
export async function passphraseKey(passphrase: string, { salt, iterations }: Pbkdf2Parameters): Promise<SyncCryptoKey> {
  const material = await subtle().importKey('raw', utf8(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return subtle().deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}
