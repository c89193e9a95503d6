import { AppLockError, changeAppLockPassphrase, checkIdleMinutes, checkNewPassphrase, createAppLock, openAppLock, type AppLockRecord } from '../../../../shared/lock/app-lock';
import { hasClearSensitive, hasSealedSensitive, openSensitive, sealSensitive, type SensitiveTable } from '../../../../shared/lock/sensitive-fields';
import type { LedgerDatabase } from '../../db/database';

/** A lock setting refused: the Chinese reason, nothing changed. */
export class LockSettingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LockSettingError';
  }
}

interface LockOptions {
  /** PBKDF2 rounds for a new seal (tests use fewer; the bounds of shared/sync/kdf.ts still apply on opening). */
  iterations?: number;
  now?: () => Date;
}

/**
 * The app lock of this PC: its record in `preferences` (local, never synced), the field key
 * handed to the database's keyring once the passphrase opened it, and the moves of the stored
 * 身份证号 and 电话 between clear and sealed. Each move is one transaction over the record,
 * the members and their audit entries: an interrupted one leaves everything as it was, and
 * every value says by itself whether it is sealed, so a mixed table would still be read right.
 */
export function createLockRepository(db: LedgerDatabase, { iterations, now = () => new Date() }: LockOptions = {}) {
  const keyring = db.fieldKeys;

  async function stored(): Promise<AppLockRecord | undefined> {
    const row = await db.preferences.get('appLock');
    return row?.key === 'appLock' ? row.value : undefined;
  }

  async function required(): Promise<AppLockRecord> {
    const record = await stored();
    if (!record) throw new LockSettingError('本机没有设置锁定口令。');
    return record;
  }

  /**
   * Every member and audit entry about one that `pick` chooses, as stored, rewritten by
   * `transform` exactly as it returns them (reads and writes pass the keyring by).
   */
  function rewriteStored(pick: (table: SensitiveTable, row: unknown) => boolean, transform: <T>(table: SensitiveTable, row: T) => T): Promise<number> {
    keyring.passThroughCurrentTransaction();
    return (async () => {
      const members = (await db.members.toArray()).filter((row) => pick('members', row));
      const ids = (await db.members.toCollection().primaryKeys()) as string[];
      const entries = (await db.auditLog.where('recordId').anyOf(ids).toArray()).filter((entry) => entry.table === 'members' && pick('auditLog', entry));
      await db.members.bulkPut(members.map((row) => transform('members', row)));
      await db.auditLog.bulkPut(entries.map((row) => transform('auditLog', row)));
      return members.length + entries.length;
    })();
  }

  /** Seals every 身份证号 and 电话 stored in clear. */
  const sealAll = (key: Uint8Array) => rewriteStored(hasClearSensitive, (table, row) => sealSensitive(table, row, key));
  /** Opens every sealed one. */
  const openAll = (key: Uint8Array) => rewriteStored(hasSealedSensitive, (table, row) => openSensitive(table, row, key));

  const sensitiveTables = () => [db.preferences, db.members, db.auditLog];

  return {
    /** The lock set on this PC, if any; tells the keyring whether one is set. */
    async load(): Promise<AppLockRecord | undefined> {
      const record = await stored();
      keyring.lockSet = record !== undefined;
      if (!record) keyring.key = null;
      return record;
    },

    /**
     * Opens the lock: the field key goes to the keyring, and any 身份证号 or 电话 still in
     * clear (a restored backup, an edit made before the lock existed) is sealed.
     * AppLockError 'wrong-passphrase' when the passphrase is not the one set.
     */
    async unlock(passphrase: string): Promise<AppLockRecord> {
      const record = await required();
      const key = await openAppLock(record, passphrase);
      await db.transaction('rw', sensitiveTables(), () => sealAll(key));
      keyring.lockSet = true;
      keyring.key = key;
      return record;
    },

    /** Sets a lock where none is: the record and every 身份证号 and 电话 sealed, in one transaction. */
    async set(passphrase: string, repeated: string, idleMinutes: number | null): Promise<AppLockRecord> {
      const problem = checkNewPassphrase(passphrase, repeated) ?? checkIdleMinutes(idleMinutes);
      if (problem) throw new LockSettingError(problem);
      if (await stored()) throw new LockSettingError('本机已设置锁定口令；要换口令请用“修改口令”。');
      const { record, fieldKey } = await createAppLock(passphrase, { idleMinutes, at: now().toISOString(), iterations });
      await db.transaction('rw', sensitiveTables(), async () => {
        if (await stored()) throw new LockSettingError('本机已设置锁定口令。');
        await db.preferences.put({ key: 'appLock', value: record });
        await sealAll(fieldKey);
      });
      keyring.lockSet = true;
      keyring.key = fieldKey;
      return record;
    },

    /** A new passphrase for the same lock: the current one must open it; stored data stays as it is. */
    async changePassphrase(current: string, next: string, repeated: string): Promise<AppLockRecord> {
      const problem = checkNewPassphrase(next, repeated);
      if (problem) throw new LockSettingError(problem);
      const record = await changeAppLockPassphrase(await required(), current, next, iterations);
      await db.preferences.put({ key: 'appLock', value: record });
      return record;
    },

    async setIdleMinutes(idleMinutes: number | null): Promise<AppLockRecord> {
      const problem = checkIdleMinutes(idleMinutes);
      if (problem) throw new LockSettingError(problem);
      const record = { ...(await required()), idleMinutes };
      await db.preferences.put({ key: 'appLock', value: record });
      return record;
    },

    /**
     * Removes the lock: the current passphrase must open it; every sealed value is written
     * back in clear and the record deleted, in one transaction.
     */
    async remove(current: string): Promise<void> {
      const key = await openAppLock(await required(), current);
      await db.transaction('rw', sensitiveTables(), async () => {
        await openAll(key);
        await db.preferences.delete('appLock');
      });
      keyring.lockSet = false;
      keyring.key = null;
    },

    /** Forgets the field key (the next start asks again). */
    forgetKey(): void {
      keyring.key = null;
    },
  };
}

export type LockRepository = ReturnType<typeof createLockRepository>;
export { AppLockError };
