import Dexie from 'dexie';
import type { BaseRecord } from '../../../../../shared/records/base-record';
import { recordKey } from '../../../../../shared/sync/plan-import';
import type { PackageAttachment, SyncChange } from '../../../../../shared/sync/types';
import { changedTopLevelFields, type ChangeLogRow } from '../../../db/change-log';
import type { LedgerDatabase, SyncedTableName } from '../../../db/database';

/** What a package from this PC to one receiver carries: every change it has not acknowledged. */
export interface OutgoingChanges {
  seqFrom: number;
  seqTo: number;
  changes: SyncChange[];
  attachments: PackageAttachment[];
}

/** What the records changed in the range have in common across their changes. */
interface Pending {
  /** The version the receiver last saw: the base of the earliest change in the range. */
  baseHlc: string | null;
  /** Every field changed in the range. */
  changedFields: Set<string>;
}

/** The change-log rows of a stream after a sequence number, oldest first. */
export function changeLogAfter(db: LedgerDatabase, stream: string, afterSeq: number): Promise<ChangeLogRow[]> {
  return db.changeLog.where('[stream+seq]').between([stream, afterSeq + 1], [stream, Dexie.maxKey], true, true).toArray();
}

function mergeByRecord(rows: readonly ChangeLogRow[]): Map<string, Pending> {
  const pending = new Map<string, Pending>();
  for (const row of rows) {
    for (const change of row.changes) {
      const key = recordKey(change.table, change.id);
      const known = pending.get(key);
      if (known) change.changedFields.forEach((field) => known.changedFields.add(field));
      else pending.set(key, { baseHlc: change.baseHlc, changedFields: new Set(change.changedFields) });
    }
  }
  return pending;
}

async function currentRecords(db: LedgerDatabase, rows: readonly ChangeLogRow[]): Promise<Map<string, BaseRecord>> {
  const idsByTable = new Map<string, Set<string>>();
  for (const row of rows) for (const change of row.changes) idsByTable.set(change.table, (idsByTable.get(change.table) ?? new Set()).add(change.id));
  const found = new Map<string, BaseRecord>();
  for (const [table, ids] of idsByTable) {
    const stored = (await db.table(table as SyncedTableName).bulkGet([...ids])) as (BaseRecord | undefined)[];
    for (const record of stored) if (record) found.set(recordKey(table, record.id), record);
  }
  return found;
}

/**
 * Every change of the stream after `afterSeq` (the receiver's last acknowledgement, not the
 * last export: a package lost on the way loses nothing), numbered as logged. Only the
 * current version of a record is stored, so a record changed more than once in the range
 * carries that version in each of its changes, with the fields of all of them; the
 * receiver applies the first and skips the rest as already imported. Attachment bytes
 * travel as their own parts (once), not inside the record.
 */
export async function collectOutgoing(db: LedgerDatabase, stream: string, afterSeq: number, origin: string): Promise<OutgoingChanges> {
  const rows = await changeLogAfter(db, stream, afterSeq);
  const pending = mergeByRecord(rows);
  const records = await currentRecords(db, rows);
  const changes: SyncChange[] = [];
  const attachments = new Map<string, PackageAttachment>();
  for (const row of rows) {
    row.changes.forEach((change, index) => {
      const key = recordKey(change.table, change.id);
      const stored = records.get(key);
      if (!stored) throw new Error(`变更记录指向的 ${change.table} 记录不存在（${change.id}）。`);
      const { bytes, ...record } = stored as BaseRecord & { bytes?: Uint8Array };
      if (bytes && bytes.length > 0 && !stored.deleted) attachments.set(stored.id, { id: stored.id, bytes });
      const { baseHlc, changedFields } = pending.get(key)!;
      changes.push({
        table: change.table,
        id: change.id,
        hlc: stored.hlc ?? row.hlc,
        origin,
        seq: row.seq + index,
        baseHlc,
        // A record queued by the upgrade to version 4 has no field list: it is new to the receiver.
        changedFields: baseHlc === null ? changedTopLevelFields(undefined, record as BaseRecord) : [...changedFields],
        record: record as Record<string, unknown>,
      });
    });
  }
  return { seqFrom: afterSeq + 1, seqTo: afterSeq + changes.length, changes, attachments: [...attachments.values()] };
}
