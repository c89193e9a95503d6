import { branchDuesStanding, type BranchDuesRecords } from '../../../shared/dues/branch-dues';
import { countMeetingFacts, emptyMeetingFacts } from '../../../shared/meetings/meeting-facts';
import type { MemberRecord } from '../../../shared/members/member';
import type { DuesRules } from '../../../shared/rules/rule-types';
import type { LedgerDatabase } from './database';
import type { BranchCountsRow } from './derived-db';

/** The rows not marked deleted. */
export async function live<T extends { deleted: boolean }>(rows: Promise<T[]>): Promise<T[]> {
  return (await rows).filter((row) => !row.deleted);
}

/** Records of branches just written in the caller's transaction, by table: what need not be read back. */
export type WrittenRecords = ReadonlyMap<string, readonly Record<string, unknown>[]>;

/**
 * One branch's live rows of a table as stored, in the order of a read by its branchId index.
 * Rows the caller has just written (`written`) are taken from its hands: only the keys are read,
 * and the values of the rows it did not write (after a first package, none).
 */
async function liveOfBranch<T extends { deleted: boolean }>(db: LedgerDatabase, table: string, branchId: string, written?: WrittenRecords): Promise<T[]> {
  const stored = db.table(table).where('branchId').equals(branchId);
  const held = written?.get(table)?.filter((row) => row.branchId === branchId);
  if (!held?.length) return live(stored.toArray() as Promise<T[]>);
  const inHand = new Map(held.map((row) => [String(row.id), row as unknown as T]));
  const keys = (await stored.primaryKeys()) as string[];
  const missing = keys.filter((key) => !inHand.has(key));
  const read = missing.length > 0 ? ((await db.table(table).bulkGet(missing)) as (T | undefined)[]) : [];
  const fromDb = new Map(missing.map((key, index) => [key, read[index]]));
  return keys.flatMap((key) => {
    const row = inHand.get(key) ?? fromDb.get(key);
    return row && !row.deleted ? [row] : [];
  });
}

/** The branch's live dues records as its packages brought them, with the roster they belong to (read unless given). */
export async function branchDuesRecords(db: LedgerDatabase, branchId: string, roster?: MemberRecord[], written?: WrittenRecords): Promise<BranchDuesRecords> {
  const [members, bases, payments, remittances] = await Promise.all([
    roster ?? liveOfBranch<MemberRecord>(db, 'members', branchId, written),
    liveOfBranch<BranchDuesRecords['bases'][number]>(db, 'duesBases', branchId, written),
    liveOfBranch<BranchDuesRecords['payments'][number]>(db, 'duesPayments', branchId, written),
    liveOfBranch<BranchDuesRecords['remittances'][number]>(db, 'duesRemittances', branchId, written),
  ]);
  return { members, bases, payments, remittances };
}

/** What a kept dues standing was made under: it is read again only in the same month under the same rules. */
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
 * roster and meeting facts (the same counts as from its meetings: overview-equivalence.test.ts). With `dues`, also that day's dues standing (the import makes it, so the first
 * 各支部 view after an import on the same day reads it instead of every branch's dues records).
 * `written`: the records the caller's transaction has just written, not read back. Inside a
 * transaction, the caller's scope must hold `meetingFacts` (every read-write one over `meetings` does).
 */
export async function countBranch(db: LedgerDatabase, branchId: string, receivedSeq: number, { dues, written }: { dues?: DuesScope; written?: WrittenRecords } = {}): Promise<BranchCountsRow> {
  // The meetings' facts, not the meetings: one small value per branch, kept in every meeting write's transaction (meeting-facts-middleware.ts).
  const [members, facts] = await Promise.all([liveOfBranch<MemberRecord>(db, 'members', branchId, written), db.meetingFacts.get(branchId)]);
  const { counts, orgLife, meetingCount } = countMeetingFacts(facts ?? emptyMeetingFacts(branchId));
  const row: BranchCountsRow = {
    branchId,
    receivedSeq,
    memberCount: members.length,
    meetingCount,
    meetings: counts,
    orgLife,
  };
  if (dues) {
    const standing = branchDuesStanding(branchId, await branchDuesRecords(db, branchId, members, written), orgLife, dues.today, dues.rules);
    row.dues = { today: dues.today, rulesKey: duesRulesKey(dues.rules), standing };
  }
  return row;
}
