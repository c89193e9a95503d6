/**
 * What 首页 says about 计划总结: on a branch PC, each plan or summary due within a month or
 * overdue and not yet sent, and each the office returned; at the central office, the branches
 * overdue with one. Only documents due since the branch began using the ledger are asked for.
 */
import type { WarningSeverity } from '../branch/branch-warnings';
import { addDays, monthDayText } from '../dates';
import { PLAN_KINDS, planOwed, planReview, planTitle, type BranchPlanRecord, type PlanKind, type PlanReturnRecord } from './plan';

export interface PlanReminder {
  key: string;
  severity: WarningSeverity;
  text: string;
  year: number;
  kind: PlanKind;
}

/** How long before its due day a document is asked for. */
export const PLAN_REMINDER_DAYS = 30;

/** The years whose documents can be asked for on `today`: last year's (an overdue summary), this year's and next year's. */
function yearsAround(today: string): number[] {
  const current = Number(today.slice(0, 4));
  return [current - 1, current, current + 1];
}

export function branchPlanReminders(
  branch: { id: string; createdAt: string },
  plans: readonly BranchPlanRecord[],
  returns: ReadonlyMap<string, PlanReturnRecord>,
  dueOn: (kind: PlanKind, year: number) => string,
  today: string,
): PlanReminder[] {
  const reminders: PlanReminder[] = [];
  for (const year of yearsAround(today)) {
    for (const kind of PLAN_KINDS) {
      const due = dueOn(kind, year);
      const plan = plans.find((each) => each.branchId === branch.id && each.year === year && each.kind === kind);
      const title = planTitle(year, kind);
      if (plan?.submittedAt) {
        const returned = returns.get(plan.id);
        if (planReview(plan, returned) === 'returned') reminders.push({ key: `plan-returned-${year}-${kind}`, year, kind, severity: 'warning', text: `${title}被院党委退回修改：${returned!.opinion}` });
      } else if (planOwed(due, branch.createdAt.slice(0, 10)) && today >= addDays(due, -PLAN_REMINDER_DAYS)) {
        reminders.push(
          today > due
            ? { key: `plan-${year}-${kind}`, year, kind, severity: 'error', text: `${title}已超过报送截止日（${year}年${monthDayText(due)}）仍未报送：请在“计划总结”中签发后导出报送包。` }
            : { key: `plan-${year}-${kind}`, year, kind, severity: 'info', text: `${title}应于${year}年${monthDayText(due)}前报送：请在“计划总结”中起草、签发。` },
        );
      }
    }
  }
  return reminders;
}

export function officePlanReminders(branches: readonly { id: string; name: string; createdAt: string }[], plans: readonly BranchPlanRecord[], dueOn: (kind: PlanKind, year: number) => string, today: string): PlanReminder[] {
  const reminders: PlanReminder[] = [];
  for (const year of yearsAround(today)) {
    for (const kind of PLAN_KINDS) {
      const due = dueOn(kind, year);
      if (today <= due) continue;
      const sent = new Set(plans.filter((plan) => plan.year === year && plan.kind === kind && plan.submittedAt).map((plan) => plan.branchId));
      const missing = branches.filter((branch) => planOwed(due, branch.createdAt.slice(0, 10)) && !sent.has(branch.id));
      if (missing.length > 0) {
        reminders.push({ key: `plan-missing-${year}-${kind}`, year, kind, severity: 'error', text: `${missing.length} 个支部逾期未报送${planTitle(year, kind)}（截止${year}年${monthDayText(due)}）：${missing.map((branch) => branch.name).join('、')}` });
      }
    }
  }
  return reminders;
}
