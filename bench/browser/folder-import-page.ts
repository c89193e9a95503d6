import Dexie from 'dexie';
import { LedgerDatabase } from '../../renderer/src/db/database';
import { DerivedDatabase } from '../../renderer/src/db/derived-db';
import { importInGroups, previewFolder } from '../../renderer/src/features/sync/data/import-groups';
import { createPackageImporter, type ReadyPreview } from '../../renderer/src/features/sync/data/import-package';
import { createKeysRepository } from '../../renderer/src/features/sync/data/keys-repository';
import { DATASET_TABLES, generateBranches, rowsOf, type BranchData } from '../../test/support/generator';
import { seedInstallation } from '../../test/support/seed/seed-ledger';
import { branchPackage } from './sync-bench';
import { freshLedgerDatabase, rawPutAll } from './raw-idb';

/**
 * The page of the folder import A/B (bench/folder-import-ab.ts, BENCH_COMPARE with part `sync`).
 * This file is bundled against each tree's own import code (copied into the compared tree
 * first), so it uses only what both trees have: the folder previewed as the 各支部 screen does
 * (`previewFolder`), then applied in groups (`importInGroups`), as once 确认导入 is clicked.
 * The packages are each branch's first (sync-bench.ts `branchPackage`), as in the sync part.
 */

const APP = 'branch-ledger';
const PASSPHRASE = '基准测试备份口令2026';
let packages: { bytes: Uint8Array; fileName: string; records: number }[] = [];
let branches: BranchData[] = [];
let snapshot: [string, unknown[]][] = [];
let today = '';

type Importer = ReturnType<typeof createPackageImporter>;
type Files = { bytes: Uint8Array; fileName: string }[];
type Outcome = { split: string; previewMs: number; applyMs: number; failure?: string };

/** From the files to the last package written, previews included. */
async function folderImport(importer: Importer, files: Files): Promise<Outcome> {
  const names = files.map((file) => file.fileName);
  const read = async (index: number) => files[index]!.bytes;
  const started = performance.now();
  const pending: { ready: ReadyPreview; confirmMassDelete: boolean }[] = [];
  for (const preview of await previewFolder(importer, names, read)) {
    if (preview.status !== 'ready') return { split: '', previewMs: 0, applyMs: 0, failure: `${preview.fileName}: ${preview.status}` };
    pending.push({ ready: preview, confirmMassDelete: false });
  }
  const previewMs = performance.now() - started;
  const result = await importInGroups(importer, pending);
  const applyMs = performance.now() - started - previewMs;
  return { split: `previews ${(previewMs / 1000).toFixed(1)} s, applies ${(applyMs / 1000).toFixed(1)} s`, previewMs, applyMs, ...(result.firstFailure ? { failure: result.firstFailure.message } : {}) };
}

const api = {
  /** An empty central office that enrolled `count` branches, and each branch's branch-year package (`members` people in all). */
  async setup(todayText: string, count: number, members: number, seed: string, extraPeers = 0) {
    today = todayText;
    await Dexie.delete(APP);
    await Dexie.delete(`${APP}-derived`);
    const central = new LedgerDatabase(APP);
    const ownerId = '0d6f3c2e-5a1b-4c7d-9e8f-112233445566';
    await seedInstallation(central, { role: 'central', name: '市卫生健康委党委', parentOrganizationName: '', ownerId }, '组织科', `${today}T08:00:00.000Z`);
    await createKeysRepository(central).create(ownerId, PASSPHRASE);
    packages = [];
    branches = [];
    for (const data of generateBranches({ branches: count, members, years: 1 }, { today, seed })) {
      const { pkg } = await branchPackage(central, data, today, 1);
      packages.push({ bytes: pkg.bytes, fileName: pkg.fileName, records: Object.values(pkg.manifest.counts).reduce((sum, n) => sum + n, 0) });
      branches.push(data);
    }
    // Branches whose packages came before (the hospital's 150, the city's 2,000): their keys trusted here (public keys only; any valid set serves).
    const { publicKeys } = (await central.syncKeys.toArray()).find((row) => row.owner === 'self')!;
    await central.syncKeys.bulkPut(
      Array.from({ length: extraPeers }, (_, index) => {
        const keyId = `earlier-${index}`;
        return { keyId, owner: 'peer' as const, ownerId: crypto.randomUUID(), publicKeys: { ...publicKeys, keyId }, createdAt: `${today}T08:00:00.000Z` };
      }),
    );
    snapshot = await Promise.all(central.tables.map(async (table): Promise<[string, unknown[]]> => [table.name, await table.toArray()]));
    const keys = await central.syncKeys.count();
    central.close();
    return {
      packages: packages.length,
      records: packages.reduce((sum, item) => sum + item.records, 0),
      keys,
      flow: 'previewFolder, then importInGroups',
    };
  },

  /** The folder imported into the central office as setup left it. */
  async run() {
    await Dexie.delete(APP);
    await Dexie.delete(`${APP}-derived`);
    const db = new LedgerDatabase(APP);
    await db.transaction('rw', db.tables, () => Promise.all(snapshot.map(([name, rows]) => db.table(name).bulkPut(rows))));
    const derived = new DerivedDatabase(APP);
    const shift = new Date(`${today}T00:00:00`).getTime() - new Date().setHours(0, 0, 0, 0);
    const importer = createPackageImporter(db, () => new Date(Date.now() + shift), derived);
    const started = performance.now();
    const outcome = await folderImport(importer, packages);
    const ms = performance.now() - started;
    const stored = await db.meetings.count();
    db.close();
    derived.close();
    if (outcome.failure) throw new Error(outcome.failure);
    return { ms, split: outcome.split, previewMs: outcome.previewMs, applyMs: outcome.applyMs, records: packages.reduce((sum, item) => sum + item.records, 0), meetings: stored };
  },

  /** The raw-IndexedDB baseline over the same branches' rows: one transaction, a put per record. */
  async baseline() {
    const name = 'ab-baseline';
    await freshLedgerDatabase(name);
    const rows = DATASET_TABLES.map((table) => [table, branches.flatMap((branch) => rowsOf(branch)[table])] as const);
    const started = performance.now();
    await rawPutAll(name, rows);
    const ms = performance.now() - started;
    await Dexie.delete(name);
    return { ms, records: rows.reduce((sum, [, list]) => sum + list.length, 0) };
  },
};

export type FolderImportPageApi = typeof api;
(window as unknown as { bench: FolderImportPageApi }).bench = api;
