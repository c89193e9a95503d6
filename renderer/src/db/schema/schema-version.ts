import type { Transaction } from 'dexie';

export interface SchemaVersion {
  version: number;
  /** Dexie store specs: primary key first, then indexes. null deletes a store. */
  stores: Record<string, string | null>;
  /** Moves data written by the previous version into this version's shape. */
  upgrade?: (transaction: Transaction) => Promise<void>;
}
