import { describe, expect, it } from 'vitest';
import { memberActivityAlarm } from '../../../../shared/dues/dues-alarms';
import { branchActivityAlarms, branchDuesStanding, branchDuesSummary, duesLedgerStart, memberActivities, memberDuesInputs, quarterOfDate, standingLaterInMonth } from '../../../../shared/dues/branch-dues';
import { addDays } from '../../../../shared/dates';
import type { DuesRemittanceRecord } from '../../../../shared/dues/dues-types';
import { memberRecord } from '../support/member-fixture';
import { attendanceOf, meetingRecord } from '../support/meeting-fixture';
import { employedOn, fen, paid, payment, RULES } from './dues-fixture';
import { orgLifeOf } from '../../../../shared/meetings/org-life';

const full = (name: string) => memberRecord({ name, stage: 'full', joinedOn: '2010-07-01' });

function remitted(year: number, quarter: number, amountFen: number, branchId = 'branch-1'): DuesRemittanceRecord {
  const stamp = { id: `r-${year}-${quarter}`, branchId, createdAt: '', updatedAt: '', deleted: false };
  return { ...stamp, year, quarter, remittedOn: `${year}-0${quarter * 3}-18`, amountFen, receiptRef: 'No.1' };
}

describe('memberDuesInputs', () => {
  it('takes probationary and full members only, each with their own records', () => {
    const [a, b] = [full('甲'), full('乙')];
    const applicant = memberRecord({ name: '申请人', stage: 'applicant' });
    const probationary = memberRecord({ name: '预备', stage: 'probationary', joinedOn: '2026-05-20' });
    const bases = [employedOn(fen('4000'), { memberId: a.id }), employedOn(fen('6000'), { memberId: b.id })];
    const inputs = memberDuesInputs({ members: [a, applicant, b, probationary], bases, payments: [] });
    expect(inputs.map((input) => input.memberId)).toEqual([a.id, b.id, probationary.id]);
    expect(inputs[1]!.bases).toEqual([bases[1]]);
    expect(inputs[2]!.owedFrom).toBe('2026-05');
  });

  it('owes nothing before the ledger began, and from the admission month when that is later', () => {
    const [a, probationary] = [full('甲'), memberRecord({ name: '预备', stage: 'probationary', joinedOn: '2026-05-20' })];
    const unknownJoin = memberRecord({ name: '未填入党时间', stage: 'full' });
    const inputs = memberDuesInputs({ members: [a, probationary, unknownJoin], bases: [], payments: [] }, '2026-03');
    expect(inputs.map((input) => input.owedFrom)).toEqual(['2026-03', '2026-05', '2026-03']);
  });
});

describe('duesLedgerStart', () => {
  it('is the earliest base start or recorded month, deleted records aside, and null with nothing recorded', () => {
    expect(duesLedgerStart([], [])).toBeNull();
    const bases = [employedOn(1, { year: 2026, fromMonth: 7 }), employedOn(1, { year: 2026, fromMonth: 3, deleted: true })];
    expect(duesLedgerStart(bases, [])).toBe('2026-07');
    expect(duesLedgerStart(bases, [payment(2026, { 5: paid(100) })])).toBe('2026-05');
  });

  it('is not started by months copied from the paper book (期初), which were handed over on paper', () => {
    const opening = { ...paid(100), paidOn: '', opening: true as const };
    expect(duesLedgerStart([], [payment(2026, { 1: opening, 2: opening })])).toBeNull();
    expect(duesLedgerStart([], [payment(2026, { 1: opening, 9: paid(100) })])).toBe('2026-09');
  });
});

describe('memberActivities feeding the 党章 alarm', () => {
  const member = full('王强');
  const inputs = () => memberDuesInputs({ members: [member], bases: [employedOn(fen('4000'), { memberId: member.id })], payments: [] });

  it('does not call months absent when no meeting is recorded at all', () => {
    const [activity] = memberActivities([member], inputs(), orgLifeOf([]), '2026-01', '2026-08-01');
    // Seven months unpaid: red for dues alone, and no word about organisational life.
    const alarm = memberActivityAlarm(activity!, '2026-01', '2026-08-01', RULES);
    expect(alarm).toMatchObject({ code: 'MEMBER_DEEMED_LEFT', unpaidMonths: 7, absentMonths: 0 });
    expect(alarm!.message).not.toContain('未参加党的组织生活');
  });

  it('counts absence from the first meeting recorded, and attendance breaks the streak', () => {
    const meetings = [
      meetingRecord('themedPartyDay', '2026-02-15', { attendance: attendanceOf({ [member.id]: 'present' }) }),
      meetingRecord('themedPartyDay', '2026-03-15', { attendance: attendanceOf({ [member.id]: 'absent' }) }),
    ];
    const paidUp = memberDuesInputs({
      members: [member],
      bases: [employedOn(fen('4000'), { memberId: member.id })],
      payments: [payment(2026, Object.fromEntries([1, 2, 3, 4, 5, 6, 7, 8].map((month) => [month, paid(4000)])), { memberId: member.id })],
    });
    const [activity] = memberActivities([member], paidUp, orgLifeOf(meetings), '2026-01', '2026-09-01');
    // January is before the first meeting (not known), February attended, March to August absent: 6.
    expect([...activity!.orgLifeMonths].sort()).toEqual(['2026-01', '2026-02']);
    expect(memberActivityAlarm(activity!, '2026-01', '2026-09-01', RULES)).toMatchObject({ code: 'MEMBER_DEEMED_LEFT', unpaidMonths: 0, absentMonths: 6 });
    expect(memberActivityAlarm(activity!, '2026-01', '2026-08-01', RULES)).toMatchObject({ code: 'MEMBER_INACTIVE', absentMonths: 5 });
  });

  it('does not count months before the member entered the roster', () => {
    const newcomer = { ...full('新转入'), createdAt: '2026-06-10T08:00:00.000Z' };
    const meetings = [meetingRecord('themedPartyDay', '2026-01-15')];
    const [activity] = memberActivities([newcomer], memberDuesInputs({ members: [newcomer], bases: [], payments: [] }), orgLifeOf(meetings), '2026-01', '2026-09-01');
    expect(activity!.orgLifeMonths.has('2026-05')).toBe(true);
    expect(activity!.orgLifeMonths.has('2026-06')).toBe(false);
  });
});

describe('branchDuesSummary', () => {
  const [a, b] = [full('甲'), full('乙')];
  const other = { ...full('别的支部'), branchId: 'branch-2' };
  const records = {
    members: [a, b, other],
    bases: [
      employedOn(fen('4000'), { memberId: a.id, fromMonth: 1 }),
      employedOn(fen('6000'), { memberId: b.id, fromMonth: 1 }),
      { ...employedOn(fen('9000'), { memberId: other.id }), branchId: 'branch-2' },
    ],
    payments: [
      payment(2026, { 1: paid(4000), 2: paid(4000), 3: paid(4000), 4: paid(4000) }, { memberId: a.id }),
      payment(2026, { 1: paid(9000) }, { memberId: b.id }),
    ],
    remittances: [remitted(2026, 1, 21_000), remitted(2026, 1, 99_999, 'branch-2')],
  };

  it('sums the quarter from the branch’s own records only, with what it remitted', () => {
    const summary = branchDuesSummary('branch-1', records, 2026, 1, '2026-05-10', RULES);
    expect(summary.totals).toMatchObject({ members: 2, membersPaidUp: 1, dueFen: 3 * 4000 + 3 * 9000, paidFen: 3 * 4000 + 9000, outstandingFen: 2 * 9000 });
    expect(summary.remittance.state).toBe('remitted');
    expect(summary.remittedFen).toBe(21_000);
  });

  it('lists members in arrears through last month, most months first, and the amount still owed', () => {
    const summary = branchDuesSummary('branch-1', records, 2026, 2, '2026-05-10', RULES);
    // 甲 paid through April; 乙 owes February to April. May is still running.
    expect(summary.arrears).toEqual([{ memberId: b.id, name: '乙', months: 3, outstandingFen: 27_000 }]);
    expect(summary.arrearsOutstandingFen).toBe(27_000);
    expect(summary.remittance).toMatchObject({ state: 'notDue', dueDate: '2026-06-20' });
    expect(summary.remittedFen).toBe(0);
  });

  it('reports no arrears for a branch that has recorded no dues yet', () => {
    const summary = branchDuesSummary('branch-3', records, 2026, 2, '2026-05-10', RULES);
    expect(summary.arrears).toEqual([]);
    expect(summary.totals.members).toBe(0);
  });
});

describe('branchActivityAlarms and branchDuesStanding: the central office’s reading of one branch', () => {
  // The ledger starts in January; today is 2026-08-10, so January to July are judged.
  const [paysAll, fourBehind, sevenBehind, away] = [full('按时交'), full('欠四个月'), full('欠七个月'), full('不参加')];
  const other = { ...full('外支部欠费'), branchId: 'branch-2' };
  const months = (through: number) => Object.fromEntries(Array.from({ length: through }, (_, index) => [index + 1, paid(4000)]));
  const members = [paysAll, fourBehind, sevenBehind, away, other];
  const records = {
    members,
    bases: members.map((person) => ({ ...employedOn(fen('4000'), { memberId: person.id }), branchId: person.branchId })),
    payments: [
      payment(2026, months(7), { memberId: paysAll.id }),
      payment(2026, months(3), { memberId: fourBehind.id }),
      payment(2026, months(7), { memberId: away.id }),
    ],
    remittances: [remitted(2026, 2, 48_000)],
  };
  // Everyone attends the themed party day of January; from February only three of them.
  const meetings = [
    meetingRecord('themedPartyDay', '2026-01-15', { attendance: attendanceOf(Object.fromEntries(members.map((person) => [person.id, 'present']))) }),
    ...[2, 3, 4, 5, 6, 7].map((month) =>
      meetingRecord('themedPartyDay', `2026-0${month}-15`, { attendance: attendanceOf({ [paysAll.id]: 'present', [fourBehind.id]: 'present', [sevenBehind.id]: 'present', [away.id]: 'absent' }) }),
    ),
  ];

  it('flags the branch’s members as its own 提醒 does: red for seven months unpaid or six away, a warning for four unpaid', () => {
    const alarms = branchActivityAlarms('branch-1', records, orgLifeOf(meetings), '2026-08-10', RULES);
    expect(alarms.map((alarm) => [alarm.memberId, alarm.code, alarm.unpaidMonths, alarm.absentMonths])).toEqual([
      [sevenBehind.id, 'MEMBER_DEEMED_LEFT', 7, 0],
      [away.id, 'MEMBER_DEEMED_LEFT', 0, 6],
      [fourBehind.id, 'MEMBER_INACTIVE', 4, 0],
    ]);
  });

  it('counts members three months or more behind on dues and the red alarms, and sums today’s quarter', () => {
    const standing = branchDuesStanding('branch-1', records, orgLifeOf(meetings), '2026-08-10', RULES);
    // The one away from meetings pays: an alarm, but not in arrears.
    expect(standing.inArrears.map((alarm) => alarm.memberId)).toEqual([sevenBehind.id, fourBehind.id]);
    expect(standing.redAlarms.map((alarm) => alarm.memberId)).toEqual([sevenBehind.id, away.id]);
    expect(standing.summary.totals).toMatchObject({ year: 2026, quarter: 3, members: 4, dueFen: 4 * 3 * 4000, paidFen: 2 * 4000 });
    expect(standing.summary.arrears.map((owed) => [owed.name, owed.months])).toEqual([
      ['欠七个月', 7],
      ['欠四个月', 4],
    ]);
    // Q2's remittance is not today's quarter's.
    expect([standing.summary.remittance.state, standing.summary.remittedFen]).toEqual(['notDue', 0]);
  });

  it('reads a standing made earlier in the month as the one made that day, and none across a month', () => {
    // Days around the third quarter's due date and its reminder window, and two month ends; with
    // the quarter remitted and not, so both the kept and the redone reminder are compared.
    const days = Array.from({ length: 75 }, (_, index) => addDays('2026-08-20', index));
    const withQ3 = { ...records, remittances: [...records.remittances, { ...remitted(2026, 3, 48_000), remittedOn: '2026-09-02' }] };
    let compared = 0;
    for (const branchRecords of [records, withQ3])
      for (const madeOn of days.filter((_, index) => index % 4 === 0)) {
        const made = branchDuesStanding('branch-1', branchRecords, orgLifeOf(meetings), madeOn, RULES);
        for (const today of days) {
          const later = standingLaterInMonth(made, madeOn, today, RULES);
          if (today.slice(0, 7) !== madeOn.slice(0, 7)) expect(later).toBeUndefined();
          else {
            expect(later).toEqual(branchDuesStanding('branch-1', branchRecords, orgLifeOf(meetings), today, RULES));
            compared += 1;
          }
        }
      }
    expect(compared).toBeGreaterThan(300);
  });

  it('reads nothing for a branch that has recorded no dues, whatever other branches hold', () => {
    const standing = branchDuesStanding('branch-3', records, orgLifeOf(meetings), '2026-08-10', RULES);
    expect([standing.alarms, standing.inArrears, standing.redAlarms, standing.summary.totals.dueFen]).toEqual([[], [], [], 0]);
  });
});

describe('quarterOfDate', () => {
  it('maps a day to its year and quarter, and refuses a bad date', () => {
    expect(quarterOfDate('2026-03-31')).toEqual({ year: 2026, quarter: 1 });
    expect(quarterOfDate('2026-04-01')).toEqual({ year: 2026, quarter: 2 });
    expect(() => quarterOfDate('2026-13-01')).toThrow('日期无效');
  });
});
