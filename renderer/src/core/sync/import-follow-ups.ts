import type { InstallationRow, LedgerDatabase } from '../../db/database';

/**
 * Work an area does on the records a package brought, once the package is applied: e.g. a
 * branch carries out the central office's transfer orders on its own member records. It
 * writes through the area's audited repositories, in its own transaction, and is safe to
 * run again (it does only what is not done yet). Returns what it did, in Chinese, or ''.
 */
export type ImportFollowUp = (db: LedgerDatabase, installation: Pick<InstallationRow, 'role' | 'ownerId'>) => Promise<string>;

const followUps: ImportFollowUp[] = [];

/** Registered once per area at startup (app/import-follow-ups.ts), so that 数据交换 imports no area. */
export function registerImportFollowUp(followUp: ImportFollowUp): void {
  if (!followUps.includes(followUp)) followUps.push(followUp);
}

/**
 * Runs every follow-up after an import. The package itself is stored already, so a
 * follow-up that fails is reported, not thrown: it runs again after the next import.
 */
export async function runImportFollowUps(db: LedgerDatabase, installation: Pick<InstallationRow, 'role' | 'ownerId'>): Promise<string> {
  const said: string[] = [];
  for (const followUp of followUps) {
    try {
      const note = await followUp(db, installation);
      if (note) said.push(note);
    } catch (error) {
      said.push(`导入后的自动办理未完成（${(error as Error).message}），将在下次导入时重试。`);
    }
  }
  return said.join('');
}
