import { describe, expect, it } from 'vitest';
import { NATIONAL_RULE_SET } from '../../../../shared/rules/national-rule-set';
import { ruleChangedFrom } from '../../../../shared/rules/rule-history';
import { planDueOn, planOwed, planReview, planTimeliness, type BranchPlanRecord, type PlanReturnRecord } from '../../../../shared/plans/plan';
import { branchPlanReminders, officePlanReminders } from '../../../../shared/plans/plan-reminders';
import { applyLocalRulesEdit } from '../../../../shared/rules/local-rules-edit';
import { validateRuleSet } from '../../../../shared/rules/validate-rule-set';

const meetings = NATIONAL_RULE_SET.rules.meetings;

describe('计划总结: due dates from the rule set', () => {
  it('defaults to 31 January for the year’s plans and 31 December for its summary', () => {
    expect(planDueOn('annualPlan', 2027, meetings)).toBe('2027-01-31');
    expect(planDueOn('developmentPlan', 2027, meetings)).toBe('2027-01-31');
    expect(planDueOn('yearSummary', 2026, meetings)).toBe('2026-12-31');
  });

  it('takes the value in force on 1 January: a date changed in March moves next year’s, not this year’s; 29 February is the 28th in a common year', () => {
    const changed = { ...meetings, annualPlanDue: ruleChangedFrom(meetings.annualPlanDue, { value: { month: 2, day: 29 }, description: '2月底前', source: meetings.annualPlanDue.source, effectiveFrom: '2026-03-01' }) };
    expect(planDueOn('annualPlan', 2026, changed)).toBe('2026-01-31');
    expect(planDueOn('annualPlan', 2027, changed)).toBe('2027-02-28');
    expect(planDueOn('annualPlan', 2028, changed)).toBe('2028-02-29');
  });

  it('judges on time by the first sending, the due day itself still on time', () => {
    expect(planTimeliness({ firstSubmittedOn: '2027-01-31' }, '2027-01-31', '2027-03-01')).toBe('onTime');
    expect(planTimeliness({ firstSubmittedOn: '2027-02-01' }, '2027-01-31', '2027-02-01')).toBe('late');
    expect(planTimeliness(undefined, '2027-01-31', '2027-01-31')).toBe('notDue');
    expect(planTimeliness(undefined, '2027-01-31', '2027-02-01')).toBe('overdue');
  });

  it('reads the office’s opinion only for the sending it read, and owes nothing due before the ledger began', () => {
    const returned = { verdict: 'returned' as const, reviewedSubmission: 'A' };
    expect(planReview({ submittedAt: 'A' }, returned)).toBe('returned');
    expect(planReview({ submittedAt: 'B' }, returned)).toBe('resubmitted');
    expect(planReview({ submittedAt: 'A' }, undefined)).toBe('awaiting');
    expect(planOwed('2026-12-31', '2026-12-07')).toBe(true);
    expect(planOwed('2026-01-31', '2026-12-07')).toBe(false);
  });
});

describe('计划总结: the due dates in the rule set are validated and versioned', () => {
  it('refuses a day the month does not have, in Chinese, naming the document', () => {
    const result = applyLocalRulesEdit(
      NATIONAL_RULE_SET.rules,
      { name: '本院规则', study: { memberAnnualHours: 32, leaderAnnualHours: 56 }, planDue: { annualPlan: { month: 2, day: 30 }, developmentPlan: { month: 13, day: 1 }, yearSummary: { month: 12, day: 31 } } },
      '市医院党委',
      '2026-12-07',
    );
    expect(result).toEqual({ ok: false, errors: ['年度工作计划报送截止日期无效：2 月没有 30 日（应为 1 至 29）。', '发展党员工作计划报送截止日期的月份应为 1 至 12。'] });
  });

  it('applies a changed date from its effective date and keeps the old one for earlier years', () => {
    const result = applyLocalRulesEdit(
      NATIONAL_RULE_SET.rules,
      { name: '本院规则', effectiveFrom: '2027-01-01', study: { memberAnnualHours: 32, leaderAnnualHours: 56 }, planDue: { annualPlan: { month: 1, day: 15 }, developmentPlan: { month: 1, day: 31 }, yearSummary: { month: 12, day: 20 } } },
      '市医院党委',
      '2026-12-07',
    );
    if (!result.ok) throw new Error(result.errors.join(''));
    expect(result.rules.meetings.annualPlanDue.value).toEqual({ month: 1, day: 15 });
    expect(result.rules.meetings.annualPlanDue.earlier).toEqual([{ value: { month: 1, day: 31 }, effectiveFrom: '2018-10-28' }]);
    // Unchanged: keeps its source and date.
    expect(result.rules.meetings.developmentPlanDue).toBe(NATIONAL_RULE_SET.rules.meetings.developmentPlanDue);
    expect(planDueOn('annualPlan', 2026, result.rules.meetings)).toBe('2026-01-31');
    expect(planDueOn('annualPlan', 2027, result.rules.meetings)).toBe('2027-01-15');
    expect(planDueOn('yearSummary', 2027, result.rules.meetings)).toBe('2027-12-20');
  });

  it('fills the dates of a set from an older office with the defaults, and refuses a set carrying 30 February', () => {
    const older = structuredClone(NATIONAL_RULE_SET) as unknown as { rules: { meetings: Record<string, unknown> } };
    delete older.rules.meetings.annualPlanDue;
    delete older.rules.meetings.yearSummaryDue;
    const filled = validateRuleSet(older);
    expect(filled.ok && filled.value.rules.meetings.annualPlanDue.value).toEqual({ month: 1, day: 31 });
    const broken = structuredClone(NATIONAL_RULE_SET);
    broken.rules.meetings.yearSummaryDue = { ...broken.rules.meetings.yearSummaryDue, value: { month: 2, day: 30 } };
    const refused = validateRuleSet(broken);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.errors).toEqual(['规则 meetings.yearSummaryDue：取值应为月日 {month, day}，月为 1 至 12，日不超过该月天数。']);
  });
});

describe('计划总结 on 首页', () => {
  const dueOn = (kind: Parameters<typeof planDueOn>[0], year: number) => planDueOn(kind, year, meetings);
  const branch = { id: 'b1', name: '内科党支部', createdAt: '2026-03-01T00:00:00.000Z' };

  it('asks a branch for what is due within a month, says overdue after the day, and names a return with its opinion', () => {
    expect(branchPlanReminders(branch, [], new Map(), dueOn, '2026-11-30')).toEqual([]);
    expect(branchPlanReminders(branch, [], new Map(), dueOn, '2026-12-07').map((reminder) => [reminder.severity, reminder.text])).toEqual([
      ['info', '2026年年度工作总结应于2026年12月31日前报送：请在“计划总结”中起草、签发。'],
    ]);
    // In February: 2026's summary and 2027's plans are overdue; the 2026 plans were due before the ledger began.
    expect(branchPlanReminders(branch, [], new Map(), dueOn, '2027-02-01').map((reminder) => reminder.key)).toEqual(['plan-2026-yearSummary', 'plan-2027-annualPlan', 'plan-2027-developmentPlan']);
    const sent = { id: 'p1', branchId: 'b1', year: 2026, kind: 'yearSummary', submittedAt: 'A' } as BranchPlanRecord;
    const returned = new Map([['p1', { verdict: 'returned', opinion: '请补充数据分析。', reviewedSubmission: 'A' } as PlanReturnRecord]]);
    expect(branchPlanReminders(branch, [sent], returned, dueOn, '2026-12-07')).toEqual([
      { key: 'plan-returned-2026-yearSummary', year: 2026, kind: 'yearSummary', severity: 'warning', text: '2026年年度工作总结被院党委退回修改：请补充数据分析。' },
    ]);
  });

  it('tells the office which branches are overdue, once the day has passed', () => {
    const other = { id: 'b2', name: '外科党支部', createdAt: '2026-03-01T00:00:00.000Z' };
    const sent = { id: 'p1', branchId: 'b1', year: 2027, kind: 'annualPlan', submittedAt: 'A' } as BranchPlanRecord;
    expect(officePlanReminders([branch, other], [sent], dueOn, '2027-01-31')).toHaveLength(1);
    expect(officePlanReminders([branch, other], [sent], dueOn, '2027-02-01').map((reminder) => reminder.text)).toEqual([
      '2 个支部逾期未报送2026年年度工作总结（截止2026年12月31日）：内科党支部、外科党支部',
      '1 个支部逾期未报送2027年年度工作计划（截止2027年1月31日）：外科党支部',
      '2 个支部逾期未报送2027年发展党员工作计划（截止2027年1月31日）：内科党支部、外科党支部',
    ]);
  });
});
