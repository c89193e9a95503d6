import Dexie from 'dexie';
import type { BaseRecord } from '../../../../../shared/records/base-record';
import { recordKey } from '../../../../../shared/sync/plan-import';
import type { PackageAttachment, SyncChange } from '../../../../../shared/sync/types';
import { changedTopLevelFields, type ChangeLogRow, type ChangeRef } from '../../../db/change-log';
import type { LedgerDatabase, SyncedTableName } from '../../../db/database';

/** What a package from this PC to one receiver carries: every change it has not acknowledged. */
export interface OutgoingChanges {
  seqFrom: number;
  seqTo: number;
  changes: SyncChange[];
  attachments: PackageAttachment[];
}

/** The change-log rows of a stream after a sequence number, oldest first. */
export function changeLogAfter(db: LedgerDatabase, stream: string, afterSeq: number): Promise<ChangeLogRow[]> {
  return db.changeLog.where('[stream+seq]').between([stream, afterSeq + 1], [stream, Dexie.maxKey], true, true).toArray();
}

/** For each change of the range, the fields its write and every later write of the same record changed. */
function fieldsFromHereOn(rows: readonly ChangeLogRow[]): Map<ChangeRef, string[]> {
  const later = new Map<string, Set<string>>();
  const fields = new Map<ChangeRef, string[]>();
  for (const row of [...rows].reverse()) {
    for (const change of row.changes) {
      const key = recordKey(change.table, change.id);
      const union = new Set([...change.changedFields, ...(later.get(key) ?? [])]);
      later.set(key, union);
      fields.set(change, [...union]);
    }
  }
  return fields;
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
 * carries that version in each of its changes. Each change names the version its write was
 * made on and the fields that write and the record's later writes changed: a receiver that
 * has the earlier writes skips them by seq and applies the first new one, which then says
 * exactly what changed since the version it holds (not every field since the record was
 * created, which would read as a collision with any edit of its own). Attachment bytes
 * travel as their own parts (once), not inside the record.
 */
export async function collectOutgoing(db: LedgerDatabase, stream: string, afterSeq: number, origin: string): Promise<OutgoingChanges> {
  const rows = await changeLogAfter(db, stream, afterSeq);
  const fields = fieldsFromHereOn(rows);
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
      changes.push({
        table: change.table,
        id: change.id,
        hlc: stored.hlc ?? row.hlc,
        origin,
        seq: row.seq + index,
        baseHlc: change.baseHlc,
        // A created record (or one queued by the upgrade to version 5, which has no field list) is new to the receiver: all of it.
        changedFields: change.baseHlc === null ? changedTopLevelFields(undefined, record as BaseRecord) : fields.get(change)!,
        record: record as Record<string, unknown>,
      });
    });
  }
  return { seqFrom: afterSeq + 1, seqTo: afterSeq + changes.length, changes, attachments: [...attachments.values()] };
}
