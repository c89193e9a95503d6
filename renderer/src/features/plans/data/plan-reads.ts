import type { AssessmentResultRecord } from '../../../../../shared/assessment/assessment-records';
import type { BranchRecord } from '../../../../../shared/branch/branch';
import type { BranchPlanRecord, PlanReturnRecord } from '../../../../../shared/plans/plan';
import type { LedgerDatabase } from '../../../db/database';
import { ledgerDb } from '../../../db/ledger-db';

/** The branches with their plans, the office's readings by plan id, and the published 考核 results (for the summary's figures). */
export interface PlanBook {
  branches: BranchRecord[];
  plans: BranchPlanRecord[];
  returns: Map<string, PlanReturnRecord>;
  /** By result id (`assessment-<period>-<branchId>`). */
  assessments: Map<string, AssessmentResultRecord>;
}

const live = <T extends { deleted: boolean }>(rows: T[]): T[] => rows.filter((row) => !row.deleted);

/**
 * Every plan and reading on this PC (a branch PC: its own; the office: every branch's). Three a
 * year per branch, so read whole; in one transaction, so an import is seen whole.
 */
export function createPlanReads(db: LedgerDatabase) {
  return {
    book(): Promise<PlanBook> {
      return db.transaction('r', [db.branches, db.branchPlans, db.planReturns, db.assessmentResults], async () => {
        const [branches, plans, returns, assessments] = await Promise.all([db.branches.toArray(), db.branchPlans.toArray(), db.planReturns.toArray(), db.assessmentResults.toArray()]);
        return {
          branches: live(branches).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
          plans: live(plans),
          returns: new Map(live(returns).map((row) => [row.id, row])),
          assessments: new Map(live(assessments).map((row) => [row.id, row])),
        };
      });
    },
  };
}

export const planReads = createPlanReads(ledgerDb);
