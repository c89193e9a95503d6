import { describe, expect, it } from 'vitest';
import { developmentTable } from '../../../../shared/statistics/development-table';
import { duesTable } from '../../../../shared/statistics/dues-table';
import { meetingLifeTable } from '../../../../shared/statistics/meeting-life-table';
import { membershipChangesTable } from '../../../../shared/statistics/membership-changes-table';
import { memberCompositionTable } from '../../../../shared/statistics/member-composition';
import { organisationTable } from '../../../../shared/statistics/organisation-table';
import { movementCounts } from '../../../../shared/members/roster-periods';
import { NATIONAL_RULE_SET } from '../../../../shared/rules/national-rule-set';
import { employedOn, fen, paid, payment } from '../dues/dues-fixture';
import { attendanceOf, meetingRecord } from '../support/meeting-fixture';
import { memberRecord } from '../support/member-fixture';
import { records, scope } from './stat-fixture';
import { talk } from '../assessment/assessment-fixture';

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

describe('组织关系转接 after a 院内调动 (the old branch’s carried history)', () => {
  it('the new branch counts the move in, not the arrival from outside the member carried; the old branch counts that arrival and the move out', () => {
    const fromOutside = { direction: 'in' as const, date: '2026-02-01', counterpart: '市中心医院党委', note: '' };
    const order = { note: '院内调动（院党委组织科批准）', letterNumber: '院组〔2026〕5号', orderId: 'order-1' };
    const atOld = memberRecord({ stage: 'full', joinedOn: '2010-07-01', transfers: [fromOutside, { ...order, direction: 'out', date: '2026-06-01', counterpart: '乙支部' }] });
    const atNew = memberRecord({ stage: 'full', joinedOn: '2010-07-01', transfers: [fromOutside, { ...order, direction: 'in', date: '2026-06-01', counterpart: '甲支部' }] });
    const table = membershipChangesTable([records([atOld], {}, { id: 'a', name: '甲支部' }), records([atNew], {}, { id: 'b', name: '乙支部' })], scope('2026'));
    const row = (key: string) => table.rows.find((each) => each.key === key)!.cells;
    expect([row('a').transferIn!.value, row('a').transferOut!.value]).toEqual([1, 1]);
    expect([row('b').transferIn!.value, row('b').transferOut!.value]).toEqual([1, 0]);
    // The hospital: one arrival from outside, one move (out at 甲, in at 乙).
    expect([table.total.cells.transferIn!.value, table.total.cells.transferOut!.value]).toEqual([2, 1]);
    // And the member is on the new branch's roster only from the move: not counted there in March.
    expect(memberCompositionTable([records([atNew])], '2026-03-31').total.cells.total!.value).toBe(0);
    expect(memberCompositionTable([records([atNew])], '2026-06-01').total.cells.total!.value).toBe(1);
    expect(memberCompositionTable([records([atOld])], '2026-03-31').total.cells.total!.value).toBe(1);
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

describe('谈心谈话 in 三会一课 in a period (from the talk records)', () => {
  // The national rule: once a year. 2025 is over on 2026-11-30, so a year without a talk is missing.
  const legacyA = meetingRecord('heartToHeartTalk', '2025-03-10', { branchId: 'a' });
  const legacyB = meetingRecord('heartToHeartTalk', '2025-04-10', { branchId: 'b' });
  const branches = [
    // 甲: a meeting recorded as 谈心谈话 before the talk records, and a talk in May (and a 函询): the talk counts, the meeting not beside it.
    records([], { meetings: [legacyA], talks: [talk('t1', '2025-05-06', 'heartToHeart', ['s'], ['x']), talk('t2', '2025-06-01', 'inquiry', ['s'], ['y'])] }, { id: 'a', name: '甲支部' }),
    // 乙: only the legacy meeting: it still holds the year.
    records([], { meetings: [legacyB] }, { id: 'b', name: '乙支部' }),
    // 丙: only a 函询 (and a deleted talk): nothing held, the year is missing.
    records([], { talks: [talk('t3', '2025-07-01', 'inquiry', ['s'], ['z']), { ...talk('t4', '2025-08-01', 'heartToHeart', ['s'], ['z']), deleted: true }] }, { id: 'c', name: '丙支部' }),
  ];

  it('counts each branch’s year once: 甲 by its talk, 乙 by its legacy meeting, 丙 missing; the total is the rows’ sum', () => {
    const table = meetingLifeTable(branches, scope('2025'));
    const row = (key: string) => table.rows.find((each) => each.key === key)!.cells;
    expect([row('a')['heartToHeartTalk.onTime']!.value, row('a')['heartToHeartTalk.onTime']!.ids]).toEqual([1, ['t1']]);
    expect([row('b')['heartToHeartTalk.onTime']!.value, row('b')['heartToHeartTalk.onTime']!.ids]).toEqual([1, [legacyB.id]]);
    expect([row('c')['heartToHeartTalk.onTime']!.value, row('c')['heartToHeartTalk.missing']!.ids]).toEqual([0, ['c|heartToHeartTalk||2025']]);
    const total = table.total.cells;
    expect(total['heartToHeartTalk.due']!.value).toBe(3);
    expect([total['heartToHeartTalk.onTime']!.value, total['heartToHeartTalk.onTime']!.ids]).toEqual([2, ['t1', legacyB.id]]);
    expect(total['heartToHeartTalk.missing']!.value).toBe(1);
    // The legacy meetings were still meetings held (召开会议 counts meetings, not talks).
    expect(total.held!.value).toBe(2);
  });

  it('a period without talks keeps its legacy meeting: under a quarterly rule 甲’s first quarter is the meeting’s, its second the talk’s', () => {
    const quarterly = { ...NATIONAL_RULE_SET, rules: { ...NATIONAL_RULE_SET.rules, meetings: { ...NATIONAL_RULE_SET.rules.meetings, heartToHeartTalk: { ...NATIONAL_RULE_SET.rules.meetings.heartToHeartTalk, value: { times: 1, per: 'quarter' as const } } } } };
    const cells = meetingLifeTable([branches[0]!], { ...scope('2025'), ruleSet: quarterly }).total.cells;
    expect(cells['heartToHeartTalk.due']!.value).toBe(4);
    expect(cells['heartToHeartTalk.onTime']!.ids).toEqual(['t1', legacyA.id]);
    expect([cells['heartToHeartTalk.onTime']!.value, cells['heartToHeartTalk.missing']!.value]).toEqual([2, 2]);
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
