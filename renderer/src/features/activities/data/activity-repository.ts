import { activityErrors, type ActivityInput, type ActivityRecord } from '../../../../../shared/activities/activity';
import { refuseIfErrors } from '../../../../../shared/records/field-input-error';
import type { LedgerDatabase } from '../../../db/database';
import { ledgerDb } from '../../../db/ledger-db';
import { createRecordRepository, type RecordRepositoryOptions } from '../../../db/record-repository';
import { withOperator } from '../../../core/preferences/preferences-repository';

/**
 * 党建+业务 activities, written only by the branch through the audited record repository
 * (so they travel in its report package); the central office reads a branch's as received.
 */
export function createActivityRepository(db: LedgerDatabase, options?: Partial<RecordRepositoryOptions>) {
  const records = createRecordRepository(db, 'activities', withOperator(db, options));

  function checked(input: ActivityInput, today: string): ActivityInput {
    refuseIfErrors(activityErrors(input, today));
    return { ...input, title: input.title.trim(), partnerUnit: input.partnerUnit.trim(), description: input.description.trim() };
  }

  return {
    listByBranch: (branchId: string): Promise<ActivityRecord[]> => records.listByBranch(branchId),

    /** Every branch's activities as received: the central office's yearly list counts them. */
    listAll: (): Promise<ActivityRecord[]> => db.activities.toArray(),

    /** Saves a new activity under the id its photos were attached to, or changes a stored one. */
    async save(branchId: string, id: string, input: ActivityInput, today: string): Promise<ActivityRecord> {
      return records.put(branchId, id, checked(input, today));
    },

    remove: (id: string): Promise<void> => records.remove(id),
  };
}

export const activityRepository = createActivityRepository(ledgerDb);
