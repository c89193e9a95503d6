import Dexie from 'dexie';
import { LedgerDatabase } from '../../renderer/src/db/database';
import { NATIONAL_RULE_SET } from '../../shared/rules/rule-set';
import { DATASET_TABLES, generateBranches, generateDataset, rowsOf, SCALES, type BranchData, type ScaleName } from '../../test/support/generator';
import { generateMember } from '../../test/support/generator/people';
import { createRandom } from '../../test/support/generator/random';
import { seedInstallation, writeBranchData, writeBranches } from '../../test/support/seed/seed-ledger';
import { emptyMeetingFacts } from '../../shared/meetings/meeting-facts';
import { complianceOfAll, overviewOfAll, overviewOfFacts, type BranchFactsInput, type BranchInput } from '../overview';
import { timed } from '../stats';
import { heapUsed, PeakHeap } from './heap';
import { freshLedgerDatabase, rawPutAll } from './raw-idb';
import { measureSync, type SyncOptions } from './sync-bench';

/**
 * The benchmark's page, on the app's origin. The Node side calls these one at a time
 * through page.evaluate and repeats them; each returns plain numbers.
 */

const APP_DATABASE = 'branch-ledger';
let data: BranchData[] = [];

function recordsOf(branches: readonly BranchData[]): number {
  return branches.reduce((sum, branch) => sum + DATASET_TABLES.reduce((count, table) => count + rowsOf(branch)[table].length, 0), 0);
}

/**
 * Rows a one-row-per-fact layout would store: every attendance entry, make-up, study note
 * and paid month on its own, besides the values that hold them.
 */
function logicalRecordsOf(branches: readonly BranchData[]): number {
  let embedded = 0;
  for (const branch of branches) {
    for (const meeting of branch.meetings) embedded += meeting.attendance.length + meeting.makeUps.length;
    for (const notebook of branch.studyNotebooks) embedded += Object.keys(notebook.notes).length;
    for (const payment of branch.duesPayments) embedded += payment.months.filter((month) => month !== null).length;
  }
  return recordsOf(branches) + embedded;
}

function year(today: string): number {
  return Number(today.slice(0, 4));
}

const api = {
  heapUsed,

  /** Holds a scale's records in memory, for the write and compliance measurements that follow. */
  async generate(scale: ScaleName, today: string) {
    data = [];
    const ms = await timed(() => {
      data = generateDataset(SCALES[scale], { today });
    });
    return { ms, records: recordsOf(data), logicalRecords: logicalRecordsOf(data), meetings: data.reduce((sum, branch) => sum + branch.meetings.length, 0) };
  },

  release() {
    data = [];
  },

  /** Baseline: raw IndexedDB, one transaction, put per record, the records ours writes. */
  async baselineWrite() {
    const name = 'bench-baseline';
    await freshLedgerDatabase(name);
    const rows = DATASET_TABLES.map((table) => [table, data.flatMap((branch) => rowsOf(branch)[table])] as const);
    const ms = await timed(() => rawPutAll(name, rows));
    await Dexie.delete(name);
    return { ms, records: recordsOf(data) };
  },

  /**
   * Ours: the seed writer through LedgerDatabase, `perTransaction` branches (packages) in
   * each transaction: one per branch, or batched, which saves a commit per package.
   */
  async ourWrite(perTransaction: number) {
    const name = 'bench-ours';
    await freshLedgerDatabase(name);
    const db = new LedgerDatabase(name);
    const heap = new PeakHeap();
    const before = heapUsed();
    const ms = await timed(async () => {
      for (let start = 0; start < data.length; start += perTransaction) {
        await writeBranches(db, data.slice(start, start + perTransaction));
        heap.sample();
      }
    });
    db.close();
    return { ms, records: recordsOf(data), peakHeap: heap.peak, heapBefore: before };
  },

  complianceMs(todayText: string) {
    const started = performance.now();
    complianceOfAll(data, NATIONAL_RULE_SET, year(todayText), todayText);
    return performance.now() - started;
  },

  overviewMs(todayText: string) {
    const started = performance.now();
    overviewOfAll(data, NATIONAL_RULE_SET, year(todayText), todayText);
    return performance.now() - started;
  },

  /**
   * The overview as a central office recounts it (db/branch-counts.ts): every branch's roster and
   * kept meeting facts read from IndexedDB first (one value per branch, round 7), then counted.
   * The rows are those of the records (overview-equivalence.test.ts).
   */
  async storedOverviewMs(todayText: string) {
    const db = new LedgerDatabase(APP_DATABASE);
    const started = performance.now();
    const branches = await db.branches.toArray();
    const inputs: BranchFactsInput[] = await Promise.all(
      branches.map(async (branch) => ({
        branch,
        members: await db.members.where('branchId').equals(branch.id).toArray(),
        facts: (await db.meetingFacts.get(branch.id)) ?? emptyMeetingFacts(branch.id),
      })),
    );
    overviewOfFacts(inputs, NATIONAL_RULE_SET, year(todayText), todayText);
    const ms = performance.now() - started;
    db.close();
    return ms;
  },

  /** The same from every branch's meetings read whole (what the recount read before round 7), for comparison. */
  async storedOverviewFromMeetingsMs(todayText: string) {
    const db = new LedgerDatabase(APP_DATABASE);
    const started = performance.now();
    const branches = await db.branches.toArray();
    const inputs: BranchInput[] = await Promise.all(
      branches.map(async (branch) => ({
        branch,
        members: await db.members.where('branchId').equals(branch.id).toArray(),
        meetings: await db.meetings.where('branchId').equals(branch.id).toArray(),
      })),
    );
    overviewOfAll(inputs, NATIONAL_RULE_SET, year(todayText), todayText);
    const ms = performance.now() - started;
    db.close();
    return ms;
  },

  /**
   * The app's own database filled with a scale, streamed: each branch generated, written
   * and dropped, so only one branch is in memory at a time.
   */
  async seedApp(scale: ScaleName, todayText: string, role: 'central' | 'branch') {
    data = [];
    await Dexie.delete(APP_DATABASE);
    const db = new LedgerDatabase(APP_DATABASE);
    const heap = new PeakHeap();
    let records = 0;
    let first: BranchData | undefined;
    const ms = await timed(async () => {
      for (const branch of generateBranches(SCALES[scale], { today: todayText })) {
        first ??= branch;
        records += await writeBranchData(db, branch);
        heap.sample();
      }
    });
    const owner = role === 'branch' ? first!.branch : undefined;
    await seedInstallation(
      db,
      { role, name: owner?.name ?? '市第一人民医院党委', parentOrganizationName: owner?.parentOrganizationName ?? '', ownerId: owner?.id ?? first!.branch.branchId },
      '组织科',
      `${todayText}T08:00:00.000Z`,
    );
    db.close();
    return { ms, records, peakHeap: heap.peak, retainedHeap: heap.retained };
  },

  /** Export, import (one by one, then by folder in groups) and re-import of a year of packages per branch, into the stored central office. */
  measureSync(todayText: string, runs: number, options: SyncOptions) {
    return measureSync(APP_DATABASE, todayText, runs, options);
  },

  /** The app's database emptied and set up as a central office holding nothing yet (the city arrives by package). */
  async emptyCentral(todayText: string) {
    await Dexie.delete(APP_DATABASE);
    await Dexie.delete(`${APP_DATABASE}-derived`);
    const db = new LedgerDatabase(APP_DATABASE);
    await seedInstallation(db, { role: 'central', name: '市卫生健康委党委', parentOrganizationName: '', ownerId: crypto.randomUUID() }, '组织科', `${todayText}T08:00:00.000Z`);
    db.close();
  },

  /** A branch PC holding one branch of `members` people over `years` years, as a secretary's PC after years of use. */
  async seedBranchPc(todayText: string, members: number, years: number) {
    await Dexie.delete(APP_DATABASE);
    const db = new LedgerDatabase(APP_DATABASE);
    const [branch] = generateDataset({ branches: 1, members, years }, { today: todayText, seed: 'branch-pc' });
    const records = await writeBranchData(db, branch!);
    const owner = branch!.branch;
    await seedInstallation(db, { role: 'branch', name: owner.name, parentOrganizationName: owner.parentOrganizationName, ownerId: owner.id }, '支部书记', owner.createdAt);
    db.close();
    return { records, meetings: branch!.meetings.length };
  },

  /** Makes this PC the branch PC of the first stored branch (or the central office again). */
  async setRole(role: 'central' | 'branch') {
    const db = new LedgerDatabase(APP_DATABASE);
    const installation = (await db.installation.get('this-pc'))!;
    const branch = role === 'branch' ? (await db.branches.toCollection().first())! : undefined;
    await db.installation.put({ ...installation, role, name: branch?.name ?? '市第一人民医院党委', ownerId: branch?.id ?? installation.ownerId });
    db.close();
  },

  /** One branch with `rows` members and `rows` meetings in the current year, for the list scrolls. */
  async seedLists(todayText: string, rows: number) {
    await Dexie.delete(APP_DATABASE);
    const db = new LedgerDatabase(APP_DATABASE);
    const [branch] = generateDataset({ branches: 1, members: 40, years: 1 }, { today: todayText, seed: 'lists' });
    const random = createRandom('lists/extra');
    const department = branch!.members[0]!.department;
    const extra = Array.from({ length: rows - branch!.members.length }, (_, index) => ({
      ...generateMember(random, 1000 + index, department, todayText),
      branchId: branch!.branch.id,
      createdAt: branch!.branch.createdAt,
      updatedAt: branch!.branch.createdAt,
      deleted: false,
      partyGroupId: '',
    }));
    const source = branch!.meetings;
    const meetings = Array.from({ length: rows }, (_, index) => ({ ...source[index % source.length]!, id: random.uuid() }));
    await writeBranchData(db, { ...branch!, members: [...branch!.members, ...extra], meetings });
    const owner = branch!.branch;
    await seedInstallation(db, { role: 'branch', name: owner.name, parentOrganizationName: owner.parentOrganizationName, ownerId: owner.id }, '支部书记', owner.createdAt);
    db.close();
    return { members: rows, meetings: rows };
  },
};

export type BenchApi = typeof api;
(window as unknown as { bench: BenchApi }).bench = api;
