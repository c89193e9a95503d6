import { compareCounts, type CountComparison } from '../../../../../shared/sync/count-check';
import { fingerprint } from '../../../../../shared/sync/keys';
import type { NoticeRecord } from '../../../../../shared/notices/notice';
import type { OfficeDocumentRecord } from '../../../../../shared/documents/document';
import type { MeetingReviewRecord } from '../../../../../shared/meetings/meeting-review';
import { TO_CENTRAL_STREAM, changeLogTables, type ClockRow } from '../../../db/change-log';
import { BRANCH_SYNCED_TABLES, CENTRAL_SYNCED_TABLES, type AuditedTableName, type LedgerDatabase } from '../../../db/database';
import { createRecordRepository } from '../../../db/record-repository';
import type { InstallationRole } from '../../../../../shared/setup/installation';
import { withOperator } from '../../../core/preferences/preferences-repository';
import { ledgerDb } from '../../../db/ledger-db';
import type { EnrolmentRow, PeerRow, SyncConflictRow, SyncPackageRow } from '../../../db/sync-rows';
import { createEnrolmentRepository } from './enrolment-repository';
import { createPackageExporter, liveCounts } from './export-package';
import { createPackageImporter } from './import-package';
import { createKeysRepository } from './keys-repository';
import { changeLogAfter } from './outgoing-changes';
import { SyncError, findEnrolment, findPeer, installationOf, listPeers } from './sync-state';

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

/** The audited tables whose records this PC owns and sends: a branch its own records, the central office its reviews and notices. */
function writtenHere(role: InstallationRole): ReadonlySet<string> {
  return new Set<string>(role === 'central' ? CENTRAL_SYNCED_TABLES : BRANCH_SYNCED_TABLES.filter((table) => table !== 'attachments'));
}

/** The report package this PC made last, if any. */
async function lastExportedPackage(db: LedgerDatabase): Promise<SyncPackageRow | undefined> {
  const exported = await db.syncPackages.filter((row) => row.status === 'exported').toArray();
  return exported.sort((a, b) => a.at.localeCompare(b.at)).at(-1);
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
      return {
        enrolment,
        central,
        ownFingerprint: own ? fingerprint(own) : undefined,
        centralFingerprint: enrolment ? fingerprint(enrolment.centralPublicKeys) : undefined,
        unacknowledged: (clock?.lastSeq[TO_CENTRAL_STREAM] ?? 0) - (central?.ackedSeq ?? 0),
        lastExport: await lastExportedPackage(db),
        counts: enrolment && central ? await acknowledgedCounts(db, enrolment.branchId, central) : undefined,
      };
    },

    /** For the monthly report's reminder on a branch PC: whether it is enrolled (can report at all) and when it last made a report package. */
    async reportState(): Promise<{ enrolled: boolean; lastExportAt?: string }> {
      if (!(await findEnrolment(db))) return { enrolled: false };
      return { enrolled: true, lastExportAt: (await lastExportedPackage(db))?.at };
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

    /** The office's documents this branch received, newest first (opened and read in 文件). */
    async documents(branchId: string): Promise<OfficeDocumentRecord[]> {
      const rows = await db.documents.where('branchId').equals(branchId).toArray();
      return rows.filter((row) => !row.deleted).sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
    },

    async reviews(branchId: string): Promise<MeetingReviewRecord[]> {
      const rows = await db.meetingReviews.where('branchId').equals(branchId).toArray();
      return rows.filter((row) => !row.deleted).sort((a, b) => b.reviewedAt.localeCompare(a.reviewedAt));
    },

    async openConflicts(): Promise<SyncConflictRow[]> {
      return (await db.conflicts.toArray()).filter((row) => !row.resolution).sort((a, b) => a.detectedAt.localeCompare(b.detectedAt));
    },

    /**
     * A person's decision on a conflict: the value chosen stays, the conflict leaves the list.
     * The value applied at import needs nothing more. The other one is written back to the
     * record (audited, and sent in the next package) when this PC owns the record's table;
     * a record another PC owns is corrected there ('owner-corrects'), never overwritten here.
     */
    async resolveConflict(id: string, resolution: 'local' | 'incoming'): Promise<'kept' | 'written' | 'owner-corrects' | 'by-hand'> {
      const conflict = await db.conflicts.get(id);
      if (!conflict || conflict.resolution) throw new SyncError('这个冲突已经处理过了。');
      if (resolution === conflict.applied) {
        await db.conflicts.update(id, { resolution });
        return 'kept';
      }
      const { role } = await installationOf(db);
      const table = conflict.table as AuditedTableName;
      if (!writtenHere(role).has(table)) {
        await db.conflicts.update(id, { resolution });
        return 'owner-corrects';
      }
      const { recordId } = conflict;
      if (!recordId) {
        await db.conflicts.update(id, { resolution });
        return 'by-hand';
      }
      const value = resolution === 'local' ? conflict.localValue : conflict.incomingValue;
      await db.transaction('rw', [db.table(table), db.conflicts, ...changeLogTables(db)], async () => {
        await createRecordRepository(db, table, withOperator(db)).update(recordId, { [conflict.field]: value });
        await db.conflicts.update(id, { resolution });
      });
      return 'written';
    },
  };
}

export const keysRepository = createKeysRepository(ledgerDb);
export const enrolmentRepository = createEnrolmentRepository(ledgerDb);
export const packageExporter = createPackageExporter(ledgerDb);
export const packageImporter = createPackageImporter(ledgerDb);
export const syncReads = createSyncReads(ledgerDb);
