import type { BranchRecord } from '../../../../../shared/branch/branch';
import type { RecordInput } from '../../../../../shared/records/base-record';
import type { LedgerDatabase } from '../../../db/database';
import { ledgerDb } from '../../../db/ledger-db';
import { RecordNotFoundError, createRecordRepository, type RecordRepositoryOptions } from '../../../db/record-repository';
import { withOperator } from '../../../core/preferences/preferences-repository';

export type BranchPatch = Partial<RecordInput<BranchRecord>>;

export function createBranchRepository(db: LedgerDatabase, options?: Partial<RecordRepositoryOptions>) {
  const records = createRecordRepository(db, 'branches', withOperator(db, options));

  return {
    /**
     * The branch this PC keeps records for (a branch owns itself: its id is its branchId).
     * Setup creates it, so its absence is an error rather than an empty state.
     */
    async getOwnBranch(branchId: string): Promise<BranchRecord> {
      const branch = await records.find(branchId);
      if (!branch) throw new RecordNotFoundError(branchId);
      return branch;
    },

    updateBranch(branchId: string, patch: BranchPatch): Promise<BranchRecord> {
      return records.update(branchId, patch);
    },
  };
}

export type BranchRepository = ReturnType<typeof createBranchRepository>;

export const branchRepository = createBranchRepository(ledgerDb);
