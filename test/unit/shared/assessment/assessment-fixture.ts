import type { ActivityKind, ActivityRecord } from '../../../../shared/activities/activity';
import type { BranchAssessmentRecords } from '../../../../shared/assessment/branch-figures';
import type { DuesRemittanceRecord } from '../../../../shared/dues/dues-types';
import type { MeetingReviewRecord } from '../../../../shared/meetings/meeting-review';
import type { TalkRecord } from '../../../../shared/talks/talk';
import type { MonthlyReportRecord } from '../../../../shared/statistics/monthly-report';
import { employedOn, fen } from '../dues/dues-fixture';
import { attendanceOf, branchRecord, meetingRecord } from '../support/meeting-fixture';
import { memberRecord } from '../support/member-fixture';
import { notebookOf, studyNote } from '../support/study-fixture';

const stamp = { branchId: 'branch-1', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', deleted: false };

export function remittance(year: number, quarter: number, remittedOn: string): DuesRemittanceRecord {
  return { ...stamp, id: `remit-${year}-${quarter}`, year, quarter, remittedOn, amountFen: 12_000, receiptRef: 'R1' };
}

export function talk(id: string, date: string, kind: TalkRecord['kind'], talkerIds: string[], memberIds: string[]): TalkRecord {
  return { ...stamp, id, date, kind, talkerIds, memberIds, topic: '思想工作交流', notes: '' };
}

export function monthlyReport(month: string, firstSubmittedOn: string): MonthlyReportRecord {
  return { ...stamp, id: `report-${month}`, month, figures: [], meetings: [], notes: '', signedBy: '书记', submittedAt: `${firstSubmittedOn}T09:00:00.000Z`, firstSubmittedOn };
}

export function review(meetingId: string, verdict: 'approved' | 'returned'): MeetingReviewRecord {
  return { ...stamp, id: meetingId, verdict, opinion: '', reviewer: '组织科', reviewedAt: '2026-10-01T08:00:00.000Z', sessionName: '' };
}

export function activity(kind: ActivityKind, date: string, patch: Partial<ActivityRecord> = {}): ActivityRecord {
  return { ...stamp, id: `activity-${kind}-${date}`, kind, date, title: '活动', memberIds: [], partnerUnit: '', description: '', attachmentIds: [], ...patch };
}

/**
 * One branch's 2026 with every figure worked out by hand for Q3 (1 July – 30 September),
 * seen on 10 October. Four full members A–D (no committee, so 32 学时 each), a 发展对象 E
 * (24 学时 short training) and an applicant F.
 */
export function thirdQuarterBranch(): BranchAssessmentRecords {
  const [a, b, c, d] = ['甲', '乙', '丙', '丁'].map((name) => memberRecord({ stage: 'full', name: `党员${name}`, joinedOn: '2010-05-01' }));
  // 发展对象 pre-reviewed 10 June: the 支部大会 was due by 10 July and has not been held.
  const e = memberRecord({ stage: 'candidate', name: '发展对象戊' }, { preReviewOn: '2026-06-10' });
  // Applied 20 June, talked to on 15 July: due by 20 July, on time.
  const f = memberRecord({ stage: 'applicant', name: '申请人己' }, { appliedOn: '2026-06-20', applicationTalkOn: '2026-07-15' });
  const everyone = (statuses: Partial<Record<'a' | 'b' | 'c' | 'd', 'present' | 'leave' | 'absent'>> = {}) =>
    attendanceOf({ [a!.id]: statuses.a ?? 'present', [b!.id]: statuses.b ?? 'present', [c!.id]: statuses.c ?? 'present', [d!.id]: statuses.d ?? 'present' });
  const meetings = [
    meetingRecord('partyMemberAssembly', '2026-08-15', { attendance: everyone() }),
    meetingRecord('committeeMeeting', '2026-07-10', { attendance: everyone({ d: 'leave' }) }),
    meetingRecord('committeeMeeting', '2026-08-10', { attendance: everyone() }),
    // September's 支委会 only in October, as a 补开 for 2026-09.
    meetingRecord('committeeMeeting', '2026-10-08', { attendance: everyone(), makesUpPeriod: '2026-09' }),
    // 14:30–16:00: 1.5 学时 to those present.
    meetingRecord('partyLecture', '2026-09-05', { attendance: everyone({ d: 'absent' }) }),
  ];
  const notebooks = [
    notebookOf(a!.id, 2026, [studyNote('2026-05-10', 30)]),
    notebookOf(b!.id, 2026, [studyNote('2026-06-10', 32)]),
    notebookOf(c!.id, 2026, [studyNote('2026-07-10', 22)]),
  ];
  return {
    branch: branchRecord('2026-01-01'),
    members: [a!, b!, c!, d!, e, f],
    meetings,
    notebooks,
    bases: [employedOn(fen('4000'), { memberId: a!.id })],
    payments: [],
    remittances: [remittance(2026, 1, '2026-03-15'), remittance(2026, 2, '2026-06-18'), remittance(2026, 3, '2026-09-25')],
    reviews: [review(meetings[0]!.id, 'approved'), review(meetings[1]!.id, 'approved'), review(meetings[2]!.id, 'returned')],
    // 谈心谈话: 甲 with 乙 and 丙 in May; 丁 only by 函询 (written, not counted); no committee on record, so any talk counts.
    // 月报 (due the 5th of the next month): July's on time, August's late, September's not sent by 10 October.
    monthlyReports: [monthlyReport('2026-07', '2026-08-03'), monthlyReport('2026-08', '2026-09-08')],
    talks: [talk('talk-1', '2026-05-06', 'heartToHeart', [a!.id], [b!.id, c!.id]), talk('talk-2', '2026-07-01', 'inquiry', [a!.id], [d!.id])],
    // 党建+业务 in Q1 and Q3; Q2's was deleted.
    activities: [activity('pairing', '2026-03-05'), activity('freeClinic', '2026-05-12', { deleted: true }), activity('volunteer', '2026-08-20'), activity('volunteer', '2026-09-09')],
  };
}
