import { describe, expect, it } from 'vitest';
import { draftMonthlyReport } from '../../../../shared/statistics/monthly-report-draft';
import { reportDueOn, reportMonthBefore, reportOwed, reportReview, reportTimeliness, type MonthlyReportRecord, type MonthlyReportReturnRecord } from '../../../../shared/statistics/monthly-report';
import { branchReportReminders, officeReportReminders } from '../../../../shared/statistics/monthly-report-reminders';
import { attendanceOf, meetingRecord } from '../support/meeting-fixture';
import { memberRecord } from '../support/member-fixture';
import { records, scope } from './stat-fixture';

describe('组织生活月报: due day and timeliness', () => {
  it('is due on the report day of the next month, clamped to that month’s length', () => {
    expect(reportDueOn('2026-11', 5)).toBe('2026-12-05');
    expect(reportDueOn('2026-12', 5)).toBe('2027-01-05');
    // A day of 31 in February: its last day (2028 is a leap year).
    expect(reportDueOn('2027-01', 31)).toBe('2027-02-28');
    expect(reportDueOn('2028-01', 31)).toBe('2028-02-29');
  });

  it('judges on time by the first submission, on the due day itself still on time', () => {
    expect(reportTimeliness({ firstSubmittedOn: '2026-12-05' }, '2026-11', 5, '2026-12-20')).toBe('onTime');
    expect(reportTimeliness({ firstSubmittedOn: '2026-12-06' }, '2026-11', 5, '2026-12-06')).toBe('late');
    // A draft (never submitted) is 未报送 until the due day has passed.
    expect(reportTimeliness({ firstSubmittedOn: '' }, '2026-11', 5, '2026-12-05')).toBe('notDue');
    expect(reportTimeliness(undefined, '2026-11', 5, '2026-12-06')).toBe('overdue');
    // The office's later day moves the line.
    expect(reportTimeliness({ firstSubmittedOn: '2026-12-06' }, '2026-11', 10, '2026-12-06')).toBe('onTime');
  });

  it('owes the months that ended on or after the ledger began, and reminds of the month before today', () => {
    expect(reportOwed('2026-11', '2026-11-30')).toBe(true);
    expect(reportOwed('2026-11', '2026-12-01')).toBe(false);
    expect(reportMonthBefore('2026-01-03')).toBe('2025-12');
  });

  it('reads a 回执 only for the submission it read: a resubmission after 退回 awaits a new reading', () => {
    const returned = { verdict: 'returned' as const, reviewedSubmission: '2026-12-03T02:00:00.000Z' };
    expect(reportReview({ submittedAt: '2026-12-03T02:00:00.000Z' }, undefined)).toBe('awaiting');
    expect(reportReview({ submittedAt: '2026-12-03T02:00:00.000Z' }, returned)).toBe('returned');
    expect(reportReview({ submittedAt: '2026-12-04T02:00:00.000Z' }, returned)).toBe('resubmitted');
    expect(reportReview({ submittedAt: '2026-12-03T02:00:00.000Z' }, { ...returned, verdict: 'approved' })).toBe('approved');
  });
});

describe('组织生活月报: the draft from the records', () => {
  const a = memberRecord({ name: '甲', stage: 'full', joinedOn: '2010-07-01' });
  const b = memberRecord({ name: '乙', stage: 'full', joinedOn: '2010-07-01' });
  const c = memberRecord({ name: '丙', stage: 'full', joinedOn: '2010-07-01' });
  const committee = meetingRecord('committeeMeeting', '2026-11-12', { attendance: attendanceOf({ [a.id]: 'present', [b.id]: 'present', [c.id]: 'absent' }) });
  const lecture = meetingRecord('partyLecture', '2026-11-26', {
    attendance: attendanceOf({ [a.id]: 'present', [b.id]: 'leave', [c.id]: 'absent' }),
    makeUps: [{ id: 'mu-1', memberId: b.id, date: '2026-11-28', method: 'selfStudy', note: '' }],
  });
  const october = meetingRecord('committeeMeeting', '2026-10-30', { attendance: attendanceOf({ [a.id]: 'present' }) });

  it('lists the month’s meetings with dates, attendance and make-ups, oldest first, and nothing of another month', () => {
    const draft = draftMonthlyReport(records([a, b, c], { meetings: [lecture, october, committee] }), scope('2026-11', '2026-12-03'));
    expect(draft.meetings.map((line) => [line.date, line.typeLabel, line.expected, line.present, line.leave, line.absent, line.makeUps, line.makeUpsOwed])).toEqual([
      ['2026-11-12', '支部委员会', 3, 2, 0, 1, 0, 1],
      ['2026-11-26', '党课', 3, 1, 1, 1, 1, 1],
    ]);
  });

  it('carries the branch’s row of the monthly tables: 支委会 held on time, attendance 3 of 6', () => {
    const draft = draftMonthlyReport(records([a, b, c], { meetings: [lecture, october, committee] }), scope('2026-11', '2026-12-03'));
    const figure = (label: string) => draft.figures.find((each) => each.label === label)?.value;
    expect(figure('支部委员会·按期')).toBe('1');
    expect(figure('出席·平均出席率')).toBe('50.0%');
    expect(figure('待补课人次')).toBe('2');
    expect(new Set(draft.figures.map((each) => each.section)).size).toBe(5);
  });

  it('refuses a period that is not a month', () => {
    expect(() => draftMonthlyReport(records([a]), scope('2026-Q4'))).toThrow('组织生活月报按月填报');
  });
});

describe('组织生活月报 on 首页', () => {
  const branch = { id: 'branch-1', name: '内科党支部', createdAt: '2026-10-20T08:00:00.000Z' };
  const report = (month: string, submittedAt = ''): MonthlyReportRecord => ({
    id: `report-${month}`,
    branchId: 'branch-1',
    createdAt: '2026-12-01T00:00:00.000Z',
    updatedAt: '2026-12-01T00:00:00.000Z',
    deleted: false,
    month,
    figures: [],
    meetings: [],
    notes: '',
    signedBy: submittedAt ? '王书记' : '',
    submittedAt,
    firstSubmittedOn: submittedAt.slice(0, 10),
  });

  it('reminds the branch of last month’s unsent report until the report day, then says it is overdue; a draft is still unsent', () => {
    expect(branchReportReminders(branch, [report('2026-11')], new Map(), 5, '2026-12-05').map((each) => [each.severity, each.text])).toEqual([
      ['warning', '2026年11月组织生活月报尚未签名提交：请在“组织生活月报”中核对、签名提交，并于12月5日前导出报送包。'],
    ]);
    expect(branchReportReminders(branch, [], new Map(), 5, '2026-12-06')[0]!.severity).toBe('error');
    expect(branchReportReminders(branch, [report('2026-11', '2026-12-02T02:00:00.000Z')], new Map(), 5, '2026-12-06')).toEqual([]);
    // A branch whose ledger began in December owes nothing for November.
    expect(branchReportReminders({ createdAt: '2026-12-02T08:00:00.000Z' }, [], new Map(), 5, '2026-12-06')).toEqual([]);
  });

  it('on an enrolled PC, a signed report is sent only once a report package is made after it', () => {
    const signed = [report('2026-11', '2026-12-02T02:00:00.000Z')];
    const exportReminders = (today: string, lastExportAt?: string) =>
      branchReportReminders(branch, signed, new Map(), 5, today, { enrolled: true, ...(lastExportAt ? { lastExportAt } : {}) }).map((each) => [each.target, each.severity, each.text]);
    expect(exportReminders('2026-12-03')).toEqual([['export', 'warning', '2026年11月组织生活月报已签名提交，尚未随报送包交院党委：请在“数据交换”中导出报送包（截止12月5日）。']]);
    // A package made before the signature does not carry the report; after the report day it is overdue.
    expect(exportReminders('2026-12-06', '2026-12-01T09:00:00.000Z').map(([target, severity]) => [target, severity])).toEqual([['export', 'error']]);
    expect(exportReminders('2026-12-06', '2026-12-02T03:00:00.000Z')).toEqual([]);
    // Not enrolled: no package can be made yet, so nothing is asked of it.
    expect(branchReportReminders(branch, signed, new Map(), 5, '2026-12-03', { enrolled: false })).toEqual([]);
  });

  it('names a returned report with the office’s opinion until it is resubmitted', () => {
    const sent = report('2026-10', '2026-11-03T02:00:00.000Z');
    const back: MonthlyReportReturnRecord = { ...sent, month: '2026-10', verdict: 'returned', opinion: '请补充党小组会情况。', reviewer: '组织科', reviewedAt: '2026-11-06T02:00:00.000Z', reviewedSubmission: sent.submittedAt };
    const done = report('2026-11', '2026-12-02T02:00:00.000Z');
    expect(branchReportReminders(branch, [sent, done], new Map([[sent.id, back]]), 5, '2026-12-06').map((each) => each.text)).toEqual(['2026年10月组织生活月报被院党委退回修改：请补充党小组会情况。']);
    const again = { ...sent, submittedAt: '2026-12-06T02:00:00.000Z' };
    expect(branchReportReminders(branch, [again, done], new Map([[sent.id, back]]), 5, '2026-12-06')).toEqual([]);
  });

  it('tells the office which branches have not sent last month’s report, once the report day has passed', () => {
    const other = { id: 'branch-2', name: '外科党支部', createdAt: '2026-01-01T08:00:00.000Z' };
    const young = { id: 'branch-3', name: '新设党支部', createdAt: '2026-12-01T08:00:00.000Z' };
    const sent = report('2026-11', '2026-12-02T02:00:00.000Z');
    expect(officeReportReminders([branch, other, young], [sent], 5, '2026-12-05')).toEqual([]);
    expect(officeReportReminders([branch, other, young], [sent], 5, '2026-12-06').map((each) => each.text)).toEqual(['1 个支部逾期未报2026年11月组织生活月报（截止12月5日）：外科党支部']);
  });
});
