import { ACTIVITY_KIND_LABELS, activitiesOfYear, type ActivityKind, type ActivityRecord } from '../activities/activity';
import type { BranchRecord } from '../branch/branch';
import type { MemberRecord } from '../members/member';
import {
  admissionVoteDeadline,
  committeeApprovalDeadline,
  fullMembershipDeadline,
  recorded,
  talkDeadline,
} from '../development/milestone-dates';
import { duesLedgerStart } from '../dues/branch-dues';
import type { DuesBaseRecord, DuesPaymentRecord, DuesRemittanceRecord } from '../dues/dues-types';
import { monthKey, type Quarter } from '../dues/months';
import { remittanceDueDate } from '../dues/remittance';
import { formatRate } from '../meetings/attendance';
import { indexMeetings, ledgerStartOf, periodTotals, typeUnits, type MeetingCounts } from '../meetings/compliance';
import { monthLabel, reportOwed, reportTimeliness, REPORT_TIMELINESS_LABELS, type MonthlyReportRecord } from '../statistics/monthly-report';
import type { MeetingReviewRecord } from '../meetings/meeting-review';
import { MEETING_TYPE_LABELS, type MeetingRecord, type MeetingType } from '../meetings/meeting-types';
import { periodsCovering, type Period } from '../meetings/periods';
import type { DevelopmentRules, RuleGroups } from '../rules/rule-types';
import { studyLedger } from '../study/study-ledger';
import type { StudyNotebookRecord } from '../study/study-types';
import { committeeIdsOf, talkCoverage } from '../talks/talk-coverage';
import type { TalkRecord } from '../talks/talk';
import type { AssessmentFigure } from './scheme-types';

/**
 * One figure of one branch for one period: the share the scheme scores (0–100 %), what it
 * counted, and a sentence saying so. `percent` is null when there was nothing to count (no
 * development step fell due); the item's `whenNoData` then decides.
 */
export interface FigureValue {
  percent: number | null;
  counted: number;
  of: number;
  detail: string;
}

export type BranchFigures = Record<AssessmentFigure, FigureValue>;

/** A branch's own records, as the branch holds them or the central office imported them. */
export interface BranchAssessmentRecords {
  branch: BranchRecord;
  members: readonly MemberRecord[];
  meetings: readonly MeetingRecord[];
  notebooks: readonly StudyNotebookRecord[];
  bases: readonly DuesBaseRecord[];
  payments: readonly DuesPaymentRecord[];
  remittances: readonly DuesRemittanceRecord[];
  reviews: readonly MeetingReviewRecord[];
  /** 谈心谈话 records (schema v12). */
  talks: readonly TalkRecord[];
  /** 组织生活月报 (schema v10), as signed and submitted. */
  monthlyReports: readonly MonthlyReportRecord[];
  /** 党建+业务 activities (shared/activities). */
  activities: readonly ActivityRecord[];
}

/** The types a 三会一课 figure counts: 支部党员大会, 支委会, 党小组会, 党课. */
export const SANHUI_YIKE_TYPES: readonly MeetingType[] = ['partyMemberAssembly', 'committeeMeeting', 'partyGroupMeeting', 'partyLecture'];

function share(counted: number, of: number, detail: string): FigureValue {
  return { percent: of === 0 ? null : (counted / of) * 100, counted, of, detail };
}

const inPeriod = (date: string, period: Period, asOf: string) => date >= period.start && date <= asOf;

/** Rule periods already decided (held, made up or missed); a period still running that is not yet met is not counted. */
function meetingsOnTime(index: MeetingCounts, records: BranchAssessmentRecords, rules: RuleGroups, period: Period, today: string): FigureValue {
  const units = SANHUI_YIKE_TYPES.flatMap((type) =>
    typeUnits(index, records.branch, rules.meetings, type, period, today).map((unit) => ({ type, unit })),
  ).filter(({ unit }) => unit.status === 'met' || unit.status === 'late' || unit.status === 'missing');
  const required = units.reduce((sum, { unit }) => sum + unit.required, 0);
  const onTime = units.reduce((sum, { unit }) => sum + Math.min(unit.onTime, unit.required), 0);
  const late = units.reduce((sum, { unit }) => sum + Math.min(unit.late, Math.max(0, unit.required - unit.onTime)), 0);
  const missedTypes = [...new Set(units.filter(({ unit }) => unit.status === 'missing').map(({ type }) => MEETING_TYPE_LABELS[type]))];
  const detail =
    required === 0
      ? '本期尚无到期的“三会一课”。'
      : `应按期召开 ${required} 次，按期 ${onTime} 次，补开 ${late} 次，未开 ${required - onTime - late} 次${missedTypes.length ? `（未开：${missedTypes.join('、')}）` : ''}。`;
  return share(onTime, required, detail);
}

function attendanceRate(index: MeetingCounts, period: Period): FigureValue {
  const totals = periodTotals(index, period);
  const value = share(totals.present, totals.expected, '');
  value.detail = totals.expected === 0 ? '本期没有登记出席情况的会议。' : `${totals.held} 次会议，应到 ${totals.expected} 人次，实到 ${totals.present} 人次，出席率 ${formatRate(totals.present / totals.expected)}。`;
  return value;
}

function studyPace(records: BranchAssessmentRecords, rules: RuleGroups, period: Period, asOf: string): FigureValue {
  const ledger = studyLedger({ ...records, year: Number(period.start.slice(0, 4)), today: asOf, rules });
  const rows = ledger.rows.filter((row) => row.status !== 'notStarted');
  const met = rows.filter((row) => row.status === 'met').length;
  const onPace = rows.filter((row) => row.status === 'onPace').length;
  const detail = rows.length === 0 ? '没有需考核学时的党员。' : `截至 ${asOf}，应考核 ${rows.length} 人，已达标 ${met} 人，进度正常 ${onPace} 人，落后 ${rows.length - met - onPace} 人。`;
  return share(met + onPace, rows.length, detail);
}

/** Quarters of the period whose remittance was due by `asOf` (or already made), from the dues ledger's start on. */
function duesRemittedOnTime(records: BranchAssessmentRecords, rules: RuleGroups, period: Period, asOf: string): FigureValue {
  const since = duesLedgerStart(records.bases.filter((b) => !b.deleted), records.payments.filter((p) => !p.deleted));
  if (since === null) return share(0, 0, '尚未登记党费，无法计算。');
  const lines: string[] = [];
  let due = 0;
  let onTime = 0;
  for (const quarterPeriod of periodsCovering(period, 'quarter')) {
    const year = Number(quarterPeriod.start.slice(0, 4));
    const quarter = Number(quarterPeriod.key.slice(-1)) as Quarter;
    if (monthKey(year, quarter * 3) < since) continue;
    const dueDate = remittanceDueDate(year, quarter, rules.dues);
    const remitted = records.remittances.find((r) => !r.deleted && r.year === year && r.quarter === quarter);
    if (!remitted && dueDate >= asOf) continue;
    due += 1;
    const early = remitted !== undefined && remitted.remittedOn <= dueDate;
    if (early) onTime += 1;
    lines.push(`${quarterPeriod.key} 应于 ${dueDate} 前上缴，${remitted ? `${remitted.remittedOn} 上缴${early ? '' : '（逾期）'}` : '未上缴'}`);
  }
  return share(onTime, due, due === 0 ? '本期尚无到期的党费上缴。' : `${lines.join('；')}。`);
}

interface DevelopmentStep {
  label: string;
  deadline: string | null;
  doneOn: string | null;
  /** The stage in which the step is still open: an older member with no milestone recorded is not called late. */
  openIn: MemberRecord['stage'];
}

function developmentSteps(member: MemberRecord, rules: DevelopmentRules): DevelopmentStep[] {
  const d = member.development;
  return [
    { label: '谈话', deadline: talkDeadline(member, rules), doneOn: recorded(d.applicationTalkOn), openIn: 'applicant' },
    { label: '支部大会讨论接收', deadline: admissionVoteDeadline(member, rules), doneOn: recorded(d.admissionVoteOn), openIn: 'candidate' },
    { label: '上级党委审批', deadline: committeeApprovalDeadline(member, rules), doneOn: recorded(d.committeeApprovalOn), openIn: 'probationary' },
    { label: '讨论转正', deadline: fullMembershipDeadline(member, rules), doneOn: recorded(d.fullMembershipVoteOn), openIn: 'probationary' },
  ];
}

/** Steps done in the period, and steps still open whose deadline passed in it. */
function developmentOnTime(records: BranchAssessmentRecords, rules: RuleGroups, period: Period, asOf: string): FigureValue {
  let due = 0;
  let onTime = 0;
  const late: string[] = [];
  for (const member of records.members.filter((m) => !m.deleted)) {
    for (const step of developmentSteps(member, rules.development)) {
      if (step.deadline === null) continue;
      const done = step.doneOn !== null && inPeriod(step.doneOn, period, asOf);
      const overdue = step.doneOn === null && member.stage === step.openIn && inPeriod(step.deadline, period, asOf) && step.deadline < asOf;
      if (!done && !overdue) continue;
      due += 1;
      if (done && step.doneOn! <= step.deadline) onTime += 1;
      else late.push(`${member.name}${step.label}（期限 ${step.deadline}）`);
    }
  }
  const detail = due === 0 ? '本期没有到期的发展环节。' : `本期到期 ${due} 个环节，按期 ${onTime} 个${late.length ? `；逾期：${late.join('、')}` : ''}。`;
  return share(onTime, due, detail);
}

function reviewsApproved(records: BranchAssessmentRecords, period: Period, asOf: string): FigureValue {
  const reviews = new Map(records.reviews.filter((r) => !r.deleted).map((review) => [review.id, review]));
  const meetings = records.meetings.filter((m) => !m.deleted && inPeriod(m.startAt.slice(0, 10), period, asOf));
  const reviewed = meetings.filter((meeting) => reviews.has(meeting.id));
  const approved = reviewed.filter((meeting) => reviews.get(meeting.id)!.verdict === 'approved').length;
  const detail = reviewed.length === 0 ? `本期 ${meetings.length} 份会议记录，尚无审阅。` : `本期 ${meetings.length} 份会议记录，已审阅 ${reviewed.length} 份，通过 ${approved} 份，退回 ${reviewed.length - approved} 份。`;
  return share(approved, reviewed.length, detail);
}

/**
 * Members talked with this year as of the period's end (or today), from the talk records by
 * the 谈心谈话 tab's own coverage rule: the share of members on the roster covered.
 */
function talksCovered(records: BranchAssessmentRecords, rules: RuleGroups, period: Period, asOf: string): FigureValue {
  const year = Number(period.start.slice(0, 4));
  const coverage = talkCoverage({ members: records.members, committeeIds: committeeIdsOf(records.branch), talks: records.talks, year, rule: rules.meetings.heartToHeartTalk, asOf });
  const missing = coverage.rows.filter((row) => !row.covered).map((row) => row.name);
  const named = missing.length > 5 ? `${missing.slice(0, 5).join('、')}等 ${missing.length} 人` : missing.join('、');
  const detail =
    coverage.rows.length === 0
      ? '没有应谈心谈话的党员。'
      : `截至 ${asOf}，${year} 年应谈 ${coverage.rows.length} 人，已谈 ${coverage.coveredCount} 人（按谈心谈话记录）${missing.length ? `；尚未谈话：${named}` : ''}。`;
  return share(coverage.coveredCount, coverage.rows.length, detail);
}

/**
 * The 组织生活月报 of the period's months, judged as the office's 月报 screen judges them (on the
 * first 提交, against the rule set's report day): on time of those submitted or overdue as of
 * today. A month whose report is not yet due and not submitted is not counted; months before
 * the branch kept the ledger are not owed.
 */
function monthlyReportsOnTime(records: BranchAssessmentRecords, rules: RuleGroups, period: Period, today: string): FigureValue {
  const reportDay = rules.meetings.monthlyReportDay.value;
  const ledgerSince = ledgerStartOf(records.branch);
  const byMonth = new Map(records.monthlyReports.filter((report) => !report.deleted).map((report) => [report.month, report]));
  const late: string[] = [];
  let due = 0;
  let onTime = 0;
  for (const { key: month } of periodsCovering(period, 'month')) {
    if (!reportOwed(month, ledgerSince)) continue;
    const timeliness = reportTimeliness(byMonth.get(month), month, reportDay, today);
    if (timeliness === 'notDue') continue;
    due += 1;
    if (timeliness === 'onTime') onTime += 1;
    else late.push(`${monthLabel(month)}${REPORT_TIMELINESS_LABELS[timeliness]}`);
  }
  const detail = due === 0 ? '本期尚无到期的组织生活月报。' : `本期应报月报 ${due} 份，按时报送 ${onTime} 份${late.length ? `；${late.join('、')}` : ''}（每月 ${reportDay} 日前报送上月月报）。`;
  return share(onTime, due, detail);
}

/**
 * 党建+业务: the quarters of the period with at least one activity recorded, among those already
 * decided (ended, or with an activity). 中办发〔2018〕35号 asks hospital branches to join Party work
 * with the department's work all year round; one activity a quarter is this app's default reading.
 */
function activitiesHeld(records: BranchAssessmentRecords, period: Period, asOf: string): FigureValue {
  const held = records.activities.filter((activity) => !activity.deleted && inPeriod(activity.date, period, asOf));
  const quarters = periodsCovering(period, 'quarter').filter((quarter) => quarter.start <= asOf);
  const active = quarters.filter((quarter) => held.some((activity) => activity.date >= quarter.start && activity.date <= quarter.end));
  const decided = quarters.filter((quarter) => quarter.end < asOf || active.includes(quarter));
  const byKind = activitiesOfYear(held, Number(period.start.slice(0, 4))).byKind;
  const kinds = (Object.entries(byKind) as [ActivityKind, number][]).map(([kind, count]) => `${ACTIVITY_KIND_LABELS[kind]} ${count}`).join('、');
  const detail =
    decided.length === 0
      ? '本期尚无结束的季度，也未登记党建+业务活动。'
      : `本期登记党建+业务活动 ${held.length} 次${kinds ? `（${kinds}）` : ''}；${decided.length} 个季度中 ${active.length} 个开展了活动。`;
  return share(active.length, decided.length, detail);
}

/**
 * Every figure the scheme can score, for one branch and one period as of `today`, computed by
 * the same functions the branch's own screens use (compliance, 学时台账, dues), so the office's
 * sheet and the branch's 考核 screen always agree with the ledger.
 */
export function branchFigures(records: BranchAssessmentRecords, rules: RuleGroups, period: Period, today: string): BranchFigures {
  const asOf = today < period.end ? today : period.end;
  const index = indexMeetings(records.meetings);
  return {
    meetingsOnTime: meetingsOnTime(index, records, rules, period, today),
    attendanceRate: attendanceRate(index, period),
    studyPace: studyPace(records, rules, period, asOf),
    duesRemittedOnTime: duesRemittedOnTime(records, rules, period, asOf),
    developmentOnTime: developmentOnTime(records, rules, period, asOf),
    reviewsApproved: reviewsApproved(records, period, asOf),
    talkCoverage: talksCovered(records, rules, period, asOf),
    monthlyReportsOnTime: monthlyReportsOnTime(records, rules, period, today),
    activitiesHeld: activitiesHeld(records, period, asOf),
  };
}
