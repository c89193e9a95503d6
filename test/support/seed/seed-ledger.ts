import { auditEntryFor, type AuditEntry } from '../../../shared/audit/audit';
import type { InstallationRole } from '../../../shared/setup/installation';
import type { AuditedTableName, LedgerDatabase } from '../../../renderer/src/db/database';
import { DATASET_TABLES, rowsOf, type BranchData } from '../generator';

/** Who the audit log names as the author of seeded records. */
export const SEED_ACTOR = '演示数据';

export interface SeedInstallation {
  role: InstallationRole;
  name: string;
  parentOrganizationName: string;
  ownerId: string;
}

/** What the first-run wizard stores, so the app opens straight onto 首页. */
export async function seedInstallation(db: LedgerDatabase, installation: SeedInstallation, operatorName: string, setupAt: string): Promise<void> {
  await db.transaction('rw', db.installation, db.preferences, async () => {
    await db.installation.put({ key: 'this-pc', ...installation, setupAt });
    await db.preferences.put({ key: 'operatorName', value: operatorName });
  });
}

function creationEntries(data: BranchData): AuditEntry[] {
  const rows = rowsOf(data);
  return DATASET_TABLES.flatMap((table) =>
    (rows[table] as never[]).map((after) => auditEntryFor({ table: table as AuditedTableName, action: 'create', after, actor: SEED_ACTOR })),
  );
}

/**
 * Branches' records into the app's database in one transaction, every store at once
 * (bulkPut keeps the generated ids, which members and meetings refer to each other by).
 * With `audit`, each record gets its 'create' entry, as the app's repositories would write.
 */
export async function writeBranches(db: LedgerDatabase, branches: readonly BranchData[], { audit = false }: { audit?: boolean } = {}): Promise<number> {
  const rows = DATASET_TABLES.map((name) => [name, branches.flatMap((data) => rowsOf(data)[name] as object[])] as const);
  const entries = audit ? branches.flatMap(creationEntries) : [];
  await db.transaction('rw', [...DATASET_TABLES.map((name) => db.table(name)), db.auditLog], async () => {
    // Issued together: IndexedDB queues them in the one transaction without waiting in between.
    await Promise.all([...rows.map(([name, records]) => db.table(name).bulkPut(records)), entries.length ? db.auditLog.bulkPut(entries) : undefined]);
  });
  return rows.reduce((sum, [, records]) => sum + records.length, 0) + entries.length;
}

/** One branch, as one package would bring it. */
export function writeBranchData(db: LedgerDatabase, data: BranchData, options: { audit?: boolean } = {}): Promise<number> {
  return writeBranches(db, [data], options);
}
