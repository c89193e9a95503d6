/**
 * 组织生活月报: the branch's monthly report of its organisational life to the hospital Party
 * committee, due by the report day of the following month (the local rule
 * `meetings.monthlyReportDay`, default the 5th: 党支部每月 5 日前报送上月组织生活情况).
 *
 * Two records, split by writer like meetings and their reviews (docs/architecture.md):
 * - MonthlyReportRecord: written only by the branch, one per month; the figures and the
 *   meeting list are a snapshot taken when the secretary signs and submits, so the office
 *   reads what was signed, not what the records say after a later edit.
 * - MonthlyReportReturnRecord: the office's 回执 (通过 / 退回 with an opinion), stored under the
 *   report's id, owned by the branch and written only by the office.
 */
import { addDays, addMonths } from '../dates';
import { dayOfMonth } from '../dues/months';
import { parsePeriod } from '../meetings/periods';
import type { BaseRecord } from '../records/base-record';

/** One figure of the report: a cell of a statistics table for the branch and month. */
export interface ReportFigure {
  /** The table it comes from, e.g. 组织生活（“三会一课”）落实情况. */
  section: string;
  /** Column header, its merged group first: 支部党员大会·按期. */
  label: string;
  /** As printed: 3, 85.7%, 120.00. */
  value: string;
}

/** One meeting held in the month, as the report lists it. */
export interface ReportMeetingLine {
  meetingId: string;
  /** YYYY-MM-DD */
  date: string;
  typeLabel: string;
  sessionName: string;
  expected: number;
  present: number;
  leave: number;
  absent: number;
  /** Make-ups registered on it (补课), and how many absentees still owe one. */
  makeUps: number;
  makeUpsOwed: number;
  /** The earlier period it makes up for (补开), '' for a meeting of its own month. */
  makesUpPeriod: string;
}

export interface MonthlyReportContent {
  /** YYYY-MM */
  month: string;
  figures: ReportFigure[];
  meetings: ReportMeetingLine[];
  /** 其他需要说明的情况: the secretary's own words. */
  notes: string;
  /** 签报人: who signed the report. */
  signedBy: string;
  /** ISO instant of the latest 提交; '' while a draft. */
  submittedAt: string;
  /** Local date (YYYY-MM-DD) of the first 提交: on time or late is judged on it, not on a resubmission after 退回. */
  firstSubmittedOn: string;
}

export interface MonthlyReportRecord extends BaseRecord, MonthlyReportContent {}

export type ReportVerdict = 'approved' | 'returned';

export const REPORT_VERDICT_LABELS: Record<ReportVerdict, string> = { approved: '通过', returned: '退回修改' };

export interface MonthlyReportReturnRecord extends BaseRecord {
  /** YYYY-MM, so a list of returns reads without the report. */
  month: string;
  verdict: ReportVerdict;
  opinion: string;
  reviewer: string;
  /** ISO instant */
  reviewedAt: string;
  /** The report's submittedAt that was read: a later resubmission awaits a new reading. */
  reviewedSubmission: string;
}

export const REPORT_NOTES_MAX = 2000;
export const REPORT_OPINION_MAX = 500;

export function isMonthKey(value: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}

export function monthLabel(month: string): string {
  return `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
}

/** The report day of the month after `month`, clamped to that month's length (a day of 31 in a 30-day month is its 30th). */
export function reportDueOn(month: string, reportDay: number): string {
  const next = addMonths(`${month}-01`, 1);
  return dayOfMonth(Number(next.slice(0, 4)), Number(next.slice(5, 7)), reportDay);
}

/** The month before the one `today` falls in: the report being made at the start of a month. */
export function reportMonthBefore(today: string): string {
  return addDays(`${today.slice(0, 7)}-01`, -1).slice(0, 7);
}

/**
 * Whether a month is owed by a branch set up in the ledger on `ledgerSince` (YYYY-MM-DD):
 * every month that ended on or after that day. A branch that started on 6 December owes
 * December's report, not November's, which was reported on paper.
 */
export function reportOwed(month: string, ledgerSince: string): boolean {
  const period = parsePeriod(month);
  return period !== null && period.end >= ledgerSince;
}

/** onTime/late: submitted, by or after the due day; notDue: not yet submitted, not yet due; overdue: not submitted and past due. */
export type ReportTimeliness = 'onTime' | 'late' | 'notDue' | 'overdue';

export const REPORT_TIMELINESS_LABELS: Record<ReportTimeliness, string> = {
  onTime: '按时报送',
  late: '逾期报送',
  notDue: '未报送',
  overdue: '逾期未报',
};

export function reportTimeliness(report: Pick<MonthlyReportContent, 'firstSubmittedOn'> | undefined, month: string, reportDay: number, today: string): ReportTimeliness {
  return timelinessAgainst(report?.firstSubmittedOn ?? '', reportDueOn(month, reportDay), today);
}

/** A document first sent on `firstSubmittedOn` ('' not yet) against the day it is due (also the plans and summaries). */
export function timelinessAgainst(firstSubmittedOn: string, due: string, today: string): ReportTimeliness {
  if (firstSubmittedOn) return firstSubmittedOn <= due ? 'onTime' : 'late';
  return today > due ? 'overdue' : 'notDue';
}

/** Where a submitted report stands with the office: not yet read, 通过, 退回, or resubmitted after a 退回 and awaiting a new reading. */
export type ReportReview = 'awaiting' | 'approved' | 'returned' | 'resubmitted';

export const REPORT_REVIEW_LABELS: Record<ReportReview, string> = {
  awaiting: '待审阅',
  approved: '已通过',
  returned: '已退回',
  resubmitted: '已重新提交',
};

export function reportReview(report: Pick<MonthlyReportContent, 'submittedAt'>, returned: Pick<MonthlyReportReturnRecord, 'verdict' | 'reviewedSubmission'> | undefined): ReportReview {
  if (!returned) return 'awaiting';
  if (returned.reviewedSubmission !== report.submittedAt) return returned.verdict === 'returned' ? 'resubmitted' : 'awaiting';
  return returned.verdict;
}
