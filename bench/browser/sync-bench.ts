import Dexie from 'dexie';
import { LedgerDatabase } from '../../renderer/src/db/database';
import { DerivedDatabase } from '../../renderer/src/db/derived-db';
import { createBranchesRepository } from '../../renderer/src/features/branches/data/branches-repository';
import { createEnrolmentRepository } from '../../renderer/src/features/sync/data/enrolment-repository';
import { createPackageExporter } from '../../renderer/src/features/sync/data/export-package';
import { importInGroups, previewFolder } from '../../renderer/src/features/sync/data/import-groups';
import { createPackageImporter } from '../../renderer/src/features/sync/data/import-package';
import { createKeysRepository } from '../../renderer/src/features/sync/data/keys-repository';
import { NATIONAL_RULE_SET } from '../../shared/rules/rule-set';
import { generateBranches, type BranchData, type ScaleSpec } from '../../test/support/generator';
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
  /** Preview + apply of each of the first `serial` packages, one transaction each (as a single file is imported). */
  importMs: number[];
  serialRecords: number;
  reimportMs: number[];
  /** The other packages, a folder at a time: previewed as the screen does (previewFolder), then applied in groups (importInGroups). */
  groupedMs: number;
  /** Of groupedMs: the previews (decrypt, verify, plan) and the grouped applies (writes, kept counts). */
  groupedPreviewMs: number;
  groupedApplyMs: number;
  groupedRecords: number;
  groupedPackages: number;
  peakHeap: number;
  /** 各支部 over every branch: first view after the import (counts made by the import), later views, and counted again from the records. */
  overviewFirstMs: number;
  overviewKeptMs: number[];
  overviewRecountMs: number;
}

export interface SyncOptions {
  /** Branches, members and years of the packages (one package per branch). */
  spec: ScaleSpec;
  /** How many packages are imported one by one before the rest goes by folder. */
  serial: number;
  /** Packages made and imported at a time (a folder): only these are held in memory. */
  folder: number;
}

function recordsIn(counts: Record<string, number>): number {
  return Object.values(counts).reduce((sum, count) => sum + count, 0);
}

/** A branch PC holding one branch-year, enrolled by `central`, with its first package built `exportRuns` times. */
export async function branchPackage(central: LedgerDatabase, data: BranchData, today: string, exportRuns: number) {
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
export async function measureSync(centralName: string, today: string, runs: number, options: SyncOptions): Promise<SyncFigures> {
  const central = new LedgerDatabase(centralName);
  const heap = new PeakHeap();
  try {
    const installation = (await central.installation.get('this-pc'))!;
    const keys = createKeysRepository(central);
    if (!(await keys.ownKeys())) await keys.create(installation.ownerId, PASSPHRASE);
    const derived = new DerivedDatabase(centralName);
    // The office imports on the day it then views 各支部 (the bench's today): the import makes that day's dues standing.
    const shift = new Date(`${today}T00:00:00`).getTime() - new Date().setHours(0, 0, 0, 0);
    const importer = createPackageImporter(central, () => new Date(Date.now() + shift), derived);

    let packages = 0;
    let bytes = 0;
    let exportMs: number[] = [];
    let exportRecords = 0;
    const importMs: number[] = [];
    let serialRecords = 0;
    let groupedMs = 0;
    let groupedPreviewMs = 0;
    let groupedApplyMs = 0;
    let groupedRecords = 0;
    let firstPackage: { bytes: Uint8Array; fileName: string } | undefined;
    let folder: { bytes: Uint8Array; fileName: string; records: number }[] = [];

    /** A folder of packages as the 数据交换 screen imports it: every one previewed, then applied in groups. */
    async function importFolder() {
      const { ms } = await timedValue(async () => {
        const pending = [];
        const previewed = performance.now();
        // As the screen previews a folder: a few at a time, the key store read once.
        const previews = await previewFolder(importer, folder.map((item) => item.fileName), async (index) => folder[index]!.bytes);
        for (const preview of previews) {
          if (preview.status !== 'ready') throw new Error(`package ${preview.fileName} not ready: ${preview.status}`);
          pending.push({ ready: preview, confirmMassDelete: false });
        }
        const applied = performance.now();
        groupedPreviewMs += applied - previewed;
        const result = await importInGroups(importer, pending);
        groupedApplyMs += performance.now() - applied;
        if (result.firstFailure) throw new Error(`package ${result.firstFailure.fileName} not imported: ${result.firstFailure.message}`);
      });
      heap.sample();
      groupedMs += ms;
      groupedRecords += folder.reduce((sum, item) => sum + item.records, 0);
      folder = [];
    }

    for (const data of generateBranches(options.spec, { today, seed: PACKAGE_SEED })) {
      const first = packages === 0;
      const { pkg, exportMs: measured } = await branchPackage(central, data, today, first ? runs + 1 : 1);
      const records = recordsIn(pkg.manifest.counts);
      if (first) {
        exportMs = measured;
        exportRecords = records;
        firstPackage = { bytes: pkg.bytes, fileName: pkg.fileName };
      }
      packages += 1;
      bytes += pkg.bytes.length;
      if (packages <= options.serial) {
        // Imported as a single file is: preview (decrypt, verify, plan), then apply in one transaction.
        const { ms, value } = await timedValue(async () => {
          const preview = await importer.preview(pkg.bytes, pkg.fileName);
          if (preview.status !== 'ready') throw new Error(`package ${pkg.fileName} not ready: ${preview.status}`);
          return importer.apply(preview);
        });
        if (value.status !== 'imported') throw new Error(`package ${pkg.fileName} not imported: ${value.message}`);
        importMs.push(ms);
        serialRecords += records;
        heap.sample();
      } else {
        folder.push({ bytes: pkg.bytes, fileName: pkg.fileName, records });
        if (folder.length >= options.folder) await importFolder();
      }
    }
    if (folder.length > 0) await importFolder();

    const reimportMs: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const { ms, value } = await timedValue(() => importer.preview(firstPackage!.bytes, firstPackage!.fileName));
      if (value.status !== 'replay') throw new Error(`a seen package was not recognised: ${value.status}`);
      reimportMs.push(ms);
    }

    const overviews = createBranchesRepository(central, derived);
    const rules = NATIONAL_RULE_SET.rules;
    const keptCounts = async (expected: number) => {
      // The dues standing the first view makes is kept just after it returns.
      while ((await derived.branchCounts.filter((row) => row.dues !== undefined).count()) < expected) await new Promise((resolve) => setTimeout(resolve, 50));
    };
    const first = await timedValue(() => overviews.overview(rules, today));
    const withBranch = first.value.filter((row) => row.branch).length;
    await keptCounts(withBranch);
    const overviewKeptMs: number[] = [];
    for (let run = 0; run < runs; run += 1) overviewKeptMs.push((await timedValue(() => overviews.overview(rules, today))).ms);
    await derived.branchCounts.clear();
    const recount = await timedValue(() => overviews.overview(rules, today));
    await keptCounts(withBranch);
    derived.close();

    return {
      packages,
      records: serialRecords + groupedRecords,
      bytes,
      exportMs,
      exportRecords,
      importMs,
      serialRecords,
      reimportMs,
      groupedMs,
      groupedPreviewMs,
      groupedApplyMs,
      groupedRecords,
      groupedPackages: packages - importMs.length,
      peakHeap: heap.peak,
      overviewFirstMs: first.ms,
      overviewKeptMs,
      overviewRecountMs: recount.ms,
    };
  } finally {
    central.close();
  }
}
