import { BACKUP_EXTENSION } from '../../../../../shared/backup/backup-file';
import { isBackupDue, localTimeOf, planRetention, type StoredBackup } from '../../../../../shared/backup/retention';
import type { LocalBackupEntry, LocalBackupStore } from '../../../platform/platform';
import type { BackupRepository, MadeBackup } from './backup-repository';

/**
 * The automatic local backups: one on the first start of each day, and one just before a
 * restore overwrites everything (so a restore can be undone). Named by local wall time,
 * auto-2026-12-02T09-05-00.zbbak, which sorts by time and is what the retention reads.
 */

const AUTO_PREFIX = 'auto-';
const NAME = /^auto-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})(?:-[a-z-]+)?\.zbbak$/;

export function autoBackupName(date: Date, reason?: 'before-restore'): string {
  return `${AUTO_PREFIX}${localTimeOf(date).replace(/:/g, '-')}${reason ? `-${reason}` : ''}.${BACKUP_EXTENSION}`;
}

/** The local wall time in an automatic backup's name, or null for any other file. */
export function localTimeOfName(name: string): string | null {
  const match = NAME.exec(name);
  return match ? `${match[1]}T${match[2]}:${match[3]}:${match[4]}` : null;
}

export interface LocalBackupInfo extends LocalBackupEntry {
  /** Local wall time, from the name. */
  localTime: string;
  beforeRestore: boolean;
}

export async function listAutoBackups(store: LocalBackupStore): Promise<LocalBackupInfo[]> {
  return (await store.list()).flatMap((entry) => {
    const localTime = localTimeOfName(entry.name);
    return localTime ? [{ ...entry, localTime, beforeRestore: entry.name.includes('-before-restore') }] : [];
  });
}

export type DailyBackupResult = { status: 'made'; name: string; backup: MadeBackup; removed: string[] } | { status: 'not-due' } | { status: 'no-data' };

async function writeAndPrune(repository: BackupRepository, store: LocalBackupStore, existing: LocalBackupInfo[], now: Date, name: string): Promise<{ backup: MadeBackup; removed: string[] }> {
  const backup = await repository.make();
  await store.write(name, backup.bytes);
  const stored: StoredBackup[] = [...existing.map((entry) => ({ id: entry.name, localTime: entry.localTime })), { id: name, localTime: localTimeOf(now) }];
  const { remove } = planRetention(stored, localTimeOf(now));
  // Only after the new one is written: a failed write never costs an old backup.
  for (const old of remove) await store.remove(old);
  return { backup, removed: remove };
}

/**
 * Today's automatic backup, unless one was made today already, or nothing has been
 * recorded yet (a fresh install: the first backup is taken once the first data is in);
 * then the retention.
 */
export async function runDailyBackup(repository: BackupRepository, store: LocalBackupStore, clock: () => Date = () => new Date()): Promise<DailyBackupResult> {
  if (!(await repository.hasData())) return { status: 'no-data' };
  const now = clock();
  const existing = await listAutoBackups(store);
  if (!isBackupDue(existing.map((entry) => ({ id: entry.name, localTime: entry.localTime })), localTimeOf(now))) return { status: 'not-due' };
  const name = autoBackupName(now);
  return { status: 'made', name, ...(await writeAndPrune(repository, store, existing, now, name)) };
}

/** A backup of everything as it is now, kept among the automatic ones, before a restore replaces it. */
export async function backupBeforeRestore(repository: BackupRepository, store: LocalBackupStore, clock: () => Date = () => new Date()): Promise<string> {
  const now = clock();
  const name = autoBackupName(now, 'before-restore');
  await writeAndPrune(repository, store, await listAutoBackups(store), now, name);
  return name;
}
