import Dexie from 'dexie';
import type { AuditEntry } from '../../../../../shared/audit/audit';
import type { LedgerDatabase } from '../../../db/database';
import { ledgerDb } from '../../../db/ledger-db';

/**
 * Where the previous page ended: its last entry (or just its `at` and `id`). The id is
 * needed because an import writes many entries with one instant, and a page boundary
 * inside such a group must neither repeat nor skip entries; the index orders entries of
 * one instant by id, so the next page starts exactly after the cursor.
 */
export type AuditCursor = Pick<AuditEntry, 'at' | 'id'>;

export interface AuditPageOptions {
  /** Entries per page; 50 unless given. */
  limit?: number;
  /** Continue after this entry; the newest entries when absent. */
  before?: AuditCursor;
}

const DEFAULT_PAGE_SIZE = 50;

/** Newest first; entries of one instant by descending id, the order listForBranch reads them in. */
function newestFirst(a: AuditEntry, b: AuditEntry): number {
  if (a.at !== b.at) return a.at < b.at ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/** Reads only: the log is written by the record repository, with the change each entry records. */
export function createAuditRepository(db: LedgerDatabase) {
  return {
    /** One record's history, newest first. */
    async listForRecord(recordId: string): Promise<AuditEntry[]> {
      const entries = await db.auditLog.where('recordId').equals(recordId).toArray();
      return [...entries].sort(newestFirst);
    },

    /** A page of the branch's history, newest first, read in order from the [branchId+at+id] index. */
    async listForBranch(branchId: string, { limit = DEFAULT_PAGE_SIZE, before }: AuditPageOptions = {}): Promise<AuditEntry[]> {
      if (limit <= 0) return [];
      const upper = before ? [branchId, before.at, before.id] : [branchId, Dexie.maxKey];
      return db.auditLog
        .where('[branchId+at+id]')
        .between([branchId, Dexie.minKey], upper, true, false)
        .reverse()
        .limit(limit)
        .toArray();
    },
  };
}

export type AuditRepository = ReturnType<typeof createAuditRepository>;

export const auditRepository = createAuditRepository(ledgerDb);
