import { sameValue } from '../records/record-diff';
import type { ImportPlan, PlannedWrite, RecordKey, RecordSyncState, SeenState, SkippedChange, SyncChange, SyncConflict } from './types';

/**
 * What importing changes will do, computed before anything is written, so the user can
 * see it first and the app can apply it in one transaction (docs/sync-format.md, "Import").
 *
 * - Idempotent: a change whose seq is not above its origin's last imported seq, or whose
 *   version is already here, is skipped; importing the same package twice plans nothing.
 * - Deletes are tombstones in the incoming record; nothing is ever deleted for being absent.
 * - A record changed on both sides independently is merged field by field: a field changed
 *   by one side only takes that side's value; a field both changed to different values is
 *   a conflict: the later clock's value is applied and both are listed for a person.
 */

export function recordKey(table: string, id: string): RecordKey {
  return `${table}/${id}`;
}

function stateOf(change: SyncChange): RecordSyncState {
  return { record: change.record, hlc: change.hlc, origin: change.origin, baseHlc: change.baseHlc, changedFields: change.changedFields };
}

/** Neither version was made on the other: two people changed the record without seeing each other's change. */
function independent(local: RecordSyncState, incoming: SyncChange): boolean {
  return local.origin !== incoming.origin && incoming.baseHlc !== local.hlc && local.baseHlc !== incoming.hlc;
}

/** The fields a side set; a delete or restore against the other side's edit collides on 'deleted'. */
function changedBy(side: RecordSyncState, other: RecordSyncState): Set<string> {
  const fields = new Set(side.changedFields);
  if (side.record.deleted !== other.record.deleted) fields.add('deleted');
  return fields;
}

function merge(local: RecordSyncState, incoming: RecordSyncState, table: string, id: string): { state: RecordSyncState; conflicts: SyncConflict[] } {
  const incomingWins = incoming.hlc > local.hlc;
  const [winner, loser] = incomingWins ? [incoming, local] : [local, incoming];
  const winnerFields = changedBy(winner, loser);
  const loserFields = changedBy(loser, winner);
  const record = { ...winner.record };
  const conflicts: SyncConflict[] = [];
  for (const field of loserFields) {
    if (!winnerFields.has(field)) {
      // Only the earlier side touched it: its value survives the later one.
      if (field in loser.record) record[field] = loser.record[field];
      else delete record[field];
    } else if (!sameValue(winner.record[field], loser.record[field])) {
      conflicts.push({
        table,
        id,
        field,
        localValue: local.record[field],
        localHlc: local.hlc,
        localOrigin: local.origin,
        incomingValue: incoming.record[field],
        incomingHlc: incoming.hlc,
        incomingOrigin: incoming.origin,
        applied: incomingWins ? 'incoming' : 'local',
      });
    }
  }
  const changedFields = [...new Set([...winner.changedFields, ...loser.changedFields])];
  return { state: { record, hlc: winner.hlc, origin: winner.origin, baseHlc: winner.baseHlc, changedFields }, conflicts };
}

interface Working {
  current: Map<RecordKey, RecordSyncState>;
  touched: Map<RecordKey, { table: string; id: string }>;
  unchanged: SkippedChange[];
  conflicts: SyncConflict[];
}

function skip(work: Working, change: SyncChange, reason: SkippedChange['reason']): void {
  work.unchanged.push({ table: change.table, id: change.id, seq: change.seq, origin: change.origin, reason });
}

function apply(work: Working, change: SyncChange): void {
  const key = recordKey(change.table, change.id);
  const local = work.current.get(key);
  let next: RecordSyncState;
  if (!local) next = stateOf(change);
  else if (local.hlc === change.hlc) return skip(work, change, 'already-imported');
  else if (independent(local, change)) {
    const merged = merge(local, stateOf(change), change.table, change.id);
    work.conflicts.push(...merged.conflicts);
    next = merged.state;
  } else if (change.hlc > local.hlc) next = stateOf(change);
  else return skip(work, change, 'older-than-local');
  work.current.set(key, next);
  work.touched.set(key, { table: change.table, id: change.id });
}

/**
 * The plan for importing `incoming` (in package order) over the local records
 * (keyed by recordKey), given the highest seq already imported per origin.
 */
export function planImport(incoming: readonly SyncChange[], local: ReadonlyMap<RecordKey, RecordSyncState>, seen: SeenState): ImportPlan {
  const work: Working = { current: new Map(local), touched: new Map(), unchanged: [], conflicts: [] };
  const nextSeen: SeenState = { ...seen };
  for (const change of incoming) {
    // Against the state before this import: the changes of one write share a seq.
    if (change.seq <= (seen[change.origin] ?? 0)) {
      skip(work, change, 'already-imported');
      continue;
    }
    nextSeen[change.origin] = Math.max(nextSeen[change.origin] ?? 0, change.seq);
    apply(work, change);
  }
  const plan: ImportPlan = { added: [], changed: [], deleted: [], unchanged: work.unchanged, conflicts: work.conflicts, seen: nextSeen };
  for (const [key, { table, id }] of work.touched) {
    const before = local.get(key);
    const state = work.current.get(key)!;
    const write: PlannedWrite = { table, id, after: state.record, state };
    if (!before) plan.added.push(write);
    // A new clock with the same content is still written, so the next change made on it is recognised as such.
    else if (sameValue(before.record, state.record) && before.hlc === state.hlc) continue;
    else if (state.record.deleted === true && before.record.deleted !== true) plan.deleted.push({ ...write, before: before.record });
    else plan.changed.push({ ...write, before: before.record });
  }
  return plan;
}
