import {
  PLAN_OPINION_MAX,
  planId,
  planTitle,
  type BranchPlanRecord,
  type PlanContent,
  type PlanKind,
  type PlanReturnRecord,
} from '../../../../../shared/plans/plan';
import { draftErrors, planYearError, submitErrors, type PlanDraft } from '../../../../../shared/plans/plan-validation';
import type { ReportVerdict } from '../../../../../shared/statistics/monthly-report';
import type { LedgerDatabase } from '../../../db/database';
import { ledgerDb } from '../../../db/ledger-db';
import { createRecordRepository, type RecordRepositoryOptions } from '../../../db/record-repository';
import { withOperator } from '../../../core/preferences/preferences-repository';

/** A plan not saved or not sent, with every reason: the screen lists them all. */
export class PlanRefusedError extends Error {
  constructor(readonly errors: string[]) {
    super(errors.join(''));
    this.name = 'PlanRefusedError';
  }
}

function refuseIf(errors: string[]): void {
  if (errors.length > 0) throw new PlanRefusedError(errors);
}

/**
 * The branch's 计划总结: one record per year and kind, written only on the branch PC through
 * the record repository, so audited and carried in the next 报送包.
 */
export function createPlanRepository(db: LedgerDatabase, options?: Partial<RecordRepositoryOptions>) {
  const records = createRecordRepository(db, 'branchPlans', withOperator(db, options));

  async function find(branchId: string, year: number, kind: PlanKind): Promise<BranchPlanRecord | undefined> {
    // By branch, not by id: a plan written before enrolment keeps its id under the adopted branch id.
    const rows = await db.branchPlans.where('branchId').equals(branchId).toArray();
    return rows.find((row) => !row.deleted && row.year === year && row.kind === kind);
  }

  async function write(branchId: string, draft: PlanDraft, sending: Pick<PlanContent, 'submittedAt' | 'firstSubmittedOn'> | undefined): Promise<BranchPlanRecord> {
    const existing = await find(branchId, draft.year, draft.kind);
    const content: PlanContent = { ...draft, submittedAt: sending?.submittedAt ?? existing?.submittedAt ?? '', firstSubmittedOn: sending?.firstSubmittedOn ?? existing?.firstSubmittedOn ?? '' };
    if (existing) return records.update(existing.id, content);
    return records.put(branchId, planId(branchId, draft.year, draft.kind), content);
  }

  return {
    find,

    /** 保存草稿: kept on this PC; a plan sent before stays sent as it was until 签发并报送 again. */
    async saveDraft(branchId: string, draft: PlanDraft, today: string): Promise<BranchPlanRecord> {
      const yearError = planYearError(draft.kind, draft.year, today);
      refuseIf([...(yearError ? [yearError] : []), ...draftErrors(draft)]);
      const existing = await find(branchId, draft.year, draft.kind);
      if (existing?.submittedAt) throw new PlanRefusedError([`${planTitle(draft.year, draft.kind)}已报送，修改后请直接“签发并报送”。`]);
      return write(branchId, draft, undefined);
    },

    /**
     * 签发并报送: checked whole (`rosterIds`: whom a 发展计划 may name); the first sending's date
     * decides on time or late, a resend after 退回 keeps it.
     */
    async submit(branchId: string, draft: PlanDraft, today: string, rosterIds: ReadonlySet<string>, at: Date = new Date()): Promise<BranchPlanRecord> {
      refuseIf(submitErrors(draft, today, rosterIds));
      const existing = await find(branchId, draft.year, draft.kind);
      return write(branchId, { ...draft, signedBy: draft.signedBy.trim(), body: draft.body.trim() }, { submittedAt: at.toISOString(), firstSubmittedOn: existing?.firstSubmittedOn || today });
    },
  };
}

/**
 * The central office's reading of a plan or summary: a record under the plan's id, owned by
 * its branch, written only by the office; it travels back in that branch's return package.
 */
export function createPlanReturnRepository(db: LedgerDatabase, options?: Partial<RecordRepositoryOptions>) {
  const records = createRecordRepository(db, 'planReturns', withOperator(db, options));

  return {
    find: (id: string): Promise<PlanReturnRecord | undefined> => records.find(id),

    /** 已阅同意, or 退回修改 with an opinion that says what to change. Only a sent plan is read. */
    async review(plan: BranchPlanRecord, verdict: ReportVerdict, opinion: string, reviewer: string, at: Date = new Date()): Promise<PlanReturnRecord> {
      if (!plan.submittedAt) throw new PlanRefusedError([`${planTitle(plan.year, plan.kind)}尚未报送，不能审阅。`]);
      const text = opinion.trim();
      const errors: string[] = [];
      if (verdict === 'returned' && !text) errors.push('退回修改时请填写意见，说明需要修改的内容。');
      if ([...text].length > PLAN_OPINION_MAX) errors.push(`意见不能超过 ${PLAN_OPINION_MAX} 个字。`);
      refuseIf(errors);
      return records.put(plan.branchId, plan.id, { year: plan.year, kind: plan.kind, verdict, opinion: text, reviewer, reviewedAt: at.toISOString(), reviewedSubmission: plan.submittedAt });
    },
  };
}

export const planRepository = createPlanRepository(ledgerDb);
export const planReturnRepository = createPlanReturnRepository(ledgerDb);
