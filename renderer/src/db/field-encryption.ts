import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';
import Dexie from 'dexie';
import { FieldCipherError } from '../../../shared/lock/field-cipher';
import { hasClearSensitive, isSensitiveTable, openSensitive, sealSensitive, type SensitiveTable } from '../../../shared/lock/sensitive-fields';

/** A write of a 身份证号 or 电话 in clear while the app is locked: refused, nothing is stored. */
export class AppLockedError extends Error {
  constructor() {
    super('台账已锁定，身份证号和电话没有保存。请先输入锁定口令解锁，再重新保存。');
    this.name = 'AppLockedError';
  }
}

/**
 * What the database needs to know of the app lock, in memory only: whether a lock is set
 * on this PC and, once the passphrase opened it, the field key. Set by core/lock.
 *
 * - No lock: values are stored and read as they are.
 * - Lock set and unlocked: writes seal the sensitive fields, reads open them.
 * - Lock set and still locked (the start before the passphrase): reads give the sealed
 *   text, and a write of a clear sensitive value is refused (it would be stored in clear).
 * - A pass-through transaction (backup, restore, the lock's own moves) sees rows as stored.
 */
export class FieldKeyring {
  lockSet = false;
  key: Uint8Array | null = null;
  /** Transactions whose rows are read and written exactly as stored. */
  private readonly passThrough = new WeakSet<object>();

  /**
   * The current transaction reads and writes rows exactly as stored: a backup holds the
   * sealed values with the lock record that opens them, a restore puts them back so, and the
   * lock's own moves between clear and sealed seal and open rows themselves. Per transaction,
   * so the user's own reads and writes meanwhile are opened and sealed as always.
   */
  passThroughCurrentTransaction(): void {
    const transaction = Dexie.currentTransaction;
    if (!transaction) throw new Error('passThroughCurrentTransaction outside a transaction');
    this.passThrough.add(transaction.idbtrans);
  }

  isPassThrough(transaction: object | null | undefined): boolean {
    return transaction !== null && transaction !== undefined && this.passThrough.has(transaction);
  }
}

function sealRequest(keyring: FieldKeyring, table: SensitiveTable, request: DBCoreMutateRequest): DBCoreMutateRequest {
  if (keyring.isPassThrough(request.trans) || !keyring.lockSet || (request.type !== 'add' && request.type !== 'put')) return request;
  const { key } = keyring;
  if (!key) {
    if (request.values.some((row) => hasClearSensitive(table, row))) throw new AppLockedError();
    return request;
  }
  return { ...request, values: request.values.map((row) => sealSensitive(table, row, key)) };
}

/** Seals 身份证号 and 电话 on their way into `members` and `auditLog` (synchronously, inside the write's transaction). */
export function fieldEncryptionMiddleware(keyring: FieldKeyring): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'field-encryption',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (!isSensitiveTable(name)) return table;
        return {
          ...table,
          mutate: (request) => {
            try {
              return table.mutate(sealRequest(keyring, name, request));
            } catch (error) {
              return Promise.reject(error);
            }
          },
        };
      },
    }),
  };
}

/**
 * Opens sealed values on every read of the two tables (get, bulkGet, every collection):
 * Dexie's reading hook runs above the storage layer, whatever cache answered. Without the
 * key the sealed text is given as stored. A value that does not open with the key (altered
 * in the profile folder) is given as stored too, rather than failing every screen.
 */
export function openSensitiveOnRead(db: Dexie, keyring: FieldKeyring): void {
  for (const name of ['members', 'auditLog'] as const) {
    db.table(name).hook('reading', (row: unknown) => {
      const { key } = keyring;
      if (!key || !row || keyring.isPassThrough(Dexie.currentTransaction?.idbtrans)) return row;
      try {
        return openSensitive(name, row, key);
      } catch (error) {
        if (error instanceof FieldCipherError) return row;
        throw error;
      }
    });
  }
}
