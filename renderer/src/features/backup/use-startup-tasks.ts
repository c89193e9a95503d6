import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { useBackupStatus } from './backup-status';
import { backupRepository } from './data/backup-repository';
import { useStorageStatus } from './storage-status';

/**
 * Once the app is open: today's automatic backup, the request for persistent storage and
 * the space left. On a fresh install the backup waits for the first data (a roster
 * import, a first member), watched live, and is then taken at once; still one a day.
 */
export function useStartupTasks(): void {
  const runDaily = useBackupStatus((state) => state.runDaily);
  const check = useStorageStatus((state) => state.check);
  const hasData = useLiveQuery(() => backupRepository.hasData(), []);
  useEffect(() => {
    void check();
  }, [check]);
  useEffect(() => {
    // Read the space again once today's backup took its share.
    if (hasData !== undefined) void runDaily().then(check);
  }, [hasData, check, runDaily]);
}

/** The startup tasks as a component, so the shell can load their code after its first screen. */
export function StartupTasks(): null {
  useStartupTasks();
  return null;
}
