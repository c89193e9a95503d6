import { useEffect } from 'react';
import { useBackupStatus } from './backup-status';
import { useStorageStatus } from './storage-status';

/** Once the app is open: today's automatic backup, the request for persistent storage and the space left. */
export function useStartupTasks(): void {
  const runDaily = useBackupStatus((state) => state.runDaily);
  const check = useStorageStatus((state) => state.check);
  useEffect(() => {
    void check();
    // Read the space again once today's backup took its share.
    void runDaily().then(check);
  }, [check, runDaily]);
}
