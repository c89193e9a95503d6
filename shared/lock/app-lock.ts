import { isRecord } from '../guards';
import { fromBase64, randomBytes, toBase64, utf8 } from '../sync/bytes';
import { PBKDF2_ITERATIONS, passphraseKey, readPbkdf2Parameters, type Pbkdf2Json } from '../sync/kdf';
import { GCM_IV_BYTES, gcmDecrypt, gcmEncrypt } from '../sync/subtle';
import { FIELD_KEY_BYTES, newFieldKey } from './field-cipher';

/**
 * The app lock of one PC: a passphrase asked at start and after an idle time, which also
 * unlocks the key that encrypts the most sensitive fields at rest (field-cipher.ts).
 *
 * The record keeps no passphrase and no hash of it: only the field key sealed under a key
 * derived from the passphrase (PBKDF2-SHA-256 with the bounds of every passphrase file,
 * shared/sync/kdf.ts), so a wrong passphrase is known by the seal failing to open.
 */
export interface AppLockRecord {
  format: 'zblock';
  version: 1;
  kdf: Pbkdf2Json;
  cipher: { name: 'AES-GCM'; iv: string };
  /** The 32-byte field key, sealed. */
  sealedFieldKey: string;
  /** Minutes without use before the app locks again; null: only at start. */
  idleMinutes: number | null;
  setAt: string;
}

export const LOCK_PASSPHRASE_MIN_LENGTH = 8;
const SALT_BYTES = 16;
/** The seal's additional data: a lock record's key cannot be taken for anything else's. */
const SEAL_CONTEXT = utf8('branch-ledger app lock field key v1');

/** The idle times offered in 设置, in minutes; null is 从不 (asked only at start). */
export const IDLE_CHOICES: readonly (number | null)[] = [5, 10, 15, 30, 60, null];
export const DEFAULT_IDLE_MINUTES = 10;

export type AppLockProblem = 'wrong-passphrase' | 'record-invalid';

export class AppLockError extends Error {
  constructor(
    readonly problem: AppLockProblem,
    message: string,
  ) {
    super(message);
    this.name = 'AppLockError';
  }
}

export const WRONG_PASSPHRASE_MESSAGE = '口令不正确，请重新输入。';
const RECORD_INVALID_MESSAGE = '本机保存的锁定设置已损坏，无法解锁。';

/** The Chinese reason a new passphrase cannot be used, or null. */
export function checkNewPassphrase(passphrase: string, repeated: string): string | null {
  if ([...passphrase].length < LOCK_PASSPHRASE_MIN_LENGTH) return `锁定口令至少 ${LOCK_PASSPHRASE_MIN_LENGTH} 个字符。`;
  if (passphrase.trim() !== passphrase) return '锁定口令的开头和结尾不能是空格。';
  if (passphrase !== repeated) return '两次输入的口令不一致。';
  return null;
}

/** The Chinese reason an idle time cannot be used, or null. */
export function checkIdleMinutes(value: unknown): string | null {
  return IDLE_CHOICES.includes(value as number | null) ? null : '请选择自动锁定的时间。';
}

async function seal(fieldKey: Uint8Array, passphrase: string, iterations: number): Promise<Pick<AppLockRecord, 'kdf' | 'cipher' | 'sealedFieldKey'>> {
  const salt = randomBytes(SALT_BYTES);
  const iv = randomBytes(GCM_IV_BYTES);
  const key = await passphraseKey(passphrase, { salt, iterations });
  return {
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
    sealedFieldKey: toBase64(await gcmEncrypt(key, iv, fieldKey, SEAL_CONTEXT)),
  };
}

/** A new lock: a new field key and the record that keeps it under the passphrase. */
export async function createAppLock(
  passphrase: string,
  { idleMinutes = DEFAULT_IDLE_MINUTES, at, iterations = PBKDF2_ITERATIONS }: { idleMinutes?: number | null; at: string; iterations?: number },
): Promise<{ record: AppLockRecord; fieldKey: Uint8Array }> {
  const fieldKey = newFieldKey();
  return { record: { format: 'zblock', version: 1, ...(await seal(fieldKey, passphrase, iterations)), idleMinutes, setAt: at }, fieldKey };
}

/**
 * The field key the passphrase opens. The KDF parameters are checked against the bounds
 * before any work (a record altered in the profile folder must not decide the cost);
 * AppLockError 'wrong-passphrase' or 'record-invalid', PackageError 'kdf-unsupported'.
 */
export async function openAppLock(record: unknown, passphrase: string): Promise<Uint8Array> {
  const invalid = () => new AppLockError('record-invalid', RECORD_INVALID_MESSAGE);
  if (!isRecord(record) || record.format !== 'zblock' || record.version !== 1 || !isRecord(record.cipher)) throw invalid();
  const kdf = readPbkdf2Parameters(record.kdf);
  const iv = typeof record.cipher.iv === 'string' ? fromBase64(record.cipher.iv) : null;
  const sealed = typeof record.sealedFieldKey === 'string' ? fromBase64(record.sealedFieldKey) : null;
  if (!iv || iv.length !== GCM_IV_BYTES || !sealed) throw invalid();
  const opened = await gcmDecrypt(await passphraseKey(passphrase, kdf), iv, sealed, SEAL_CONTEXT);
  if (!opened) throw new AppLockError('wrong-passphrase', WRONG_PASSPHRASE_MESSAGE);
  if (opened.length !== FIELD_KEY_BYTES) throw invalid();
  return opened;
}

/** The same field key under a new passphrase (the current one must open it): stored data need not change. */
export async function changeAppLockPassphrase(record: AppLockRecord, current: string, next: string, iterations = PBKDF2_ITERATIONS): Promise<AppLockRecord> {
  const fieldKey = await openAppLock(record, current);
  return { ...record, ...(await seal(fieldKey, next, iterations)) };
}

/** Whether the app should lock now: idle for the record's time since the last use. Never without an idle time. */
export function idleLockDue(lastActivityMs: number, nowMs: number, idleMinutes: number | null): boolean {
  return idleMinutes !== null && nowMs - lastActivityMs >= idleMinutes * 60_000;
}
