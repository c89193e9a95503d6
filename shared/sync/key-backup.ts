import { isRecord } from '../guards';
import { fromBase64, randomBytes, toBase64, utf8 } from './bytes';
import { PackageError } from './errors';
import { asPublicKeySet, exportPrivateKeys, importKeySet, type PrivateJwks } from './keys';
import { GCM_IV_BYTES, gcmDecrypt, gcmEncrypt, subtle } from './subtle';
import type { KeyBackup, KeySet } from './types';

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256: slow enough to make guessing a passphrase expensive. */
export const BACKUP_PBKDF2_ITERATIONS = 600_000;
const SALT_BYTES = 16;

async function passphraseKey(passphrase: string, salt: Uint8Array, iterations: number) {
  const material = await subtle().importKey('raw', utf8(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return subtle().deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
}

/** A backup file's content: the private keys encrypted under the passphrase, the public keys in clear. */
export async function wrapPrivateKeysWithPassphrase(keys: KeySet, passphrase: string, iterations = BACKUP_PBKDF2_ITERATIONS): Promise<KeyBackup> {
  const salt = randomBytes(SALT_BYTES);
  const iv = randomBytes(GCM_IV_BYTES);
  const key = await passphraseKey(passphrase, salt, iterations);
  const plaintext = utf8(JSON.stringify(await exportPrivateKeys(keys)));
  // The key id is the additional data, so the backup cannot be relabelled as another party's.
  const ciphertext = await gcmEncrypt(key, iv, plaintext, utf8(keys.publicKeys.keyId));
  return {
    format: 'zbkey',
    version: 1,
    keyId: keys.publicKeys.keyId,
    publicKeys: keys.publicKeys,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
    ciphertext: toBase64(ciphertext),
  };
}

const invalid = () => new PackageError('backup-invalid');

/**
 * The key set a backup holds (private keys not extractable unless asked for); PackageError
 * 'wrong-passphrase' (or an altered file) or 'backup-invalid' otherwise.
 */
export async function unwrapPrivateKeysWithPassphrase(backup: unknown, passphrase: string, extractable = false): Promise<KeySet> {
  if (!isRecord(backup) || backup.format !== 'zbkey' || backup.version !== 1) throw invalid();
  const { kdf, cipher } = backup;
  if (!isRecord(kdf) || !isRecord(cipher) || typeof kdf.salt !== 'string' || typeof cipher.iv !== 'string') throw invalid();
  if (!Number.isSafeInteger(kdf.iterations) || (kdf.iterations as number) < 1) throw invalid();
  const publicKeys = await asPublicKeySet(backup.publicKeys);
  const salt = fromBase64(kdf.salt);
  const iv = fromBase64(cipher.iv);
  const ciphertext = typeof backup.ciphertext === 'string' ? fromBase64(backup.ciphertext) : null;
  if (!publicKeys || backup.keyId !== publicKeys.keyId || !salt || !iv || iv.length !== GCM_IV_BYTES || !ciphertext) throw invalid();
  const key = await passphraseKey(passphrase, salt, kdf.iterations as number);
  const plaintext = await gcmDecrypt(key, iv, ciphertext, utf8(publicKeys.keyId));
  if (!plaintext) throw new PackageError('wrong-passphrase');
  try {
    return await importKeySet(publicKeys, JSON.parse(new TextDecoder().decode(plaintext)) as PrivateJwks, extractable);
  } catch {
    throw invalid();
  }
}
