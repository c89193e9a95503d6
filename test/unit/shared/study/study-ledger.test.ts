import { describe, expect, it } from 'vitest';
import { NATIONAL_RULE_SET } from '../../../../shared/rules/national-rule-set';
import { formatHours, studyLedger } from '../../../../shared/study/study-ledger';
import { attendanceOf, branchRecord, meetingRecord } from '../support/meeting-fixture';
import { memberRecord } from '../support/member-fixture';
import { notebookOf, studyNote } from '../support/study-fixture';

const rules = NATIONAL_RULE_SET.rules;

describe('studyLedger', () => {
  const secretary = memberRecord({ stage: 'full', name: '李书记' });
  const member = memberRecord({ stage: 'full', name: '王党员' });
  const activist = memberRecord({ stage: 'activist', name: '赵积极' });
  const branch = branchRecord('2026-01-01', { committee: [{ role: 'secretary', memberId: secretary.id }] });
  // 09:00–12:00 is 3 学时 to everyone present.
  const lecture = meetingRecord('partyLecture', '2026-03-05', {
    startAt: '2026-03-05T09:00',
    endAt: '2026-03-05T12:00',
    attendance: attendanceOf({ [secretary.id]: 'present', [member.id]: 'absent' }),
    makeUps: [{ id: 'mu', memberId: member.id, date: '2026-04-02', method: 'replay', note: '' }],
  });
  const notebooks = [
    notebookOf(member.id, 2026, [studyNote('2026-01-10', 2, { form: 'selfStudy' }), studyNote('2026-04-15', 8, { form: 'trainingCourse', excellent: { comment: '好', markedBy: '李书记', markedAt: '' } })]),
    notebookOf(member.id, 2025, [studyNote('2025-12-30', 30)]),
    notebookOf(secretary.id, 2026, [studyNote('2026-03-20', 1.5, { form: 'online' })], { deleted: true }),
  ];
  const ledger = studyLedger({ branch, members: [secretary, member, activist], notebooks, meetings: [lecture], year: 2026, today: '2026-07-01', rules });

  it('lists those with a target, with hours by form and from meetings and make-ups', () => {
    expect(ledger.rows.map((row) => row.member.name)).toEqual(['李书记', '王党员']);
    const [lead, plain] = ledger.rows as [(typeof ledger.rows)[0], (typeof ledger.rows)[0]];
    expect(lead).toMatchObject({ total: 3, fromMeetings: 3, fromMakeUps: 0, noteCount: 0, target: { hours: 56 } });
    expect(plain.byForm).toEqual({ collective: 0, selfStudy: 2, online: 0, trainingCourse: 8 });
    expect(plain).toMatchObject({ total: 13, fromMeetings: 0, fromMakeUps: 3, noteCount: 2, excellentCount: 1, target: { hours: 32 } });
  });

  it('counts only the year asked for, and no deleted notebook', () => {
    const earlier = studyLedger({ branch, members: [member], notebooks, meetings: [lecture], year: 2025, today: '2026-07-01', rules });
    expect(earlier.rows[0]).toMatchObject({ total: 30, status: 'missed' });
  });

  it('spreads hours by month: notes in their month, make-ups in theirs', () => {
    const plain = ledger.rows[1]!;
    expect(plain.byMonth.slice(0, 4)).toEqual([2, 0, 0, 11]);
    expect(ledger.summary.notesByMonth.slice(0, 4)).toEqual([2, 0, 0, 8]);
    expect(ledger.summary.meetingsByMonth.slice(0, 4)).toEqual([0, 0, 3, 3]);
  });

  it('paces each against their own target and sums the branch', () => {
    // By 1 July, less a month's grace, a leader owes 56 × 152/365 ≈ 23.3 and a member 13.3.
    expect(ledger.rows.map((row) => row.status)).toEqual(['behind', 'behind']);
    expect(ledger.summary).toMatchObject({ memberCount: 2, totalHours: 16, averageHours: 8, belowTarget: 2, behind: 2 });
    // 3/56 is under a quarter; 13/32 is between a quarter and a half.
    expect(ledger.summary.distribution).toEqual([1, 1, 0, 0, 0]);
  });

  it('lists the committee first, then members, then 发展对象, each by name', () => {
    const candidate = memberRecord({ stage: 'candidate', name: '陈发展' });
    const second = memberRecord({ stage: 'full', name: '艾党员' });
    const year = studyLedger({ branch, members: [candidate, member, second, secretary], notebooks: [], meetings: [], year: 2026, today: '2026-03-01', rules });
    expect(year.rows.map((row) => row.member.name)).toEqual(['李书记', '艾党员', '王党员', '陈发展']);
  });

  it('paces a member admitted during the year against the months on the books only', () => {
    const admitted = memberRecord({ stage: 'probationary', name: '孙预备', joinedOn: '2026-07-15' });
    const notes = notebookOf(admitted.id, 2026, [studyNote('2026-08-20', 3)]);
    const [row] = studyLedger({ branch, members: [admitted], notebooks: [notes], meetings: [], year: 2026, today: '2026-10-01', rules }).rows;
    // 16 学时 from July: by 1 October (day 93 of 184) 8.1 are due; with the grace 5.5, so 3 is behind.
    expect(row).toMatchObject({ target: { hours: 16, fromMonth: 7 }, status: 'behind' });
    expect(row!.expectedToDate).toBeCloseTo((16 * 93) / 184, 6);
  });

  it('reports a member who reached the target as met in the top band', () => {
    const done = notebookOf(member.id, 2026, [studyNote('2026-02-01', 32)]);
    const year = studyLedger({ branch, members: [member], notebooks: [done], meetings: [], year: 2026, today: '2026-03-01', rules });
    expect(year.rows[0]!.status).toBe('met');
    expect(year.summary.distribution).toEqual([0, 0, 0, 0, 1]);
    expect(year.summary.belowTarget).toBe(0);
  });
});

describe('studyLedger in a branch that started using the app mid-year', () => {
  const branch = branchRecord('2026-01-01');
  // Imported on 6 December with the roster: the year before it is not in the app.
  const imported = (name: string) => ({ ...memberRecord({ stage: 'full', name }), createdAt: '2026-12-06T02:00:00.000Z' });
  const [newcomer, withOpening] = [imported('黄雪梅'), imported('王建国')];
  const notebooks = [notebookOf(withOpening.id, 2026, [], { openingHours: 28.5 })];
  const ledgerOn = (today: string) => studyLedger({ branch, members: [newcomer, withOpening], notebooks, meetings: [], year: 2026, today, rules });

  it('is not behind on its first day for the months before its records began', () => {
    const row = ledgerOn('2026-12-06').rows.find((r) => r.member.name === '黄雪梅')!;
    expect(row).toMatchObject({ total: 0, opening: undefined, status: 'onPace' });
    expect(row.expectedToDate).toBeCloseTo(32 / 26, 5);
  });

  it('counts the opening balance in the total, shown apart, and paces it over the whole year', () => {
    const row = ledgerOn('2026-12-06').rows.find((r) => r.member.name === '王建国')!;
    expect(row).toMatchObject({ opening: 28.5, total: 28.5, status: 'onPace', byMonth: new Array(12).fill(0) });
    expect(ledgerOn('2027-01-01').rows.find((r) => r.member.name === '王建国')!.status).toBe('missed');
  });
});

describe('formatHours', () => {
  it('shows whole hours bare and halves with one decimal', () => {
    expect([formatHours(12), formatHours(12.5), formatHours(0)]).toEqual(['12', '12.5', '0']);
  });
});
