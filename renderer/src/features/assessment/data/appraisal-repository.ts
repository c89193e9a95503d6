import { appraisalErrors, type MemberAppraisalContent, type MemberAppraisalRecord } from '../../../../../shared/assessment/appraisal';
import type { LedgerDatabase } from '../../../db/database';
import { ledgerDb } from '../../../db/ledger-db';
import { createRecordRepository, type RecordRepositoryOptions } from '../../../db/record-repository';
import { withOperator } from '../../../core/preferences/preferences-repository';
import { ReportRefusedError } from './report-repository';

/** A save refused with every reason, so the screen lists them all. */
export class AppraisalRefusedError extends ReportRefusedError {
  constructor(readonly errors: string[]) {
    super(errors.join(''));
    this.name = 'AppraisalRefusedError';
  }
}

/**
 * Branch: the year's 民主评议党员 results and its 优秀共产党员 nominations, one record per year.
 * Saved whole after every check passed; a refused save stores nothing and names each problem.
 */
export function createAppraisalRepository(db: LedgerDatabase, options?: Partial<RecordRepositoryOptions>) {
  const records = createRecordRepository(db, 'memberAppraisals', withOperator(db, options));

  async function find(branchId: string, year: number): Promise<MemberAppraisalRecord | undefined> {
    return (await records.listByBranch(branchId)).find((row) => row.year === year);
  }

  return {
    find,

    /** Every branch's record of a year, for the central office. */
    listYear: async (year: number): Promise<MemberAppraisalRecord[]> => (await db.memberAppraisals.toArray()).filter((row) => !row.deleted && row.year === year),

    async save(branchId: string, content: MemberAppraisalContent): Promise<MemberAppraisalRecord> {
      const errors = appraisalErrors(content);
      if (errors.length > 0) throw new AppraisalRefusedError(errors);
      const members = new Map((await db.members.where('branchId').equals(branchId).toArray()).filter((m) => !m.deleted).map((m) => [m.id, m]));
      const strangers = Object.keys(content.results).filter((id) => !members.has(id));
      if (strangers.length > 0) throw new ReportRefusedError(`有 ${strangers.length} 名被评议人不在本支部名册中。`);
      const existing = await find(branchId, content.year);
      return existing ? records.update(existing.id, content) : records.create(branchId, content);
    },
  };
}

export const appraisalRepository = createAppraisalRepository(ledgerDb);
