import { branchDuesStanding, type BranchDuesRecords } from '../../../shared/dues/branch-dues';
import { indexMeetings, meetingCountsOf } from '../../../shared/meetings/compliance';
import type { MeetingRecord } from '../../../shared/meetings/meeting-types';
import type { MemberRecord } from '../../../shared/members/member';
import { orgLifeOf } from '../../../shared/meetings/org-life';
import type { DuesRules } from '../../../shared/rules/rule-types';
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

/** The branch's live dues records as its packages brought them, with the roster they belong to (read unless given). */
export async function branchDuesRecords(db: LedgerDatabase, branchId: string, roster?: MemberRecord[]): Promise<BranchDuesRecords> {
  const byBranch = <T extends { deleted: boolean }>(table: 'duesBases' | 'duesPayments' | 'duesRemittances') =>
    live(db.table(table).where('branchId').equals(branchId).toArray() as Promise<T[]>);
  const [members, bases, payments, remittances] = await Promise.all([
    roster ?? live<MemberRecord>(db.members.where('branchId').equals(branchId).toArray()),
    byBranch<BranchDuesRecords['bases'][number]>('duesBases'),
    byBranch<BranchDuesRecords['payments'][number]>('duesPayments'),
    byBranch<BranchDuesRecords['remittances'][number]>('duesRemittances'),
  ]);
  return { members, bases, payments, remittances };
}

/** What a kept dues standing was made under: it is read again only on the same day under the same rules. */
export function duesRulesKey(rules: DuesRules): string {
  return JSON.stringify(rules);
}

/** The day and dues rules a standing is made for. */
export interface DuesScope {
  today: string;
  rules: DuesRules;
}

/**
 * The figures the central office keeps of one branch (derived-db.ts), made from its stored
 * records. With `dues`, also that day's dues standing (the import makes it, so the first
 * 各支部 view after an import on the same day reads it instead of every branch's dues records).
 */
export async function countBranch(db: LedgerDatabase, branchId: string, receivedSeq: number, dues?: DuesScope): Promise<BranchCountsRow> {
  const { members, meetings } = await branchRecords(db, branchId);
  const orgLife = orgLifeOf(meetings);
  const row: BranchCountsRow = {
    branchId,
    receivedSeq,
    memberCount: members.length,
    meetingCount: meetings.length,
    meetings: meetingCountsOf(indexMeetings(meetings)),
    orgLife,
  };
  if (dues) {
    const standing = branchDuesStanding(branchId, await branchDuesRecords(db, branchId, members), orgLife, dues.today, dues.rules);
    row.dues = { today: dues.today, rulesKey: duesRulesKey(dues.rules), standing };
  }
  return row;
}
