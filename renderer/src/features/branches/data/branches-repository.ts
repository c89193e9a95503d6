import type { BranchRecord } from '../../../../../shared/branch/branch';
import type { MemberRecord } from '../../../../../shared/members/member';
import { branchDuesStanding, standingLaterInMonth, type BranchDuesRecords, type BranchDuesStanding } from '../../../../../shared/dues/branch-dues';
import { branchCompliance, MEETING_COUNTS_KEY, type BranchCompliance } from '../../../../../shared/meetings/compliance';
import type { MeetingReviewRecord } from '../../../../../shared/meetings/meeting-review';
import type { MeetingRecord } from '../../../../../shared/meetings/meeting-types';
import { periodOf } from '../../../../../shared/meetings/periods';
import type { RuleGroups } from '../../../../../shared/rules/rule-types';
import { excellentNotes, type ExcellentNoteEntry, type NoteConfirmationRecord } from '../../../../../shared/study/note-confirmation';
import type { LedgerDatabase } from '../../../db/database';
import { branchDuesRecords, countBranch, duesRulesKey, live } from '../../../db/branch-counts';
import { DerivedDatabase, type BranchCountsRow } from '../../../db/derived-db';
import { outsideLiveQuery } from '../../../db/kept-figures';
import { derivedDb, ledgerDb } from '../../../db/ledger-db';
import type { PeerRow, SyncPackageRow } from '../../../db/sync-rows';
import { listPeers } from '../../sync/data';

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
  /**
   * The month's dues standing is being made after the read (the first view of a new month at an
   * office of many branches): `dues` is undefined until it comes; the rest of the row is shown.
   */
  duesMaking?: boolean;
}

/**
 * A new month's dues standings of more branches than this are made after the overview's read, a
 * piece at a time, each piece kept as it is made: the screen shows the table at once and the
 * standings as they arrive (a city's 2,000 branches read every dues record: seconds). Fewer are
 * made within the read, as before.
 */
export const DUES_PIECE = 8;

/** A note marked excellent at its branch, named for the central office's list. */
export interface ExcellentNoteRow extends ExcellentNoteEntry {
  branchName: string;
  memberName: string;
}

/** Read-only views of the branches' records held on the central office PC. */
export function createBranchesRepository(db: LedgerDatabase, derived: DerivedDatabase = new DerivedDatabase(db.name)) {
  const members = (branchId: string) => live<MemberRecord>(db.members.where('branchId').equals(branchId).toArray());
  const meetings = (branchId: string) => live<MeetingRecord>(db.meetings.where('branchId').equals(branchId).toArray());

  /** The branch's dues records as its packages brought them, with the roster they belong to. */
  const dues = (branchId: string, roster?: MemberRecord[]): Promise<BranchDuesRecords> => branchDuesRecords(db, branchId, roster);

  /**
   * A branch's figures, made from its records only when a package of it was imported since
   * they were made (or under other rules): the central office changes a branch's records
   * only by importing, so the overview reads a few small rows instead of years of meetings.
   */
  async function countsOf(peer: PeerRow, kept: BranchCountsRow | undefined): Promise<{ row: BranchCountsRow; stale: boolean }> {
    if (kept && kept.receivedSeq === peer.receivedSeq && kept.meetings.rulesKey === MEETING_COUNTS_KEY) return { row: kept, stale: false };
    const row = await countBranch(db, peer.peerId, peer.receivedSeq);
    return { row, stale: true };
  }

  /**
   * Today's dues standing from the kept one: made by the import for its day, or earlier this month
   * under the same rules (a later day of the month redoes only its remittance reminder). Undefined
   * when it must be made from the dues records.
   */
  function keptStandingOf(counts: { row: BranchCountsRow; stale: boolean }, rules: Pick<RuleGroups, 'dues'>, rulesKey: string, today: string) {
    const kept = counts.row.dues;
    const later = !counts.stale && kept?.rulesKey === rulesKey ? standingLaterInMonth(kept.standing, kept.today, today, rules.dues) : undefined;
    if (!later) return undefined;
    if (kept!.today === today) return { standing: later, changed: false };
    counts.row = { ...counts.row, dues: { today, rulesKey, standing: later } };
    return { standing: later, changed: true };
  }

  /** Today's dues standing made from the branch's dues records and its kept organisational life. */
  async function standingFromRecords(row: BranchCountsRow, rules: Pick<RuleGroups, 'dues'>, today: string): Promise<BranchDuesStanding> {
    return branchDuesStanding(row.branchId, await dues(row.branchId), row.orgLife, today, rules.dues);
  }

  /** Standings being made after a read, by branch, day and rules: a live query run again meanwhile does not start them twice. */
  const makingDues = new Set<string>();
  /** A piece that failed: the next overview throws it, once, so the screen says so instead of waiting. */
  const duesFailures = new Map<string, Error>();

  /**
   * Makes the branches' standings outside the live query, DUES_PIECE at a time, each piece kept
   * in its branches' counts rows (unless a package of the branch came meanwhile: the import made
   * its standing). The overview reads those rows, so it runs again after each piece.
   */
  function makeStandingsLater(rows: BranchCountsRow[], rules: Pick<RuleGroups, 'dues'>, rulesKey: string, today: string, idOf: (branchId: string) => string) {
    const start = rows.filter((row) => !makingDues.has(idOf(row.branchId)));
    for (const row of start) makingDues.add(idOf(row.branchId));
    if (start.length === 0) return;
    outsideLiveQuery(async () => {
      for (let at = 0; at < start.length; at += DUES_PIECE) {
        const piece = start.slice(at, at + DUES_PIECE);
        const ids = piece.map((row) => row.branchId);
        try {
          const standings = await Promise.all(piece.map((row) => standingFromRecords(row, rules, today)));
          await derived.transaction('rw', derived.branchCounts, async () => {
            const now = await derived.branchCounts.bulkGet(ids);
            const kept = now.flatMap((row, index) => (row && row.receivedSeq === piece[index]!.receivedSeq ? [{ ...row, dues: { today, rulesKey, standing: standings[index]! } }] : []));
            await derived.branchCounts.bulkPut(kept);
          });
        } catch (error) {
          for (const row of start.slice(at)) {
            duesFailures.set(idOf(row.branchId), error instanceof Error ? error : new Error(String(error)));
            makingDues.delete(idOf(row.branchId));
          }
          // Wakes the overview for the failure: the piece's rows written again as they are.
          await derived.branchCounts.bulkPut((await derived.branchCounts.bulkGet(ids)).flatMap((row) => (row ? [row] : []))).catch(() => undefined);
          return;
        } finally {
          for (const id of ids) makingDues.delete(idOf(id));
        }
      }
    });
  }

  return {
    members,
    meetings,
    dues,

    branch: async (branchId: string): Promise<BranchRecord | undefined> => db.branches.get(branchId),

    /**
     * Every branch's 优秀学习笔记 of a year with the office's confirmations, waiting ones first.
     * Reads every notebook held (notes are not indexed by mark), so the screen asks only when shown.
     */
    async excellentNotes(year: number): Promise<ExcellentNoteRow[]> {
      const [notebooks, confirmations, branches] = await Promise.all([
        db.studyNotebooks.filter((book) => book.year === year).toArray(),
        db.noteConfirmations.toArray(),
        db.branches.toArray(),
      ]);
      const entries = excellentNotes(notebooks, new Map(confirmations.map((row): [string, NoteConfirmationRecord] => [row.id, row])), year);
      const people = await db.members.bulkGet([...new Set(entries.map((entry) => entry.memberId))]);
      const memberNames = new Map(people.flatMap((member) => (member ? [[member.id, member.name] as const] : [])));
      const branchNames = new Map(branches.map((branch) => [branch.id, branch.name]));
      return entries.map((entry) => ({ ...entry, branchName: branchNames.get(entry.branchId) ?? '', memberName: memberNames.get(entry.memberId) ?? '（名册中已无此人）' }));
    },

    reviews: (branchId: string) => live<MeetingReviewRecord>(db.meetingReviews.where('branchId').equals(branchId).toArray()),

    async overview(rules: Pick<RuleGroups, 'meetings' | 'dues'>, today: string): Promise<BranchOverview[]> {
      const peers = await listPeers(db);
      const ids = peers.map((peer) => peer.peerId);
      // Whole tables, each in one request: the office holds the branches of its peers. A get per branch was a
      // transaction each (400 for a city's 200 branches); a bulkGet is still a request, a success event and a
      // live-query range per key (a fifth of a loaded first visit's page thread at 200 branches, round 9).
      const [packages, branchRows, countRows] = await Promise.all([db.syncPackages.toArray(), db.branches.toArray(), derived.branchCounts.toArray()]);
      const branchOf = new Map(branchRows.map((row) => [row.id, row]));
      const countsOfBranch = new Map(countRows.map((row) => [row.branchId, row]));
      const branches = ids.map((id) => branchOf.get(id));
      const keptCounts = ids.map((id) => countsOfBranch.get(id));
      const packagesOf = new Map<string, SyncPackageRow[]>();
      for (const row of packages) (packagesOf.get(row.peerId) ?? packagesOf.set(row.peerId, []).get(row.peerId)!).push(row);
      const made: BranchCountsRow[] = [];
      // Once for every branch: the rules serialised (each branch's kept standing says which rules it was made with).
      const duesKey = duesRulesKey(rules.dues);
      const counted = await Promise.all(peers.map((peer, index) => countsOf(peer, keptCounts[index])));
      const kept = counted.map((counts, index) => (branches[index] ? keptStandingOf(counts, rules, duesKey, today) : undefined));
      // A new month (or new dues rules) at many branches whose counts are kept: their standings after the read.
      const toMake = counted.flatMap((counts, index) => (branches[index] && !kept[index] && !counts.stale ? [counts.row] : []));
      const later = new Set(toMake.length > DUES_PIECE ? toMake.map((row) => row.branchId) : []);
      if (later.size > 0) {
        const idOf = (branchId: string) => `${branchId}|${today}|${duesKey}`;
        for (const branchId of later) {
          const failed = duesFailures.get(idOf(branchId));
          if (failed) {
            duesFailures.delete(idOf(branchId));
            throw failed;
          }
        }
        makeStandingsLater(toMake, rules, duesKey, today, idOf);
      }
      const rows = await Promise.all(
        peers.map(async (peer, index) => {
          const branch = branches[index];
          const counts = counted[index]!;
          const making = later.has(peer.peerId);
          let received = kept[index];
          if (branch && !received && !making) {
            const standing = await standingFromRecords(counts.row, rules, today);
            counts.row = { ...counts.row, dues: { today, rulesKey: duesKey, standing } };
            received = { standing, changed: true };
          }
          if (counts.stale || received?.changed) made.push(counts.row);
          const own = packagesOf.get(peer.peerId) ?? [];
          const imported = own.filter((row) => row.status === 'imported').sort((a, b) => a.at.localeCompare(b.at));
          const row: BranchOverview = {
            peer,
            branch,
            lastImported: imported.at(-1),
            quarantined: own.filter((row) => row.status === 'quarantined'),
            memberCount: counts.row.memberCount,
            meetingCount: counts.row.meetingCount,
            compliance: branch ? branchCompliance({ branch, index: counts.row.meetings, rules: rules.meetings, period: periodOf('year', today), today }) : undefined,
            dues: received?.standing,
          };
          if (making) row.duesMaking = true;
          return row;
        }),
      );
      // Kept after the read, outside it: a live query may not write. Should it fail, they are made again next time.
      if (made.length > 0) setTimeout(() => void derived.branchCounts.bulkPut(made).catch(() => undefined), 0);
      return rows;
    },
  };
}

export type BranchesRepository = ReturnType<typeof createBranchesRepository>;

export const branchesRepository = createBranchesRepository(ledgerDb, derivedDb);
