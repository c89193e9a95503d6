import { sha256Hex } from '../../../../../shared/hash';
import { encodePackage } from '../../../../../shared/sync/package-encode';
import { inspectManifest } from '../../../../../shared/sync/package-decode';
import { laterPackageStamp, nextPackageStamp } from '../../../../../shared/sync/package-order';
import type { Acknowledgement, PackageKind, PackageManifest } from '../../../../../shared/sync/types';
import { BRANCH_SYNCED_TABLES, type LedgerDatabase } from '../../../db/database';
import { CURRENT_SCHEMA_VERSION } from '../../../db/schema';
import type { PeerRow } from '../../../db/sync-rows';
import { TO_CENTRAL_STREAM } from '../../../db/change-log';
import { createRuleSetRepository } from '../../../core/rules/rule-set-repository';
import { createKeysRepository } from './keys-repository';
import { collectOutgoing } from './outgoing-changes';
import { packageFileName } from './package-files';
import { SyncError, findEnrolment, findPeer, installationOf } from './sync-state';

/** A package made and checked, not yet saved. */
export interface OutgoingPackage {
  bytes: Uint8Array;
  manifest: PackageManifest;
  packageHash: string;
  fileName: string;
  peerId: string;
}

/** Live records per table that this PC holds for a branch: the acknowledgement's counts. */
export async function liveCounts(db: LedgerDatabase, branchId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of BRANCH_SYNCED_TABLES) {
    counts[table] = await db.table(table).where('branchId').equals(branchId).filter((row: { deleted: boolean }) => !row.deleted).count();
  }
  return counts;
}

export function createPackageExporter(db: LedgerDatabase, clock: () => Date = () => new Date()) {
  const keys = createKeysRepository(db, clock);
  const rules = createRuleSetRepository(db);

  async function build(peer: PeerRow, stream: string, kind: PackageKind, afterSeq: number, acknowledgement?: Acknowledgement): Promise<OutgoingPackage> {
    const installation = await installationOf(db);
    // A return is signed with the office key the branch trusts, carrying the statement of its replacement while that is not the newest.
    const own = await keys.ownKeys();
    const signing: Awaited<ReturnType<typeof keys.signingFor>> = kind === 'central-return' ? await keys.signingFor(peer.trustedOwnKeyId) : own && { keys: own };
    if (!signing) throw new SyncError('本机还没有密钥，请先完成登记。');
    if (!peer.publicKeys) throw new SyncError(`还没有收到“${peer.name}”的公钥：请先导入该支部的第一个报送包。`);
    const outgoing = await collectOutgoing(db, stream, afterSeq, installation.ownerId);
    const now = clock();
    // The rule set the central office applies itself: the national one until it publishes its own.
    const extras =
      kind === 'central-return'
        ? { acknowledgement, ruleSet: (await rules.active()).ruleSet, ...(signing.keyRotation ? { keyRotation: signing.keyRotation.signed } : {}) }
        : {};
    const bytes = await encodePackage(
      { changes: outgoing.changes, attachments: outgoing.attachments, ...extras },
      {
        manifestFields: {
          schemaVersion: CURRENT_SCHEMA_VERSION,
          kind,
          senderId: installation.ownerId,
          senderName: installation.name,
          receiverId: peer.peerId,
          seqFrom: outgoing.seqFrom,
          seqTo: outgoing.seqTo,
          prevPackageHash: peer.sentPackageHash,
          createdHlc: nextPackageStamp(peer.sentCreatedHlc, now.getTime(), installation.ownerId),
          createdAt: now.toISOString(),
        },
        senderKeys: signing.keys,
        receiverPublicKeys: peer.publicKeys,
      },
    );
    // Read our own file back before anyone carries it away.
    const manifest = await inspectManifest(bytes);
    return { bytes, manifest, packageHash: await sha256Hex(bytes), fileName: packageFileName(manifest, peer.name), peerId: peer.peerId };
  }

  return {
    /** Branch: everything the central office has not acknowledged yet. */
    async branchReport(): Promise<OutgoingPackage> {
      const enrolment = await findEnrolment(db);
      if (!enrolment) throw new SyncError('本机尚未登记：请先导入院党委组织科提供的登记文件。');
      const central = await findPeer(db, enrolment.centralId);
      if (!central) throw new SyncError('找不到院党委组织科的登记信息，请重新导入登记文件。');
      return build(central, TO_CENTRAL_STREAM, 'branch-report', central.ackedSeq);
    },

    /**
     * Central office: the return package for one branch: the acknowledgement of everything
     * imported from it (with the counts held, to compare), the rule set, and the reviews and
     * notices not sent before (or all of them again, when a return package was lost).
     */
    async centralReturn(branchId: string, { resendAll = false } = {}): Promise<OutgoingPackage> {
      const branch = await findPeer(db, branchId);
      if (!branch) throw new SyncError('找不到这个支部的登记信息。');
      const last = await db.syncPackages.where('peerId').equals(branchId).filter((row) => row.status === 'imported').toArray();
      const lastImported = last.sort((a, b) => a.seqTo - b.seqTo).at(-1);
      const acknowledgement: Acknowledgement = { upToSeq: branch.receivedSeq, counts: await liveCounts(db, branchId), packageId: lastImported?.packageId ?? null };
      return build(branch, branchId, 'central-return', resendAll ? 0 : branch.sentSeq, acknowledgement);
    },

    /**
     * Records a package as written. `verifiedSha256` is the hash of the file read back from
     * the stick (desktop); a different one means the file is damaged and nothing is recorded.
     */
    async recordSaved(pkg: OutgoingPackage, verifiedSha256: string | undefined): Promise<void> {
      if (verifiedSha256 !== undefined && verifiedSha256 !== pkg.packageHash) {
        throw new SyncError('写入后读回校验不一致：U 盘上的文件可能已损坏，请换一个 U 盘或文件夹重新导出。');
      }
      const { manifest } = pkg;
      await db.transaction('rw', db.syncState, db.syncPackages, async () => {
        const peer = await findPeer(db, pkg.peerId);
        if (!peer) throw new SyncError('找不到收件方的登记信息。');
        await db.syncPackages.put({
          packageId: manifest.packageId,
          peerId: pkg.peerId,
          kind: manifest.kind,
          status: 'exported',
          seqFrom: manifest.seqFrom,
          seqTo: manifest.seqTo,
          counts: manifest.counts,
          fileName: pkg.fileName,
          packageHash: pkg.packageHash,
          at: clock().toISOString(),
        });
        await db.syncState.put({
          ...peer,
          sentSeq: Math.max(peer.sentSeq, manifest.seqTo),
          sentPackageHash: pkg.packageHash,
          sentCreatedHlc: laterPackageStamp(peer.sentCreatedHlc, manifest.createdHlc),
          lastExportAt: clock().toISOString(),
        });
      });
    },
  };
}

export type PackageExporter = ReturnType<typeof createPackageExporter>;
