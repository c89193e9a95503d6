import { writeFailure } from './write-failure';
import type { Table } from 'dexie';
import { auditEntryFor, type AuditAction, type AuditEntry } from '../../../shared/audit/audit';
import {
  stampChange,
  stampDeleted,
  stampNew,
  systemClock,
  type BaseRecord,
  type Clock,
  type RecordInput,
} from '../../../shared/records/base-record';
import { changeLogTables, trackWrites } from './change-log';
import type { AuditedRecords, AuditedTableName, LedgerDatabase } from './database';

export class RecordNotFoundError extends Error {
  constructor(id: string) {
    super(`记录不存在或已删除（${id}）`);
    this.name = 'RecordNotFoundError';
  }
}

/** Names the author of a write in the audit log; may read it from storage, hence the promise. */
export type Actor = () => string | Promise<string>;

export interface RecordRepositoryOptions {
  actor: Actor;
  clock?: Clock;
}

export interface RecordUpdate<T extends BaseRecord> {
  id: string;
  patch: Partial<RecordInput<T>>;
}

/** A new record's content; `id` only for a record whose id is derived rather than random. */
export type NewRecordInput<T extends BaseRecord> = RecordInput<T> & { id?: string };

export interface RecordBatch<T extends BaseRecord> {
  adds?: readonly NewRecordInput<T>[];
  updates?: readonly RecordUpdate<T>[];
}

export interface BatchResult<T> {
  /** The new records, in the order of the inputs. */
  added: T[];
  /** The records as stored after the batch, in the order of the updates. */
  updated: T[];
}

/**
 * The operations every synced table shares, each writing the record, its audit entry, its
 * change-log row and the clock in one transaction: a change is never stored without its
 * history or without being queued for the next sync package, nor the reverse.
 * Deletes are tombstones, so that a delete can travel in a sync package; reads hide them.
 */
export function createRecordRepository<N extends AuditedTableName>(
  db: LedgerDatabase,
  tableName: N,
  options: RecordRepositoryOptions,
) {
  type T = AuditedRecords[N];
  const table = (db as { [K in AuditedTableName]: Table<AuditedRecords[K], string> })[tableName] as Table<T, string>;
  const clock = options.clock ?? systemClock;

  /** One instant per operation, so that a record's updatedAt and its entry's `at` are equal. */
  function instant(): Clock {
    const now = clock();
    return () => now;
  }

  function audit(action: AuditAction, after: T, actor: string, before?: T): AuditEntry {
    return auditEntryFor({ table: tableName, action, before, after, actor });
  }

  /** Resolves the actor first: reading it inside the transaction would reach outside its tables. */
  async function audited<R>(body: (actor: string) => Promise<R>): Promise<R> {
    const actor = await options.actor();
    // The one path every audited write takes: a full disk is said in Chinese here, for every screen.
    return db.transaction('rw', [table, ...changeLogTables(db)], () => body(actor)).catch((error: unknown) => {
      throw writeFailure(error);
    });
  }

  /** Stamps the records with the write's clock stamp and queues them for sync, before they are put. */
  function track(now: Clock, writes: readonly { before?: T; after: T }[]): Promise<void> {
    return trackWrites(db, writes.map((write) => ({ table: tableName, ...write })), now());
  }

  function withId(record: T, id: string | undefined): T {
    return id ? { ...record, id } : record;
  }

  async function getLive(id: string): Promise<T> {
    const record = await table.get(id);
    if (!record || record.deleted) throw new RecordNotFoundError(id);
    return record;
  }

  /** Writes stamped new records and applies updates; updates that change nothing write nothing. */
  async function writeBatch(added: T[], updates: readonly RecordUpdate<T>[], now: Clock): Promise<BatchResult<T>> {
    if (added.length === 0 && updates.length === 0) return { added, updated: [] };
    return audited(async (actor) => {
      const entries = added.map((record) => audit('create', record, actor));
      const stored = await table.bulkGet(updates.map((update) => update.id));
      // Later updates of the same record build on earlier ones in the batch.
      const original = new Map<string, T | undefined>(updates.map((update, index) => [update.id, stored[index]]));
      const current = new Map(original);
      const changed = new Map<string, T>();
      const updated = updates.map(({ id, patch }) => {
        const before = current.get(id);
        if (!before || before.deleted) throw new RecordNotFoundError(id);
        const after = stampChange(before, patch, now);
        const entry = audit('update', after, actor, before);
        if (entry.changes.length === 0) return before;
        entries.push(entry);
        current.set(id, after);
        changed.set(id, after);
        return after;
      });
      await track(now, [
        ...added.map((after) => ({ after })),
        ...[...changed.values()].map((after) => ({ before: original.get(after.id), after })),
      ]);
      // Issued together: IndexedDB queues them in the one transaction without waiting in between.
      await Promise.all([table.bulkAdd(added), table.bulkPut([...changed.values()]), db.auditLog.bulkAdd(entries)]);
      return { added, updated };
    });
  }

  /**
   * New records and changes to stored ones (a roster import) in one transaction, with
   * one audit entry per record: all of it is stored, or nothing is.
   */
  function importMany(branchId: string, { adds = [], updates = [] }: RecordBatch<T>): Promise<BatchResult<T>> {
    const now = instant();
    return writeBatch(adds.map((input) => withId(stampNew<T>(input, branchId, now), input.id)), updates, now);
  }

  return {
    importMany,

    async listByBranch(branchId: string): Promise<T[]> {
      const rows = await table.where('branchId').equals(branchId).toArray();
      return rows.filter((row) => !row.deleted);
    },

    async find(id: string): Promise<T | undefined> {
      const record = await table.get(id);
      return record && !record.deleted ? record : undefined;
    },

    /** `id` is for a record whose id is fixed before it is written, such as a branch, which owns itself. */
    async create(branchId: string, input: RecordInput<T>, { id }: { id?: string } = {}): Promise<T> {
      const now = instant();
      const record = withId(stampNew<T>(input, branchId, now), id);
      return audited(async (actor) => {
        await track(now, [{ after: record }]);
        await Promise.all([table.add(record), db.auditLog.add(audit('create', record, actor))]);
        return record;
      });
    },

    /** A patch that changes nothing writes nothing: no empty audit entry, nothing new to sync. */
    async update(id: string, patch: Partial<RecordInput<T>>): Promise<T> {
      const now = instant();
      return audited(async (actor) => {
        const before = await getLive(id);
        const after = stampChange(before, patch, now);
        const entry = audit('update', after, actor, before);
        if (entry.changes.length === 0) return before;
        await track(now, [{ before, after }]);
        await Promise.all([table.put(after), db.auditLog.add(entry)]);
        return after;
      });
    },

    /** A record whose id is fixed by what it belongs to (a review under its meeting's id): created the first time, updated after. */
    async put(branchId: string, id: string, input: RecordInput<T>): Promise<T> {
      return (await this.find(id)) ? this.update(id, input) : this.create(branchId, input, { id });
    },

    async remove(id: string): Promise<void> {
      const now = instant();
      await audited(async (actor) => {
        const before = await getLive(id);
        const after = stampDeleted(before, now);
        await track(now, [{ before, after }]);
        await Promise.all([table.put(after), db.auditLog.add(audit('delete', after, actor, before))]);
      });
    },

    async createMany(branchId: string, inputs: readonly RecordInput<T>[]): Promise<T[]> {
      return (await importMany(branchId, { adds: inputs })).added;
    },

    async updateMany(updates: readonly RecordUpdate<T>[]): Promise<T[]> {
      return (await writeBatch([], updates, instant())).updated;
    },
  };
}

export type RecordRepository<N extends AuditedTableName> = ReturnType<typeof createRecordRepository<N>>;
