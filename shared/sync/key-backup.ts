import { isRecord } from '../guards';
import { fromBase64, randomBytes, toBase64, utf8 } from './bytes';
import { PackageError } from './errors';
import { asPublicKeySet, exportPrivateKeys, importKeySet, type PrivateJwks } from './keys';
import { GCM_IV_BYTES, gcmDecrypt, gcmEncrypt } from './subtle';
import { PBKDF2_ITERATIONS, passphraseKey, readPbkdf2Parameters } from './kdf';
import type { KeyBackup, KeySet } from './types';

export const BACKUP_PBKDF2_ITERATIONS = PBKDF2_ITERATIONS;
const SALT_BYTES = 16;

/** A backup file's content: the private keys encrypted under the passphrase, the public keys in clear. */
export async function wrapPrivateKeysWithPassphrase(keys: KeySet, passphrase: string, iterations = BACKUP_PBKDF2_ITERATIONS): Promise<KeyBackup> {
  const salt = randomBytes(SALT_BYTES);
  const iv = randomBytes(GCM_IV_BYTES);
  const key = await passphraseKey(passphrase, { salt, iterations });
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
 * 'wrong-passphrase' (or an altered file), 'kdf-unsupported' (key derivation parameters out of
 * bounds, see KDF_BOUNDS) or 'backup-invalid' otherwise.
 */
export async function unwrapPrivateKeysWithPassphrase(backup: unknown, passphrase: string, extractable = false): Promise<KeySet> {
  if (!isRecord(backup) || backup.format !== 'zbkey' || backup.version !== 1) throw invalid();
  const { cipher } = backup;
  if (!isRecord(cipher) || typeof cipher.iv !== 'string') throw invalid();
  // Before any other work: the file must not decide how long the app spins.
  const kdf = readPbkdf2Parameters(backup.kdf);
  const publicKeys = await asPublicKeySet(backup.publicKeys);
  const iv = fromBase64(cipher.iv);
  const ciphertext = typeof backup.ciphertext === 'string' ? fromBase64(backup.ciphertext) : null;
  if (!publicKeys || backup.keyId !== publicKeys.keyId || !iv || iv.length !== GCM_IV_BYTES || !ciphertext) throw invalid();
  const key = await passphraseKey(passphrase, kdf);
  const plaintext = await gcmDecrypt(key, iv, ciphertext, utf8(publicKeys.keyId));
  if (!plaintext) throw new PackageError('wrong-passphrase');
  try {
    return await importKeySet(publicKeys, JSON.parse(new TextDecoder().decode(plaintext)) as PrivateJwks, extractable);
  } catch {
    throw invalid();
  }
}
