import type { SyncCryptoKey } from './types';

/**
 * The part of WebCrypto's SubtleCrypto that sync uses, typed here once. The DOM and Node
 * declare SubtleCrypto differently (and shared/ sees neither), so the code takes the host's
 * object through this one structural type instead of depending on either declaration.
 */
type Bytes = Uint8Array;
type Algorithm = { name: string; [parameter: string]: unknown };
type Usage = 'sign' | 'verify' | 'deriveBits' | 'deriveKey' | 'encrypt' | 'decrypt';

export interface KeyPairHandle {
  publicKey: SyncCryptoKey;
  privateKey: SyncCryptoKey;
}

export interface Subtle {
  generateKey(algorithm: Algorithm, extractable: boolean, usages: Usage[]): Promise<KeyPairHandle>;
  importKey(format: 'jwk', key: object, algorithm: Algorithm, extractable: boolean, usages: Usage[]): Promise<SyncCryptoKey>;
  importKey(format: 'raw', key: Bytes, algorithm: Algorithm | string, extractable: boolean, usages: Usage[]): Promise<SyncCryptoKey>;
  exportKey(format: 'jwk', key: SyncCryptoKey): Promise<Record<string, unknown>>;
  sign(algorithm: Algorithm, key: SyncCryptoKey, data: Bytes): Promise<ArrayBuffer>;
  verify(algorithm: Algorithm, key: SyncCryptoKey, signature: Bytes, data: Bytes): Promise<boolean>;
  encrypt(algorithm: Algorithm, key: SyncCryptoKey, data: Bytes): Promise<ArrayBuffer>;
  decrypt(algorithm: Algorithm, key: SyncCryptoKey, data: Bytes): Promise<ArrayBuffer>;
  deriveBits(algorithm: Algorithm, key: SyncCryptoKey, length: number): Promise<ArrayBuffer>;
  deriveKey(algorithm: Algorithm, key: SyncCryptoKey, derived: Algorithm, extractable: boolean, usages: Usage[]): Promise<SyncCryptoKey>;
}

export function subtle(): Subtle {
  return (globalThis as unknown as { crypto: { subtle: Subtle } }).crypto.subtle;
}

export const ECDSA = { name: 'ECDSA', namedCurve: 'P-256' } as const;
export const ECDH = { name: 'ECDH', namedCurve: 'P-256' } as const;
export const ECDSA_SHA256 = { name: 'ECDSA', hash: 'SHA-256' } as const;
/** AES-GCM nonce length: 96 bits, as the standard recommends. */
export const GCM_IV_BYTES = 12;
/** AES-GCM tag length, appended to each ciphertext. */
export const GCM_TAG_BYTES = 16;

export async function gcmEncrypt(key: SyncCryptoKey, iv: Bytes, plaintext: Bytes, additionalData: Bytes): Promise<Uint8Array> {
  return new Uint8Array(await subtle().encrypt({ name: 'AES-GCM', iv, additionalData }, key, plaintext));
}

/** Decrypt and authenticate; null when the tag does not verify (altered data or the wrong key). */
export async function gcmDecrypt(key: SyncCryptoKey, iv: Bytes, ciphertext: Bytes, additionalData: Bytes): Promise<Uint8Array | null> {
  try {
    return new Uint8Array(await subtle().decrypt({ name: 'AES-GCM', iv, additionalData }, key, ciphertext));
  } catch {
    return null;
  }
}
