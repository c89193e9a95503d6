import { laterPackageStamp } from '../../../../../shared/sync/package-order';
import type { ChangeLogRow, ChangeRef, ClockRow } from '../../../db/change-log';
import { TO_CENTRAL_STREAM } from '../../../db/change-log';
import type { PeerRow, SyncStateRow } from '../../../db/sync-rows';

/**
 * The sync bookkeeping a restore writes (docs/security.md, "Restore and sync").
 *
 * A restore puts the data back as it was, but what already left this PC cannot be taken
 * back: the peer holds the changes numbered after the backup, and has acknowledged some of
 * them. Reusing those numbers for new changes would make the peer skip them as already
 * imported (or refuse the package as a replay), losing them silently. So, for every stream
 * in which a number above the backup's last one was sent:
 *
 * - the clock and the stream's last number never move back (new changes get numbers and
 *   stamps above everything the peer has seen);
 * - what the peer acknowledged and what was sent are kept (the next package starts after
 *   the acknowledgement, as always);
 * - numbers between the backup's last and the highest ever used are filled with one-change
 *   rows naming a restored record (the peer applies or skips each by its clock stamp, which
 *   is harmless), so that a package starting anywhere in that range is contiguous;
 * - then every restored record of the stream is queued again, so the peer gets whatever of
 *   the backup it lacks, and keeps its newer copies (the records keep their stamps).
 *
 * What came in from the peer rewinds with the data (this PC really no longer holds it):
 * the peer's next package shows a gap, and resending everything fills it.
 * A stream in which nothing above the backup was sent is restored exactly.
 */

export interface StreamRecord {
  stream: string;
  table: string;
  id: string;
}

export interface SyncAfterRestoreInput {
  role: string;
  current: { clock?: ClockRow; peers: PeerRow[] };
  backup: { syncState: SyncStateRow[]; changeLog: ChangeLogRow[] };
  /** Every restored synced record, with the stream a write of it goes to. */
  records: StreamRecord[];
}

export interface SyncAfterRestore {
  syncState: SyncStateRow[];
  changeLog: ChangeLogRow[];
  /** Streams whose numbering was carried past the backup (for the message after restoring). */
  requeued: { stream: string; from: number; to: number }[];
}

function isClock(row: SyncStateRow): row is ClockRow {
  return row.key === 'clock';
}

function isPeer(row: SyncStateRow): row is PeerRow {
  return row.key.startsWith('peer:');
}

function maxHlc(a: string | null | undefined, b: string | null | undefined): string | null {
  if (!a) return b ?? null;
  if (!b) return a;
  return a > b ? a : b;
}

function streamOfPeer(role: string, peer: PeerRow): string {
  return role === 'central' ? peer.peerId : TO_CENTRAL_STREAM;
}

const ref = (record: StreamRecord): ChangeRef => ({ table: record.table, id: record.id, baseHlc: null, changedFields: [] });

/** The peer row after a restore: inbound as in the backup, outbound as far as it has gone. */
function mergePeer(restored: PeerRow | undefined, current: PeerRow | undefined): PeerRow | undefined {
  if (!current) return restored;
  if (!restored) {
    // Known only since the backup (a branch enrolled later, on the central office PC): nothing
    // of it was restored, so nothing of it counts as received.
    return { ...current, receivedSeq: 0, receivedPackageHash: null, lastImportAt: undefined };
  }
  const sentLater = current.sentSeq >= restored.sentSeq;
  const ackedLater = current.ackedSeq >= restored.ackedSeq;
  const merged: PeerRow = {
    ...restored,
    publicKeys: current.publicKeys ?? restored.publicKeys,
    ackedSeq: Math.max(current.ackedSeq, restored.ackedSeq),
    sentSeq: Math.max(current.sentSeq, restored.sentSeq),
    sentPackageHash: sentLater ? current.sentPackageHash : restored.sentPackageHash,
  };
  // Package stamps never move back: the next package made here is later than any sent, and a
  // package older than the newest imported stays older (an old return cannot undo a newer one).
  const sentCreatedHlc = laterPackageStamp(current.sentCreatedHlc, restored.sentCreatedHlc);
  const receivedCreatedHlc = laterPackageStamp(current.receivedCreatedHlc, restored.receivedCreatedHlc);
  if (sentCreatedHlc) merged.sentCreatedHlc = sentCreatedHlc;
  if (receivedCreatedHlc) merged.receivedCreatedHlc = receivedCreatedHlc;
  if (ackedLater && current.ackedCounts) merged.ackedCounts = current.ackedCounts;
  if (sentLater && current.lastExportAt) merged.lastExportAt = current.lastExportAt;
  if (merged.lastImportAt === undefined) delete merged.lastImportAt;
  return merged;
}

export function syncAfterRestore(input: SyncAfterRestoreInput): SyncAfterRestore {
  const { role, current, backup } = input;
  const restoredClock = backup.syncState.find(isClock);
  const restoredPeers = backup.syncState.filter(isPeer);
  const others = backup.syncState.filter((row) => !isClock(row) && !isPeer(row));
  const currentLast = current.clock?.lastSeq ?? {};
  const backupLast = restoredClock?.lastSeq ?? {};

  const peerIds = [...new Set([...restoredPeers, ...current.peers].map((peer) => peer.peerId))];
  const peers = peerIds
    .map((id) => mergePeer(restoredPeers.find((peer) => peer.peerId === id), current.peers.find((peer) => peer.peerId === id)))
    .filter((peer): peer is PeerRow => peer !== undefined);

  const lastSeq: Record<string, number> = { ...backupLast };
  const changeLog: ChangeLogRow[] = [...backup.changeLog];
  const requeued: SyncAfterRestore['requeued'] = [];
  const hlc = maxHlc(current.clock?.hlc, restoredClock?.hlc);
  for (const peer of current.peers) {
    const stream = streamOfPeer(role, peer);
    const restoredLast = backupLast[stream] ?? 0;
    // Nothing numbered above the backup ever left: those numbers can be used again.
    if (peer.sentSeq <= restoredLast && peer.ackedSeq <= restoredLast) continue;
    const highest = Math.max(currentLast[stream] ?? 0, peer.sentSeq, restoredLast);
    const records = input.records.filter((record) => record.stream === stream);
    lastSeq[stream] = highest;
    if (records.length === 0 || !hlc) continue;
    for (let seq = restoredLast + 1; seq <= highest; seq++) {
      changeLog.push({ stream, seq, hlc, changes: [ref(records[(seq - restoredLast - 1) % records.length]!)] });
    }
    changeLog.push({ stream, seq: highest + 1, hlc, changes: records.map(ref) });
    lastSeq[stream] = highest + records.length;
    requeued.push({ stream, from: highest + 1, to: highest + records.length });
  }

  const carried = Object.keys(lastSeq).some((stream) => lastSeq[stream] !== backupLast[stream]);
  // Nothing carried past the backup: its clock as it was, so the restore is exact.
  const clock: ClockRow[] = carried ? [{ key: 'clock', hlc, lastSeq }] : restoredClock ? [restoredClock] : [];
  return { syncState: [...others, ...clock, ...peers], changeLog, requeued };
}
