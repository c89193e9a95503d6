import { brandErrors, type BranchBrand } from '../../../../../shared/activities/activity';
import type { BranchRecord } from '../../../../../shared/branch/branch';
import { refuseIfErrors } from '../../../../../shared/records/field-input-error';
import type { LedgerDatabase } from '../../../db/database';
import { ledgerDb } from '../../../db/ledger-db';
import type { RecordRepositoryOptions } from '../../../db/record-repository';
import { createBranchRepository } from '../../branch/data';

/**
 * 一支部一品牌: the brand is a field of the branch's own record, so it is written through the
 * branch repository (audited, in the branch's next report) and read by the office with the branch.
 */
export function createBrandRepository(db: LedgerDatabase, options?: Partial<RecordRepositoryOptions>) {
  const branches = createBranchRepository(db, options);
  return {
    /** Refuses a brand without a name or too long (FieldInputError); otherwise stores it on the branch. */
    async save(branchId: string, input: BranchBrand): Promise<BranchRecord> {
      refuseIfErrors(brandErrors(input));
      return branches.updateBranch(branchId, { brand: { name: input.name.trim(), description: input.description.trim() } });
    },
  };
}

export const brandRepository = createBrandRepository(ledgerDb);
