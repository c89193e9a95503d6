import { create } from 'zustand';
import { getPlatform } from '../../platform';
import { listAutoBackups, runDailyBackup, type LocalBackupInfo } from './data/auto-backup';
import { backupRepository } from './data/backup-repository';
import { dailyRunner } from './daily-runner';

export type DailyBackupState =
  | { status: 'idle' | 'running' }
  | { status: 'made'; name: string; encrypted: boolean }
  | { status: 'not-due' }
  | { status: 'no-data' }
  | { status: 'failed'; message: string };

interface BackupStatus {
  daily: DailyBackupState;
  /** The automatic backups kept, oldest first; undefined until read. */
  kept?: LocalBackupInfo[];
  location?: string;
  refresh(): Promise<void>;
  /** Once per start of the app (a second call does nothing), unless the last found no data yet to back up (daily-runner.ts). */
  runDaily(): Promise<void>;
}

/** After the first screen is up: a large database's backup should not slow the start. */
export const DAILY_BACKUP_DELAY_MS = 3000;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const useBackupStatus = create<BackupStatus>((set, get) => {
  const runDailyOnce = dailyRunner(async (): Promise<DailyBackupState> => {
    set({ daily: { status: 'running' } });
    await pause(DAILY_BACKUP_DELAY_MS);
    let daily: DailyBackupState;
    try {
      const result = await runDailyBackup(backupRepository, getPlatform().localBackups);
      daily = result.status === 'made' ? { status: 'made', name: result.name, encrypted: result.backup.summary.encrypted } : { status: result.status };
    } catch (error) {
      daily = { status: 'failed', message: `今天的自动备份没有完成：${(error as Error).message}` };
    }
    set({ daily });
    await get().refresh();
    return daily;
  });
  return {
    daily: { status: 'idle' },
    async refresh() {
      const store = getPlatform().localBackups;
      try {
        set({ kept: await listAutoBackups(store), location: await store.location() });
      } catch (error) {
        set({ kept: [], location: `无法读取自动备份：${(error as Error).message}` });
      }
    },
    async runDaily() {
      await runDailyOnce();
    },
  };
});
