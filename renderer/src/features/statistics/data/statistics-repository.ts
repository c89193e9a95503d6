import type { Table } from 'dexie';
import type { BranchRecord } from '../../../../../shared/branch/branch';
import type { BranchStatRecords, StatScope } from '../../../../../shared/statistics/stat-input';
import { filterStatTable, type StatRefKind, type StatRow, type StatTable } from '../../../../../shared/statistics/stat-table';
import { STAT_TABLE_IDS, statTable, todayDependence, type StatTableId } from '../../../../../shared/statistics/statistics';
import type { LedgerDatabase } from '../../../db/database';
import { DerivedDatabase } from '../../../db/derived-db';
import { fingerprint, keptFigures, keptFiguresInPieces, type KeptFiguresRequest } from '../../../db/kept-figures';
import { derivedDb, ledgerDb } from '../../../db/ledger-db';

const live = <T extends { deleted: boolean }>(rows: T[]): T[] => rows.filter((row) => !row.deleted);

/** The records a trace list names: every branch, and the members, meetings (and talks, in 谈心谈话's cells) and remittances of the cell. */
export interface TraceSource {
  branches: readonly BranchRecord[];
  members: readonly BranchStatRecords['members'][number][];
  meetings: readonly BranchStatRecords['meetings'][number][];
  talks: readonly BranchStatRecords['talks'][number][];
  remittances: readonly BranchStatRecords['duesRemittances'][number][];
}

/**
 * What a table's kept rows were made under besides the period (in the slot): the day stocks are
 * counted on, what of today the tables read (not the date itself: last month's rows made
 * yesterday are today's too), the rules.
 */
function scopeKey(scope: StatScope): string {
  return `${scope.asOf}|${todayDependence(scope)}|${fingerprint([scope.ruleSet, scope.calendar])}`;
}

/**
 * The records the statistics are counted from, a set per branch: on a branch PC its own
 * branch, at the central office every branch its packages brought. A table's rows are kept
 * per branch (kept-figures.ts) until the branch's records move, so the office's screen reads
 * 150 small rows instead of five years of every branch's records.
 */
export function createStatisticsRepository(db: LedgerDatabase, derived: DerivedDatabase = new DerivedDatabase(db.name)) {
  const branches = async (): Promise<BranchRecord[]> => live(await db.branches.toArray()).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));

  /** One branch's records as the tables count them (members and dues records as stored, deleted ones included; meetings, notebooks, talks and 民主评议 live). */
  async function recordsOf(branch: BranchRecord): Promise<BranchStatRecords> {
    const of = <T,>(table: Table<T, string>) => table.where('branchId').equals(branch.id).toArray();
    const tables = [db.members, db.meetings, db.studyNotebooks, db.duesBases, db.duesPayments, db.duesRemittances, db.memberAppraisals, db.talks];
    // One explicit transaction: inside a live query, Dexie's query cache deep-copies every result read outside one.
    const [members, meetings, notebooks, duesBases, duesPayments, duesRemittances, appraisals, talks] = await db.transaction('r', tables, () =>
      Promise.all([of(db.members), of(db.meetings), of(db.studyNotebooks), of(db.duesBases), of(db.duesPayments), of(db.duesRemittances), of(db.memberAppraisals), of(db.talks)]),
    );
    return { branch, members, meetings: live(meetings), notebooks: live(notebooks), duesBases, duesPayments, duesRemittances, appraisals: live(appraisals), talks: live(talks) };
  }

  /**
   * A table's kept rows per period, apart for stocks counted on the period's last day and on
   * another day. While a year runs, its view counts stocks today and the year-end report
   * (党内统计年报) on 12-31: under one slot each replaced the other's rows, so the export made
   * every branch's tables for each of its eight, and the screen, woken by the rows it stored,
   * made its own again in between (minutes at the hospital).
   */
  const slotOf = (id: StatTableId, scope: StatScope) => `stat:${id}:${scope.period.key}${scope.asOf === scope.period.end ? '' : ':asOf'}`;

  /** A table's rows kept per branch; the missing ones made from the branch's records, with every other table's row of it. */
  function rowsRequest(id: StatTableId, scope: StatScope, listed: readonly BranchRecord[]): KeptFiguresRequest<StatRow> {
    return {
      slot: slotOf(id, scope),
      scope: scopeKey(scope),
      branchIds: listed.map((branch) => branch.id),
      // Every table's row of the branch from one read of its records: the other tabs are then kept too.
      make: async (branchId, keep) => {
        const records = [await recordsOf(listed.find((branch) => branch.id === branchId)!)];
        for (const other of STAT_TABLE_IDS) if (other !== id) keep(slotOf(other, scope), statTable(other, records, scope).rows[0]);
        return statTable(id, records, scope).rows[0];
      },
    };
  }

  /** The table as counted from every branch at once: its heading and columns from the scope, its total made from the rows. */
  function tableOf(id: StatTableId, scope: StatScope, listed: readonly BranchRecord[], rows: Map<string, StatRow>): StatTable {
    const ordered = listed.flatMap((branch) => rows.get(branch.id) ?? []);
    return filterStatTable({ ...statTable(id, [], scope), rows: ordered }, new Set(ordered.map((row) => row.key)));
  }

  async function table(id: StatTableId, scope: StatScope): Promise<StatTable> {
    const listed = await branches();
    return tableOf(id, scope, listed, await keptFigures<StatRow>(db, derived, rowsRequest(id, scope, listed)));
  }

  return {
    branches,

    /** Every branch's records, read in one transaction so they never mix records from before and after an import. */
    async branchRecords(): Promise<BranchStatRecords[]> {
      const tables = [db.branches, db.members, db.meetings, db.studyNotebooks, db.duesBases, db.duesPayments, db.duesRemittances, db.memberAppraisals, db.talks];
      return db.transaction('r', tables, async () => Promise.all((await branches()).map(recordsOf)));
    },

    /**
     * This PC's own branch's records (a branch PC's: the screens that draft from them, 组织生活月报
     * and 计划总结, show that branch only), in one transaction; null when the branch is not filled in.
     * Not every branch the database holds: a branch PC may hold others' records as well.
     */
    async ownRecords(branchId: string): Promise<BranchStatRecords | null> {
      const tables = [db.branches, db.members, db.meetings, db.studyNotebooks, db.duesBases, db.duesPayments, db.duesRemittances, db.memberAppraisals, db.talks];
      return db.transaction('r', tables, async () => {
        const branch = await db.branches.get(branchId);
        return branch && !branch.deleted ? recordsOf(branch) : null;
      });
    },

    /** One table for the scope, a row per branch, from the rows kept of each branch. */
    table,

    /**
     * The screen's table: the kept rows at once, the missing ones made after, a few branches at a
     * time (kept-figures.ts); while some are (`making`) the table is not given, its rows would be partial.
     */
    async tableInPieces(id: StatTableId, scope: StatScope): Promise<{ table?: StatTable; making?: { pending: number; of: number } }> {
      const listed = await branches();
      const { figures, pending, of } = await keptFiguresInPieces<StatRow>(db, derived, rowsRequest(id, scope, listed));
      return pending > 0 ? { making: { pending, of } } : { table: tableOf(id, scope, listed, figures) };
    },

    /** Every table, in the order the report prints them; one after another, as the first makes the rows of all. */
    async tables(scope: StatScope): Promise<StatTable[]> {
      const all: StatTable[] = [];
      for (const id of STAT_TABLE_IDS) all.push(await table(id, scope));
      return all;
    },

    /** The records a cell's ids name, for its trace list. */
    async traceSource(kind: StatRefKind, ids: readonly string[]): Promise<TraceSource> {
      const wanted = (of: StatRefKind) => (kind === of ? [...new Set(ids)] : []);
      const present = <T>(rows: (T | undefined)[]): T[] => rows.filter((row): row is T => row !== undefined);
      const [all, members, meetings, talks, remittances] = await Promise.all([
        db.branches.toArray(),
        db.members.bulkGet(wanted('member')),
        db.meetings.bulkGet(wanted('meeting')),
        // 谈心谈话's 按期 cell names talk records among the meetings.
        db.talks.bulkGet(wanted('meeting')),
        db.duesRemittances.bulkGet(wanted('remittance')),
      ]);
      return { branches: live(all), members: present(members), meetings: present(meetings), talks: present(talks), remittances: present(remittances) };
    },
  };
}

export const statisticsRepository = createStatisticsRepository(ledgerDb, derivedDb);
