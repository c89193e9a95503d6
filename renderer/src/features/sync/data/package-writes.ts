import { newId } from '../../../../../shared/records/base-record';
import { decodeHlc, encodeHlc, initialHlc, receiveHlc } from '../../../../../shared/sync/hlc';
import { isOlderPackage, laterPackageStamp } from '../../../../../shared/sync/package-order';
import type { ClockRow } from '../../../db/change-log';
import type { PeerRow, SyncConflictRow, SyncKeyRow, SyncPackageRow } from '../../../db/sync-rows';
import type { ImportResult, ReadyPreview } from './import-package';
import { SyncError } from './sync-state';

export const ALREADY_IMPORTED = '已导入过，未做任何更改。';

/** What a group's packages read before any of them writes, read once for the whole group. */
export interface GroupState {
  ownerId: string;
  /** The clock as the previous package of the group left it. */
  clock: ClockRow | undefined;
  /** The stored bytes of the attachments the group writes, by id. */
  storedBytes: ReadonlyMap<string, Uint8Array | undefined>;
}

/** One package's writes, computed in memory; the group issues every package's writes together. */
export interface PackageWrites {
  /** `isNew`: planned as added (nothing of that id in the sender's records here), so it is added, never put over a row. */
  records: { table: string; record: Record<string, unknown>; isNew: boolean }[];
  conflicts: SyncConflictRow[];
  peer: PeerRow;
  clock: ClockRow;
  packageRow: SyncPackageRow;
  key?: SyncKeyRow;
  /** Whether the rule set the package carries is taken (a newer package than any before from its sender). */
  takesRuleSet: boolean;
  older: boolean;
}

/**
 * A package's writes against the state it was read in (`seen`, `peer`) and the group's state so
 * far; throws to abort the group's transaction. The same checks as before any write: a package
 * seen already changes nothing, a vanished sender or a stream moved on since the preview refuses it.
 */
export function packageWrites(ready: ReadyPreview, seen: SyncPackageRow | undefined, peer: PeerRow | undefined, state: GroupState, now: Date): { result: ImportResult } | { writes: PackageWrites } {
  const { manifest, decoded, plan } = ready;
  // A second click, or the same file in a folder twice: the first import wins, the second changes nothing.
  if (seen?.status === 'imported') return { result: { status: 'replay', message: ALREADY_IMPORTED } };
  if (!peer) throw new SyncError('发送方的登记信息已不存在。');
  // The plan was made over the records as they were: another import since then makes it stale.
  if (peer.receivedSeq !== ready.receivedSeqAtPreview) throw new SyncError('预览之后又导入了其他数据包，请重新预览此数据包。');
  const attachments = new Map(decoded.body.attachments.map((attachment) => [attachment.id, attachment.bytes]));
  const added = new Set(plan.added);
  const records = [...plan.added, ...plan.changed, ...plan.deleted].map((write) => {
    const record: Record<string, unknown> = { ...write.after, hlc: write.state.hlc };
    if (write.table === 'attachments') {
      record.bytes = attachments.get(write.id) ?? (record.deleted ? new Uint8Array(0) : (state.storedBytes.get(write.id) ?? new Uint8Array(0)));
    }
    return { table: write.table, record, isNew: added.has(write) };
  });
  const conflicts: SyncConflictRow[] = plan.conflicts.map(({ id: recordId, ...conflict }) => ({ ...conflict, id: newId(), recordId, branchId: manifest.senderId, detectedAt: now.toISOString() }));

  const clockRow = state.clock ?? { key: 'clock', hlc: null, lastSeq: {} };
  const local = clockRow.hlc ? decodeHlc(clockRow.hlc) : initialHlc(state.ownerId);
  const receipt = receiveHlc(local, decodeHlc(manifest.createdHlc), now.getTime());
  // Checked here, not only in the preview: a newer package may have been applied since.
  const older = isOlderPackage(manifest.createdHlc, peer.receivedCreatedHlc);
  const ack = older ? undefined : decoded.body.acknowledgement;
  const updated: PeerRow = {
    ...peer,
    receivedSeq: Math.max(peer.receivedSeq, manifest.seqTo),
    receivedPackageHash: older ? peer.receivedPackageHash : decoded.packageHash,
    receivedCreatedHlc: laterPackageStamp(peer.receivedCreatedHlc, manifest.createdHlc),
    lastImportAt: now.toISOString(),
    // The office's latest acknowledgement is the truth, even when lower: it falls only after the
    // office restored an older backup, and the next report must then start where it stands now.
    // "Latest" is by when the package was made, not when it was imported (olderPackageNote).
    ...(ack ? { ackedSeq: ack.upToSeq, ackedCounts: ack.counts } : {}),
  };
  // Central office: the branch encrypts to the office key it trusts; returns are signed with that key until it switches.
  if (manifest.kind === 'branch-report' && !older) updated.trustedOwnKeyId = manifest.receiverKeyId;
  // Branch: the office's new key waits for a person to compare its fingerprint.
  const announced = ready.centralKeyRotation?.newPublicKeys;
  if (announced && !older && announced.keyId !== peer.publicKeys?.keyId) updated.pendingCentralKey = { publicKeys: announced, issuedAt: ready.centralKeyRotation!.issuedAt };
  if (receipt.skew) updated.skewWarning = receipt.skew.message;
  else delete updated.skewWarning;
  let key: SyncKeyRow | undefined;
  if (!peer.publicKeys) {
    updated.publicKeys = manifest.senderPublicKeys;
    key = { keyId: manifest.senderPublicKeys.keyId, owner: 'peer', ownerId: peer.peerId, publicKeys: manifest.senderPublicKeys, createdAt: now.toISOString() };
  }
  const packageRow: SyncPackageRow = {
    packageId: manifest.packageId,
    peerId: peer.peerId,
    kind: manifest.kind,
    status: 'imported',
    seqFrom: manifest.seqFrom,
    seqTo: manifest.seqTo,
    counts: manifest.counts,
    fileName: ready.fileName,
    packageHash: decoded.packageHash,
    at: now.toISOString(),
  };
  const clock: ClockRow = { ...clockRow, hlc: encodeHlc(receipt.clock) };
  return { writes: { records, conflicts, peer: updated, clock, packageRow, ...(key ? { key } : {}), takesRuleSet: !older && decoded.body.ruleSet !== undefined, older } };
}

/** The outcome said of an imported package, with the sentence about its rule set or age. */
export function importedMessage(ready: ReadyPreview, note: string): ImportResult {
  const { plan } = ready;
  const written = plan.added.length + plan.changed.length + plan.deleted.length;
  return { status: 'imported', message: `已导入：新增 ${plan.added.length} 条，修改 ${plan.changed.length} 条，删除 ${plan.deleted.length} 条${written === 0 ? '（没有需要更新的记录）' : ''}。${note}` };
}
