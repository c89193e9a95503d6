import { useStorageStatus } from './storage-status';

/** The low-disk warning once the storage check found one; null before the check and while there is room. */
export function useStorageWarning(): string | null {
  return useStorageStatus((state) => state.warning);
}
