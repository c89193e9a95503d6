import { indexMeetings, meetingCountsOf } from '../../../shared/meetings/compliance';
import type { MeetingRecord } from '../../../shared/meetings/meeting-types';
import type { MemberRecord } from '../../../shared/members/member';
import { orgLifeOf } from '../../../shared/meetings/org-life';
import type { LedgerDatabase } from './database';
import type { BranchCountsRow } from './derived-db';

/** The rows not marked deleted. */
export async function live<T extends { deleted: boolean }>(rows: Promise<T[]>): Promise<T[]> {
  return (await rows).filter((row) => !row.deleted);
}

/** A branch's live roster and meetings as stored (inside the caller's transaction, if any). */
export async function branchRecords(db: LedgerDatabase, branchId: string): Promise<{ members: MemberRecord[]; meetings: MeetingRecord[] }> {
  const [members, meetings] = await Promise.all([
    live<MemberRecord>(db.members.where('branchId').equals(branchId).toArray()),
    live<MeetingRecord>(db.meetings.where('branchId').equals(branchId).toArray()),
  ]);
  return { members, meetings };
}

/** The figures the central office keeps of one branch (derived-db.ts), made from its stored records; no dues standing (that is made per day). */
export async function countBranch(db: LedgerDatabase, branchId: string, receivedSeq: number): Promise<BranchCountsRow> {
  const { members, meetings } = await branchRecords(db, branchId);
  return {
    branchId,
    receivedSeq,
    memberCount: members.length,
    meetingCount: meetings.length,
    meetings: meetingCountsOf(indexMeetings(meetings)),
    orgLife: orgLifeOf(meetings),
  };
}
