import Dexie from 'dexie';
import { LedgerDatabase } from '../../renderer/src/db/database';

function request<T>(open: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
}

/** A fresh database with the app's schema (the same stores and indexes), closed again for raw use. */
export async function freshLedgerDatabase(name: string): Promise<void> {
  await Dexie.delete(name);
  const db = new LedgerDatabase(name);
  await db.open();
  db.close();
}

/**
 * The physical limit: raw IndexedDB, one readwrite transaction over every store, one put
 * per record, resolved when the transaction commits.
 */
export async function rawPutAll(name: string, rows: ReadonlyArray<readonly [string, readonly object[]]>): Promise<void> {
  // Dexie opens a database at version × 10; opening without a version takes whatever is stored.
  const db = await request(indexedDB.open(name));
  try {
    await new Promise<void>((resolve, reject) => {
      const transaction = db.transaction(rows.map(([store]) => store), 'readwrite');
      for (const [store, records] of rows) {
        const target = transaction.objectStore(store);
        for (const record of records) target.put(record);
      }
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error ?? new Error('transaction aborted'));
    });
  } finally {
    db.close();
  }
}
