import { useLiveQuery } from 'dexie-react-hooks';
import type { BranchRecord } from '../../../../shared/branch/branch';
import { useInstallation } from '../../core/installation/use-installation';
import { branchRepository, type BranchPatch } from './data/branch-repository';

/** The branch this PC keeps records for, re-read whenever it changes; undefined while loading. */
export function useOwnBranch(): BranchRecord | undefined {
  const { ownerId } = useInstallation();
  return useLiveQuery(() => branchRepository.getOwnBranch(ownerId), [ownerId]);
}

export function saveBranch(branchId: string, patch: BranchPatch): Promise<BranchRecord> {
  return branchRepository.updateBranch(branchId, patch);
}
