import type { BranchRecord } from '../../../../../shared/domain/branch';
import type { MemberRecord } from '../../../../../shared/domain/member';
import { branchDuesStanding, type BranchDuesRecords, type BranchDuesStanding } from '../../../../../shared/dues/branch-dues';
import { branchCompliance, type BranchCompliance } from '../../../../../shared/meetings/compliance';
import type { MeetingReviewRecord } from '../../../../../shared/meetings/meeting-review';
import type { MeetingRecord } from '../../../../../shared/meetings/meeting-types';
import { periodOf } from '../../../../../shared/meetings/periods';
import type { RuleGroups } from '../../../../../shared/rules/rule-types';
import type { LedgerDatabase } from '../../../db/database';
import { ledgerDb } from '../../../db/ledger-db';
import type { PeerRow, SyncPackageRow } from '../../../db/sync-rows';
import { createDuesRepository } from '../../dues/data/dues-repository';
import { listPeers } from '../../sync/data/sync-state';

/** One enrolled branch as the central office sees it. */
export interface BranchOverview {
  peer: PeerRow;
  /** The branch's own record, once its first package arrived. */
  branch?: BranchRecord;
  lastImported?: SyncPackageRow;
  quarantined: SyncPackageRow[];
  memberCount: number;
  meetingCount: number;
  /** This year's 三会一课 compliance, by the engine the branch itself uses. */
  compliance?: BranchCompliance;
  /** Today's quarter of dues and who is flagged, by the functions the branch's own 党费 screens use. */
  dues?: BranchDuesStanding;
}

async function live<T extends { deleted: boolean }>(rows: Promise<T[]>): Promise<T[]> {
  return (await rows).filter((row) => !row.deleted);
}

/** Read-only views of the branches' records held on the central office PC. */
export function createBranchesRepository(db: LedgerDatabase) {
  const members = (branchId: string) => live<MemberRecord>(db.members.where('branchId').equals(branchId).toArray());
  const meetings = (branchId: string) => live<MeetingRecord>(db.meetings.where('branchId').equals(branchId).toArray());
  const duesRecords = createDuesRepository(db);

  /** The branch's dues records as its packages brought them, with the roster they belong to. */
  async function dues(branchId: string, roster?: MemberRecord[]): Promise<BranchDuesRecords> {
    const [people, stored] = await Promise.all([roster ?? members(branchId), duesRecords.list(branchId)]);
    return { members: people, ...stored };
  }

  return {
    members,
    meetings,
    dues,

    branch: async (branchId: string): Promise<BranchRecord | undefined> => db.branches.get(branchId),

    reviews: (branchId: string) => live<MeetingReviewRecord>(db.meetingReviews.where('branchId').equals(branchId).toArray()),

    async overview(rules: Pick<RuleGroups, 'meetings' | 'dues'>, today: string): Promise<BranchOverview[]> {
      const peers = await listPeers(db);
      const packages = await db.syncPackages.toArray();
      return Promise.all(
        peers.map(async (peer) => {
          const [branch, roster, held] = await Promise.all([db.branches.get(peer.peerId), members(peer.peerId), meetings(peer.peerId)]);
          const received = branch ? await dues(peer.peerId, roster) : undefined;
          const own = packages.filter((row) => row.peerId === peer.peerId);
          const imported = own.filter((row) => row.status === 'imported').sort((a, b) => a.at.localeCompare(b.at));
          return {
            peer,
            branch,
            lastImported: imported.at(-1),
            quarantined: own.filter((row) => row.status === 'quarantined'),
            memberCount: roster.length,
            meetingCount: held.length,
            compliance: branch ? branchCompliance({ branch, meetings: held, rules: rules.meetings, period: periodOf('year', today), today }) : undefined,
            dues: received ? branchDuesStanding(peer.peerId, received, held, today, rules.dues) : undefined,
          };
        }),
      );
    },
  };
}

export type BranchesRepository = ReturnType<typeof createBranchesRepository>;

export const branchesRepository = createBranchesRepository(ledgerDb);
