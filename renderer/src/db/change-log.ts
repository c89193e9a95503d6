import type { BaseRecord } from '../../../shared/records/base-record';
import { sameValue } from '../../../shared/records/record-diff';
import { decodeHlc, encodeHlc, initialHlc, tickHlc } from '../../../shared/sync/hlc';
import type { InstallationRole } from '../../../shared/setup/installation';
import type { LedgerDatabase } from './database';

/**
 * The stream a branch PC writes: everything it changes goes to the central office, whose id
 * it may not know yet (changes made before enrolment travel in the first package).
 */
export const TO_CENTRAL_STREAM = 'central';

/** One record changed by a write, with what the receiver needs to tell colliding edits apart. */
export interface ChangeRef {
  table: string;
  id: string;
  /** The record's clock stamp before the write; null when the write created it. */
  baseHlc: string | null;
  /** Top-level fields the write changed. */
  changedFields: string[];
}

/**
 * One row per write transaction and stream (the receiver: the central office on a branch
 * PC, the branch a change concerns on the central office PC). Each change has its own
 * sequence number in the stream, `seq + index`, as the package format numbers changes; the
 * row stores only the first. All records of the write carry the row's clock stamp. The
 * records themselves are read when a package is made.
 */
export interface ChangeLogRow {
  stream: string;
  /** Sequence number of the first change; the row holds seq .. seq + changes.length - 1. */
  seq: number;
  hlc: string;
  changes: ChangeRef[];
}

/** The last sequence number a row holds. */
export function lastSeqOf(row: ChangeLogRow): number {
  return row.seq + row.changes.length - 1;
}

/** This PC's clock: the last stamp it issued or saw, and the last sequence number per stream. */
export interface ClockRow {
  key: 'clock';
  hlc: string | null;
  lastSeq: Record<string, number>;
}

export interface TrackedWrite {
  table: string;
  before?: BaseRecord;
  after: BaseRecord;
}

/** The stream a write of a record of `branchId` goes to: the central office's (a branch PC), or that branch's (the central office PC). */
export function streamOf(role: InstallationRole | undefined, branchId: string): string {
  return role === 'central' ? branchId : TO_CENTRAL_STREAM;
}

/** Fields every write sets; they say nothing about what the write changed. */
const STAMP_FIELDS = new Set(['updatedAt', 'hlc']);

/** The top-level fields that differ: the unit in which the receiver tells edits apart. */
export function changedTopLevelFields(before: BaseRecord | undefined, after: BaseRecord): string[] {
  const from = (before ?? {}) as Record<string, unknown>;
  const to = after as unknown as Record<string, unknown>;
  const keys = new Set([...Object.keys(from), ...Object.keys(to)]);
  return [...keys].filter((key) => !STAMP_FIELDS.has(key) && !sameValue(from[key], to[key]));
}

/** The stores a tracked write touches besides its own table; callers opening an outer transaction include them. */
export function changeLogTables(db: LedgerDatabase) {
  return [db.auditLog, db.changeLog, db.syncState, db.installation] as const;
}

async function readClock(db: LedgerDatabase): Promise<ClockRow> {
  return ((await db.syncState.get('clock')) as ClockRow | undefined) ?? { key: 'clock', hlc: null, lastSeq: {} };
}

/**
 * Stamps the written records with one new clock stamp and appends one change-log row per
 * stream, in the caller's transaction, which must include changeLogTables(db): data, change
 * log and clock are stored together or not at all. Call it before the records are put.
 */
export async function trackWrites(db: LedgerDatabase, writes: readonly TrackedWrite[], now: Date): Promise<void> {
  if (writes.length === 0) return;
  const installation = await db.installation.get('this-pc');
  // During first-run setup the branch record is written before the installation row: it owns itself.
  const node = installation?.ownerId ?? writes[0]!.after.branchId;
  const clock = await readClock(db);
  const last = clock.hlc ? { ...decodeHlc(clock.hlc), node } : initialHlc(node);
  const hlc = encodeHlc(tickHlc(last, now.getTime()));

  const byStream = new Map<string, ChangeRef[]>();
  for (const { table, before, after } of writes) {
    const stream = streamOf(installation?.role, after.branchId);
    const refs = byStream.get(stream) ?? [];
    refs.push({ table, id: after.id, baseHlc: before?.hlc ?? null, changedFields: changedTopLevelFields(before, after) });
    byStream.set(stream, refs);
    after.hlc = hlc;
  }
  const lastSeq = { ...clock.lastSeq };
  const rows: ChangeLogRow[] = [...byStream].map(([stream, changes]) => {
    const seq = (lastSeq[stream] ?? 0) + 1;
    lastSeq[stream] = seq + changes.length - 1;
    return { stream, seq, hlc, changes };
  });
  await Promise.all([db.changeLog.bulkAdd(rows), db.syncState.put({ key: 'clock', hlc, lastSeq })]);
}
