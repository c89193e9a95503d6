import { compareCounts, type CountComparison } from '../../../../../shared/sync/count-check';
import { fingerprint } from '../../../../../shared/sync/keys';
import type { NoticeRecord } from '../../../../../shared/domain/notice';
import type { MeetingReviewRecord } from '../../../../../shared/meetings/meeting-review';
import { TO_CENTRAL_STREAM, type ClockRow } from '../../../db/change-log';
import type { LedgerDatabase } from '../../../db/database';
import { ledgerDb } from '../../../db/ledger-db';
import type { EnrolmentRow, PeerRow, SyncConflictRow, SyncPackageRow } from '../../../db/sync-rows';
import { createEnrolmentRepository } from './enrolment-repository';
import { createPackageExporter, liveCounts } from './export-package';
import { createPackageImporter } from './import-package';
import { createKeysRepository } from './keys-repository';
import { changeLogAfter } from './outgoing-changes';
import { findEnrolment, findPeer, listPeers } from './sync-state';

/** What the branch's 数据交换 page shows about its link to the central office. */
export interface BranchSyncStatus {
  enrolment?: EnrolmentRow;
  central?: PeerRow;
  ownFingerprint?: string;
  centralFingerprint?: string;
  /** Changes made here that the central office has not acknowledged yet. */
  unacknowledged: number;
  lastExport?: SyncPackageRow;
  /** The central office's counts in its last acknowledgement against this PC's, once one arrived. */
  counts?: CountComparison;
}

/** The branch's live records against the counts the central office acknowledged. */
async function acknowledgedCounts(db: LedgerDatabase, branchId: string, central: PeerRow): Promise<CountComparison | undefined> {
  if (!central.ackedCounts) return undefined;
  const unacknowledged = await changeLogAfter(db, TO_CENTRAL_STREAM, central.ackedSeq);
  const pending = new Set(unacknowledged.flatMap((row) => row.changes.map((change) => change.table)));
  return compareCounts(await liveCounts(db, branchId), central.ackedCounts, pending);
}

/** Reads for the sync screens; the writes live in the enrolment, export and import modules. */
export function createSyncReads(db: LedgerDatabase) {
  const keys = createKeysRepository(db);
  return {
    async branchStatus(): Promise<BranchSyncStatus> {
      const enrolment = await findEnrolment(db);
      const central = enrolment ? await findPeer(db, enrolment.centralId) : undefined;
      const own = await keys.ownPublicKeys();
      const clock = (await db.syncState.get('clock')) as ClockRow | undefined;
      const exported = await db.syncPackages.filter((row) => row.status === 'exported').toArray();
      return {
        enrolment,
        central,
        ownFingerprint: own ? fingerprint(own) : undefined,
        centralFingerprint: enrolment ? fingerprint(enrolment.centralPublicKeys) : undefined,
        unacknowledged: (clock?.lastSeq[TO_CENTRAL_STREAM] ?? 0) - (central?.ackedSeq ?? 0),
        lastExport: exported.sort((a, b) => a.at.localeCompare(b.at)).at(-1),
        counts: enrolment && central ? await acknowledgedCounts(db, enrolment.branchId, central) : undefined,
      };
    },

    async ownFingerprint(): Promise<string | undefined> {
      const own = await keys.ownPublicKeys();
      return own ? fingerprint(own) : undefined;
    },

    peers: () => listPeers(db),

    packagesOf: (peerId: string): Promise<SyncPackageRow[]> => db.syncPackages.where('peerId').equals(peerId).toArray(),

    async notices(branchId: string): Promise<NoticeRecord[]> {
      const rows = await db.notices.where('branchId').equals(branchId).toArray();
      return rows.filter((row) => !row.deleted).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    },

    async reviews(branchId: string): Promise<MeetingReviewRecord[]> {
      const rows = await db.meetingReviews.where('branchId').equals(branchId).toArray();
      return rows.filter((row) => !row.deleted).sort((a, b) => b.reviewedAt.localeCompare(a.reviewedAt));
    },

    async openConflicts(): Promise<SyncConflictRow[]> {
      return (await db.conflicts.toArray()).filter((row) => !row.resolution).sort((a, b) => a.detectedAt.localeCompare(b.detectedAt));
    },

    /** A person's decision on a conflict: it leaves the list; the record keeps the value applied, or is to be corrected by its owner. */
    async resolveConflict(id: string, resolution: 'local' | 'incoming'): Promise<void> {
      await db.conflicts.update(id, { resolution });
    },
  };
}

export const keysRepository = createKeysRepository(ledgerDb);
export const enrolmentRepository = createEnrolmentRepository(ledgerDb);
export const packageExporter = createPackageExporter(ledgerDb);
export const packageImporter = createPackageImporter(ledgerDb);
export const syncReads = createSyncReads(ledgerDb);
