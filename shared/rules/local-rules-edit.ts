import { BRANCH_KIND_LABELS, BRANCH_KINDS } from '../branch/branch';
import { daysInMonth, isValidDate } from '../dates';
import { frequencyText } from './frequency-text';
import { ruleChangedFrom } from './rule-history';
import { MEETING_TYPE_LABELS, MEETING_TYPES, type MeetingFrequency, type MeetingType, type MonthDay, type NoteTargets, type Rule, type RuleGroups, type RuleSource } from './rule-types';

/**
 * What the central office edits of its local rules (下发规则集). Each part left out keeps the
 * set's value; a value that differs from the set's applies from `effectiveFrom` (the day
 * of publication unless the office dates it otherwise), the replaced value kept for the
 * periods before (ruleChangedFrom).
 */
export interface LocalRulesEdit {
  name: string;
  /** YYYY-MM-DD; the publication day when absent. */
  effectiveFrom?: string;
  study: { memberAnnualHours: number; leaderAnnualHours: number };
  meetings?: Partial<Record<MeetingType, MeetingFrequency>>;
  /** Collective study sessions (党课 or 主题党日 credited with hours) a month. */
  studySessionsPerMonth?: number;
  noteTargets?: NoteTargets;
  monthlyReportDay?: number;
  /** Days of the year by which the branch's plans and summary are due. */
  planDue?: PlanDueEdit;
}

export interface PlanDueEdit {
  annualPlan: MonthDay;
  developmentPlan: MonthDay;
  yearSummary: MonthDay;
}

const PLAN_DUE_LABELS: Record<keyof PlanDueEdit, string> = { annualPlan: '年度工作计划', developmentPlan: '发展党员工作计划', yearSummary: '年度工作总结' };

/** A day the month has (29 February allowed: a common year takes the 28th). */
function monthDayError(label: string, value: MonthDay): string | undefined {
  const { month, day } = value;
  if (!Number.isInteger(month) || month < 1 || month > 12) return `${label}报送截止日期的月份应为 1 至 12。`;
  const last = daysInMonth(2024, month);
  if (!Number.isInteger(day) || day < 1 || day > last) return `${label}报送截止日期无效：${month} 月没有 ${day} 日（应为 1 至 ${last}）。`;
  return undefined;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function noteTargetsText(targets: NoteTargets): string {
  const parts = BRANCH_KINDS.map((kind) => `${BRANCH_KIND_LABELS[kind]} ${targets[kind].words} 字、心得体会 ${targets[kind].reflections} 篇`);
  return `党员每年学习笔记字数和心得体会篇数（按支部类别，0 为不作要求）：${parts.join('；')}。`;
}

/**
 * The set's rules with the edit applied, or every reason it cannot be. Only what changed is
 * touched: an unchanged rule keeps its national source and date.
 */
export function applyLocalRulesEdit(
  rules: RuleGroups,
  edit: LocalRulesEdit,
  organisationName: string,
  publishedOn: string,
): { ok: true; rules: RuleGroups; effectiveFrom: string } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  if (edit.name.trim().length < 2) errors.push('请填写规则集名称（至少 2 个字）。');
  const effectiveFrom = edit.effectiveFrom ?? publishedOn;
  if (!isValidDate(effectiveFrom)) errors.push('生效日期无效，格式应为 YYYY-MM-DD。');
  if (edit.planDue) {
    for (const key of Object.keys(PLAN_DUE_LABELS) as Array<keyof PlanDueEdit>) {
      const error = monthDayError(PLAN_DUE_LABELS[key], edit.planDue[key]);
      if (error) errors.push(error);
    }
  }
  if (errors.length > 0) return { ok: false, errors };

  const source: RuleSource = { regulation: `${organisationName}规定`, article: '院党委下发规则集' };
  const change = <T>(rule: Rule<T>, value: T | undefined, description: (value: T) => string): Rule<T> =>
    value === undefined || sameValue(value, rule.value) ? rule : ruleChangedFrom(rule, { value, description: description(value), source, effectiveFrom });

  const meetings = { ...rules.meetings };
  for (const type of MEETING_TYPES) {
    meetings[type] = change(rules.meetings[type], edit.meetings?.[type], (value) => `${MEETING_TYPE_LABELS[type]}${frequencyText(value)}（院党委规定）。`);
  }
  meetings.monthlyReportDay = change(rules.meetings.monthlyReportDay, edit.monthlyReportDay, (day) => `党支部每月 ${day} 日前向院党委组织部门报送上月组织生活情况（导出报送包）。`);
  const due = (key: keyof PlanDueEdit, rule: Rule<MonthDay>) =>
    change(rule, edit.planDue?.[key], (value) => `党支部每年 ${value.month} 月 ${value.day} 日前报送${key === 'yearSummary' ? '本年度工作总结' : `本年度${PLAN_DUE_LABELS[key]}`}（院党委规定）。`);
  meetings.annualPlanDue = due('annualPlan', rules.meetings.annualPlanDue);
  meetings.developmentPlanDue = due('developmentPlan', rules.meetings.developmentPlanDue);
  meetings.yearSummaryDue = due('yearSummary', rules.meetings.yearSummaryDue);
  const study = {
    ...rules.study,
    memberAnnualHours: change(rules.study.memberAnnualHours, edit.study.memberAnnualHours, (hours) => `党员每年集中学习培训时间不少于 ${hours} 学时。`),
    leaderAnnualHours: change(rules.study.leaderAnnualHours, edit.study.leaderAnnualHours, (hours) => `党支部书记和支部委员每年集中学习培训不少于 ${hours} 学时。`),
    collectiveStudy: change(
      rules.study.collectiveStudy,
      edit.studySessionsPerMonth === undefined ? undefined : { times: edit.studySessionsPerMonth, per: 'month' as const },
      (value) => `党支部每月至少组织 ${value.times} 次计入学时的集中学习（党课或主题党日）。`,
    ),
    noteTargets: change(rules.study.noteTargets, edit.noteTargets, noteTargetsText),
  };
  return { ok: true, rules: { ...rules, meetings, study }, effectiveFrom };
}
