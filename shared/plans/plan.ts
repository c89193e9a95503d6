/**
 * 计划总结: the branch's yearly plans and summary sent to the hospital Party committee
 * ("按时报送计划、总结", issue #22): the 年度工作计划 with its month-by-month 主题党日 plan and
 * meeting calendar, the 发展党员工作计划, and the 年度工作总结.
 *
 * Two records, split by writer like the 组织生活月报 (docs/architecture.md):
 * - BranchPlanRecord: written only by the branch, one per year and kind; what was signed is
 *   what the office reads (the summary's figures are a snapshot taken when it is signed).
 * - PlanReturnRecord: the office's 已阅同意 / 退回修改 with an opinion, under the plan's id,
 *   owned by the branch and written only by the office.
 */
import { ruleValueAt } from '../rules/rule-history';
import type { MeetingRules, MonthDay, Rule } from '../rules/rule-types';
import { dayOfMonth } from '../dues/months';
import type { DevelopmentStage } from '../members/member';
import type { BaseRecord } from '../records/base-record';
import { reportReview, timelinessAgainst, type ReportFigure, type ReportReview, type ReportTimeliness, type ReportVerdict } from '../statistics/monthly-report';

export const PLAN_KINDS = ['annualPlan', 'developmentPlan', 'yearSummary'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];

export const PLAN_KIND_LABELS: Record<PlanKind, string> = {
  annualPlan: '年度工作计划',
  developmentPlan: '发展党员工作计划',
  yearSummary: '年度工作总结',
};

/** One month of the 年度工作计划: the 主题党日's theme and the meetings planned that month. */
export interface PlanMonth {
  /** 1–12 */
  month: number;
  theme: string;
  meetings: string;
}

/** What the 发展计划 means to do with a person this year. */
export const DEVELOPMENT_TARGETS = ['activist', 'candidate', 'probationary'] as const;
export type DevelopmentTarget = (typeof DEVELOPMENT_TARGETS)[number];

export const DEVELOPMENT_TARGET_LABELS: Record<DevelopmentTarget, string> = {
  activist: '确定为入党积极分子',
  candidate: '列为发展对象',
  probationary: '接收为预备党员',
};

/** A person of the roster the 发展计划 names: an applicant, activist or 发展对象. */
export interface PlanPerson {
  memberId: string;
  /** As on the roster when planned, so the printed plan reads without the roster. */
  name: string;
  stage: DevelopmentStage;
  target: DevelopmentTarget;
}

export interface PlanContent {
  year: number;
  kind: PlanKind;
  /** 正文: goals and measures of a plan; the summary's account of the year. */
  body: string;
  /** annualPlan: the twelve months. Empty for the other kinds. */
  months: PlanMonth[];
  /** developmentPlan: 计划发展（接收为预备党员）人数. 0 for the other kinds. */
  developmentCount: number;
  /** developmentPlan: who is trained or admitted this year. */
  people: PlanPerson[];
  /** yearSummary: the year's figures as signed. */
  figures: ReportFigure[];
  /** 签发人 and 签发日期 (YYYY-MM-DD). */
  signedBy: string;
  signedOn: string;
  /** ISO instant of the latest 报送; '' while a draft. */
  submittedAt: string;
  /** Local date of the first 报送: on time or late is judged on it, not on a resend after 退回. */
  firstSubmittedOn: string;
}

export interface BranchPlanRecord extends BaseRecord, PlanContent {}

export interface PlanReturnRecord extends BaseRecord {
  year: number;
  kind: PlanKind;
  verdict: ReportVerdict;
  opinion: string;
  reviewer: string;
  /** ISO instant */
  reviewedAt: string;
  /** The plan's submittedAt that was read: a resend after 退回 awaits a new reading. */
  reviewedSubmission: string;
}

export const PLAN_VERDICT_LABELS: Record<ReportVerdict, string> = { approved: '已阅同意', returned: '退回修改' };

export const PLAN_REVIEW_LABELS: Record<ReportReview, string> = {
  awaiting: '待审阅',
  approved: '已阅同意',
  returned: '已退回修改',
  resubmitted: '已重新报送',
};

export const PLAN_BODY_MAX = 20_000;
export const PLAN_THEME_MAX = 100;
export const PLAN_MEETINGS_MAX = 200;
export const PLAN_OPINION_MAX = 500;
export const PLAN_SIGNER_MAX = 50;
/** More than a branch (normally at most 50 members) could ever admit in a year. */
export const PLAN_COUNT_MAX = 50;

/** The id of a branch's plan of a year and kind: one record, so a double click never makes two. */
export function planId(branchId: string, year: number, kind: PlanKind): string {
  return `plan-${branchId}-${year}-${kind}`;
}

export function planTitle(year: number, kind: PlanKind): string {
  return `${year}年${PLAN_KIND_LABELS[kind]}`;
}

const DUE_RULES: Record<PlanKind, keyof Pick<MeetingRules, 'annualPlanDue' | 'developmentPlanDue' | 'yearSummaryDue'>> = {
  annualPlan: 'annualPlanDue',
  developmentPlan: 'developmentPlanDue',
  yearSummary: 'yearSummaryDue',
};

/**
 * The day a year's plan or summary is due, from the rule in force on 1 January of that year:
 * a date the office changes mid-year moves the next year's, not the one already running.
 */
export function planDueOn(kind: PlanKind, year: number, meetings: Pick<MeetingRules, 'annualPlanDue' | 'developmentPlanDue' | 'yearSummaryDue'>): string {
  const rule: Rule<MonthDay> = meetings[DUE_RULES[kind]];
  const { month, day } = ruleValueAt(rule, `${year}-01-01`);
  return dayOfMonth(year, month, day);
}

/** Sent on time or late (judged on the first sending), or not sent yet: not due or overdue. */
export function planTimeliness(plan: Pick<PlanContent, 'firstSubmittedOn'> | undefined, due: string, today: string): ReportTimeliness {
  return timelinessAgainst(plan?.firstSubmittedOn ?? '', due, today);
}

/** Where a sent plan stands with the office (the 组织生活月报's reading, with its own labels). */
export function planReview(plan: Pick<PlanContent, 'submittedAt'>, returned: Pick<PlanReturnRecord, 'verdict' | 'reviewedSubmission'> | undefined): ReportReview {
  return reportReview(plan, returned);
}

/**
 * Whether a branch set up in the ledger on `ledgerSince` owes a document due on `due`: one due
 * on or after that day. A branch that began in December owes this year's summary and next
 * year's plans, not this year's plans, which were handed in on paper.
 */
export function planOwed(due: string, ledgerSince: string): boolean {
  return due >= ledgerSince;
}
