import Dexie from 'dexie';
import { LedgerDatabase } from '../../renderer/src/db/database';
import { DerivedDatabase } from '../../renderer/src/db/derived-db';
import { createBranchesRepository } from '../../renderer/src/features/branches/data/branches-repository';
import { createEnrolmentRepository } from '../../renderer/src/features/sync/data/enrolment-repository';
import { createPackageExporter } from '../../renderer/src/features/sync/data/export-package';
import { createPackageImporter } from '../../renderer/src/features/sync/data/import-package';
import { createKeysRepository } from '../../renderer/src/features/sync/data/keys-repository';
import { NATIONAL_RULE_SET } from '../../shared/rules/rule-set';
import { generateBranches, SCALES, type BranchData } from '../../test/support/generator';
import { seedInstallation, writeBranchData } from '../../test/support/seed/seed-ledger';
import { timedValue } from '../stats';
import { PeakHeap } from './heap';

/**
 * The sync figures through the app's own exporter and importer: each branch-year is
 * written on a branch PC of its own (a fresh database), enrolled by the central office,
 * exported as the branch's first package, then every package is imported into the
 * central office that already holds the hospital.
 */

const BRANCH_PC = 'bench-branch-pc';
const PASSPHRASE = '基准测试备份口令2026';
/** Another seed than the stored hospital's, so the packages bring branches the office does not hold yet. */
const PACKAGE_SEED = 'bench-packages';

export interface SyncFigures {
  packages: number;
  records: number;
  bytes: number;
  exportMs: number[];
  exportRecords: number;
  importMs: number[];
  importRecords: number[];
  reimportMs: number[];
  allImportMs: number;
  peakHeap: number;
  /** 各支部 over the imported branches: the first view (every branch counted from its records), then with the kept counts. */
  overviewFirstMs: number;
  overviewKeptMs: number[];
}

function recordsIn(counts: Record<string, number>): number {
  return Object.values(counts).reduce((sum, count) => sum + count, 0);
}

/** A branch PC holding one branch-year, enrolled by `central`, with its first package built `exportRuns` times. */
async function branchPackage(central: LedgerDatabase, data: BranchData, today: string, exportRuns: number) {
  await Dexie.delete(BRANCH_PC);
  const db = new LedgerDatabase(BRANCH_PC);
  try {
    const { branch } = data;
    await seedInstallation(db, { role: 'branch', name: branch.name, parentOrganizationName: branch.parentOrganizationName, ownerId: branch.id }, '支部书记', `${today}T08:00:00.000Z`);
    await writeBranchData(db, data);
    const file = await createEnrolmentRepository(central).enrolBranch(branch.name);
    const enrolments = createEnrolmentRepository(db);
    await enrolments.acceptEnrolment((await enrolments.readEnrolment(file.bytes)).enrolment, PASSPHRASE);
    const exporter = createPackageExporter(db);
    const exportMs: number[] = [];
    let pkg = (await timedValue(() => exporter.branchReport())).value;
    for (let run = 1; run < exportRuns; run += 1) {
      const measured = await timedValue(() => exporter.branchReport());
      exportMs.push(measured.ms);
      pkg = measured.value;
    }
    return { pkg, exportMs };
  } finally {
    db.close();
    await Dexie.delete(BRANCH_PC);
  }
}

/**
 * `central` names the app database holding the hospital, set up as the central office.
 * The first package's export is repeated `runs` times (the first, which warms the code,
 * is not counted); the re-import of a seen package `runs` times.
 */
export async function measureSync(centralName: string, today: string, runs: number, branches: number = SCALES.hospital.branches): Promise<SyncFigures> {
  const central = new LedgerDatabase(centralName);
  const heap = new PeakHeap();
  try {
    const installation = (await central.installation.get('this-pc'))!;
    const keys = createKeysRepository(central);
    if (!(await keys.ownKeys())) await keys.create(installation.ownerId, PASSPHRASE);

    const packages: { bytes: Uint8Array; fileName: string; records: number }[] = [];
    let exportMs: number[] = [];
    let exportRecords = 0;
    // The hospital's branches at its members per branch, one year each.
    const spec = { branches, members: Math.round((SCALES.hospital.members / SCALES.hospital.branches) * branches), years: 1 };
    for (const data of generateBranches(spec, { today, seed: PACKAGE_SEED })) {
      const first = packages.length === 0;
      const { pkg, exportMs: measured } = await branchPackage(central, data, today, first ? runs + 1 : 1);
      if (first) {
        exportMs = measured;
        exportRecords = recordsIn(pkg.manifest.counts);
      }
      packages.push({ bytes: pkg.bytes, fileName: pkg.fileName, records: recordsIn(pkg.manifest.counts) });
    }

    // Each package imported as the 数据交换 screen does: preview (decrypt, verify, plan), then apply in one transaction.
    const importer = createPackageImporter(central);
    const importMs: number[] = [];
    for (const item of packages) {
      const { ms, value } = await timedValue(async () => {
        const preview = await importer.preview(item.bytes, item.fileName);
        if (preview.status !== 'ready') throw new Error(`package ${item.fileName} not ready: ${preview.status}`);
        return importer.apply(preview);
      });
      if (value.status !== 'imported') throw new Error(`package ${item.fileName} not imported: ${value.message}`);
      importMs.push(ms);
      heap.sample();
    }

    const reimportMs: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const { ms, value } = await timedValue(() => importer.preview(packages[0]!.bytes, packages[0]!.fileName));
      if (value.status !== 'replay') throw new Error(`a seen package was not recognised: ${value.status}`);
      reimportMs.push(ms);
    }

    const derived = new DerivedDatabase(centralName);
    await derived.branchCounts.clear();
    const overviews = createBranchesRepository(central, derived);
    const rules = NATIONAL_RULE_SET.rules;
    const first = await timedValue(() => overviews.overview(rules, today));
    // The counts are kept just after the first view returns.
    while ((await derived.branchCounts.count()) < first.value.length) await new Promise((resolve) => setTimeout(resolve, 50));
    const overviewKeptMs: number[] = [];
    for (let run = 0; run < runs; run += 1) overviewKeptMs.push((await timedValue(() => overviews.overview(rules, today))).ms);
    derived.close();

    return {
      overviewFirstMs: first.ms,
      overviewKeptMs,
      packages: packages.length,
      records: packages.reduce((sum, item) => sum + item.records, 0),
      bytes: packages.reduce((sum, item) => sum + item.bytes.length, 0),
      exportMs,
      exportRecords,
      importMs,
      importRecords: packages.map((item) => item.records),
      reimportMs,
      allImportMs: importMs.reduce((sum, ms) => sum + ms, 0),
      peakHeap: heap.peak,
    };
  } finally {
    central.close();
  }
}
