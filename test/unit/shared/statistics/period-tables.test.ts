import { describe, expect, it } from 'vitest';
import { developmentTable } from '../../../../shared/statistics/development-table';
import { duesTable } from '../../../../shared/statistics/dues-table';
import { meetingLifeTable } from '../../../../shared/statistics/meeting-life-table';
import { membershipChangesTable } from '../../../../shared/statistics/membership-changes-table';
import { organisationTable } from '../../../../shared/statistics/organisation-table';
import { movementCounts } from '../../../../shared/members/roster-periods';
import { NATIONAL_RULE_SET } from '../../../../shared/rules/national-rule-set';
import { employedOn, fen, paid, payment } from '../dues/dues-fixture';
import { attendanceOf, meetingRecord } from '../support/meeting-fixture';
import { memberRecord } from '../support/member-fixture';
import { records, scope } from './stat-fixture';

describe('发展党员情况', () => {
  // Born 1991-09-30: 35 on the day of the 支部大会, still within 35岁及以下.
  const lastDay = memberRecord(
    { name: '护士甲', stage: 'probationary', joinedOn: '2026-09-30', gender: 'female', ethnicity: '回族', birthDate: '1991-09-30', education: '大专', title: '主管护师', post: '护士' },
    { appliedOn: '2023-03-01', activistOn: '2023-09-01', candidateOn: '2026-03-01', admissionVoteOn: '2026-09-30' },
  );
  const nextDay = memberRecord(
    { name: '医师乙', stage: 'probationary', joinedOn: '2026-10-01', gender: 'male', birthDate: '1985-01-01', education: '中专', title: '会计师', post: '科员' },
    { appliedOn: '2023-03-01', activistOn: '2023-09-01', candidateOn: '2026-03-01', admissionVoteOn: '2026-10-01' },
  );
  const madeFull = memberRecord({ name: '转正丙', stage: 'full', joinedOn: '2025-08-15', fullMembershipOn: '2026-08-15' });

  it('counts a member admitted on the last day of the period, with the intake’s structure, and not the one admitted the next day', () => {
    const cells = developmentTable([records([lastDay, nextDay, madeFull])], scope('2026-Q3')).total.cells;
    expect(cells.admitted!.ids).toEqual([lastDay.id]);
    expect(['admittedFemale', 'admittedMinority', 'admittedYoung', 'admittedCollege', 'admittedFrontLine'].map((key) => cells[key]!.value)).toEqual([1, 1, 1, 1, 1]);
    expect(cells.madeFull!.ids).toEqual([madeFull.id]);
    // On 2026-09-30 the one admitted the next day was still a 发展对象 on the books.
    expect(cells.candidates!.ids).toEqual([nextDay.id]);
    const october = developmentTable([records([lastDay, nextDay, madeFull])], scope('2026-10')).total.cells;
    expect(october.admitted!.ids).toEqual([nextDay.id]);
    expect([october.admittedYoung!.value, october.admittedCollege!.value, october.admittedFrontLine!.value]).toEqual([0, 0, 0]);
  });

  it('lists people with a step past its deadline, judged on the period’s end', () => {
    // Applied 2026-05-01, nobody talked to them: the one-month talk deadline passed on 2026-06-01.
    const waiting = memberRecord({ name: '申请人丁', stage: 'applicant' }, { appliedOn: '2026-05-01' });
    expect(developmentTable([records([waiting])], scope('2026-05')).total.cells.overdue!.value).toBe(0);
    expect(developmentTable([records([waiting])], scope('2026-06')).total.cells.overdue!.ids).toEqual([waiting.id]);
  });
});

describe('组织关系转接和出党', () => {
  it('counts the transfers and endings dated in the period, as movementCounts does', () => {
    const out = memberRecord({ stage: 'full', joinedOn: '2010-07-01', transfers: [{ direction: 'out', date: '2026-06-30', counterpart: '省人民医院党委', note: '' }] });
    const died = { ...memberRecord({ stage: 'full', joinedOn: '1970-07-01' }), ending: { kind: 'died' as const, date: '2026-04-01', reason: '病故', document: '' } };
    const people = [out, died];
    const cells = membershipChangesTable([records(people)], scope('2026-Q2')).total.cells;
    expect(cells.transferOut!.ids).toEqual([out.id]);
    expect(cells.died!.ids).toEqual([died.id]);
    const counts = movementCounts(people, '2026-04-01', '2026-06-30');
    for (const [key, value] of Object.entries(counts)) expect(cells[key]!.value, key).toBe(value);
    const next = membershipChangesTable([records(people)], scope('2026-Q3')).total.cells;
    expect([next.transferOut!.value, next.died!.value]).toEqual([0, 0]);
  });
});

describe('组织设置', () => {
  const seats = (ids: string[]) => ids.map((memberId, index) => ({ role: (['secretary', 'organization', 'publicity'] as const)[index]!, memberId }));
  const fullMembers = (count: number) => Array.from({ length: count }, () => memberRecord({ stage: 'full', joinedOn: '2010-07-01', fullMembershipOn: '2011-07-01' }));

  it('counts committees, 双带头人 and their share of branches with a secretary, terms ending and expired, branches under 3 full members', () => {
    const a = fullMembers(8);
    const b = fullMembers(2);
    const branchA = records(a, {}, { id: 'a', name: '甲支部', committee: seats(a.slice(0, 3).map((m) => m.id)), secretaryIsDepartmentHead: true, termStart: '2024-03-01', termEnd: '2027-03-01' });
    const branchB = records(b, {}, { id: 'b', name: '乙支部', committee: seats([b[0]!.id]), termStart: '2023-01-01', termEnd: '2026-01-01' });
    const table = organisationTable([branchA, branchB], NATIONAL_RULE_SET, '2026-11-30');
    const cells = table.total.cells;
    expect(cells.branches!.value).toBe(2);
    expect(cells.withCommittee!.ids).toEqual(['a']);
    expect(cells.withSecretary!.value).toBe(2);
    expect(cells.dualLeader!.ids).toEqual(['a']);
    expect(cells.dualLeaderShare!.value).toBe(0.5);
    expect(cells.termEnding!.ids).toEqual(['a']);
    expect(cells.termExpired!.ids).toEqual(['b']);
    expect(cells.tooFewFull!.ids).toEqual(['b']);
    expect(cells.members!.value).toBe(10);
  });
});

describe('三会一课 in a period', () => {
  it('splits the committee’s months into on time, late (补开) and missing, naming the meetings and the months', () => {
    const july = meetingRecord('committeeMeeting', '2026-07-08', { attendance: attendanceOf({ a: 'present', b: 'present', c: 'leave' }) });
    const octoberForSeptember = meetingRecord('committeeMeeting', '2026-10-09', { makesUpPeriod: '2026-09', attendance: attendanceOf({ a: 'present', b: 'absent' }) });
    const table = meetingLifeTable([records([], { meetings: [july, octoberForSeptember] })], scope('2026-Q3'));
    const cells = table.total.cells;
    expect(cells['committeeMeeting.due']!.value).toBe(3);
    expect(cells['committeeMeeting.onTime']!.ids).toEqual([july.id]);
    expect(cells['committeeMeeting.late']!.ids).toEqual([octoberForSeptember.id]);
    expect(cells['committeeMeeting.missing']!.ids).toEqual(['branch-1|committeeMeeting||2026-08']);
    // Attendance and make-ups over the meetings held in the period (July's): 2 of 3, and c owes a make-up.
    expect([cells.held!.value, cells.expected!.value, cells.present!.value]).toEqual([1, 3, 2]);
    expect(cells.attendanceRate!.value).toBeCloseTo(2 / 3);
    expect(cells.makeUpsOwed!.ids).toEqual(['c']);
  });
});

describe('党费 in a period', () => {
  it('adds the quarter’s months as the ledger has them, the remittance of the period and the arrears at its end', () => {
    const member = memberRecord({ stage: 'full', joinedOn: '2010-07-01' });
    // 4,000 元 a month employed: 1%, 40 元; July and August paid, September not.
    const bases = [employedOn(fen('4000'), { memberId: member.id, year: 2026, fromMonth: 7 })];
    const payments = [payment(2026, { 7: paid(fen('40')), 8: paid(fen('40')) }, { memberId: member.id })];
    const remittance = { id: 'r-1', branchId: 'branch-1', createdAt: '', updatedAt: '', deleted: false, year: 2026, quarter: 3, remittedOn: '2026-09-18', amountFen: fen('80'), receiptRef: 'No.1' };
    const cells = duesTable([records([member], { duesBases: bases, duesPayments: payments, duesRemittances: [remittance] })], scope('2026-Q3')).total.cells;
    expect([cells.dueFen!.value, cells.paidFen!.value, cells.outstandingFen!.value, cells.remittedFen!.value]).toEqual([fen('120'), fen('80'), fen('40'), fen('80')]);
    expect(cells.remittedFen!.ids).toEqual(['r-1']);
    expect([cells.inArrears!.ids, cells.arrearsFen!.value]).toEqual([[member.id], fen('40')]);
  });
});
