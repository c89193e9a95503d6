import { gcm } from '@noble/ciphers/aes.js';
import { concatBytes, fromBase64, randomBytes, toBase64, utf8 } from '../sync/bytes';

/**
 * Encryption of single text fields at rest (a member's 身份证号 and 电话 while the app lock
 * is set). Synchronous on purpose: it runs inside IndexedDB transactions (a Dexie
 * middleware), where awaiting WebCrypto would let the transaction commit half done.
 *
 * A stored value is `zbenc1:` + base64(nonce ‖ AES-256-GCM ciphertext ‖ tag), the field's
 * name as additional data, so a value is self-describing: a table may hold old clear values
 * and encrypted ones side by side and each is read correctly, whatever was interrupted.
 */
export const ENCRYPTED_FIELD_PREFIX = 'zbenc1:';
export const FIELD_KEY_BYTES = 32;
const NONCE_BYTES = 12;

export class FieldCipherError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FieldCipherError';
  }
}

export function isEncryptedField(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(ENCRYPTED_FIELD_PREFIX);
}

/** A new random field key (32 bytes). */
export function newFieldKey(): Uint8Array {
  return randomBytes(FIELD_KEY_BYTES);
}

function checkKey(key: Uint8Array): void {
  if (key.length !== FIELD_KEY_BYTES) throw new FieldCipherError('field key must be 32 bytes');
}

/** The stored form of a clear value; an empty value stays empty (nothing to hide, and a blank field stays blank). */
export function encryptField(key: Uint8Array, field: string, value: string, nonce: Uint8Array = randomBytes(NONCE_BYTES)): string {
  checkKey(key);
  if (value === '' || isEncryptedField(value)) return value;
  const sealed = gcm(key, nonce, utf8(field)).encrypt(utf8(value));
  return ENCRYPTED_FIELD_PREFIX + toBase64(concatBytes(nonce, sealed));
}

/** The clear value of a stored one; a clear value is returned as it is. Throws FieldCipherError when the key or field is not the one it was sealed with. */
export function decryptField(key: Uint8Array, field: string, stored: string): string {
  checkKey(key);
  if (!isEncryptedField(stored)) return stored;
  const bytes = fromBase64(stored.slice(ENCRYPTED_FIELD_PREFIX.length));
  if (!bytes || bytes.length < NONCE_BYTES + 16) throw new FieldCipherError('stored field is not a sealed value');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(gcm(key, bytes.subarray(0, NONCE_BYTES), utf8(field)).decrypt(bytes.subarray(NONCE_BYTES)));
  } catch {
    throw new FieldCipherError('stored field does not open with this key');
  }
}
