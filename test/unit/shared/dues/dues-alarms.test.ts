import { describe, expect, it } from 'vitest';
import { activityAlarms, memberActivityAlarm, type MemberActivity } from '../../../../shared/dues/dues-alarms';
import type { MemberDuesInput } from '../../../../shared/dues/dues-ledger';
import { monthKey } from '../../../../shared/dues/months';
import { base, employedOn, fen, member, paid, payment, RULES } from './dues-fixture';

const TODAY = '2026-07-15'; // June is the last completed month
const SINCE = '2026-01';
const ALL_MONTHS = [1, 2, 3, 4, 5, 6, 7];

const paidMonths = (months: number[], year = 2026) => payment(year, Object.fromEntries(months.map((m) => [m, paid(4000)])));
const attended = (months: number[], year = 2026) => new Set(months.map((m) => monthKey(year, m)));

function activity(paidIn: number[], attendedIn: number[], dues: Partial<MemberDuesInput> = {}): MemberActivity {
  return { name: '李明', dues: member({ payments: [paidMonths(paidIn)], ...dues }), orgLifeMonths: attended(attendedIn) };
}

const alarmOf = (a: MemberActivity, today = TODAY, since = SINCE) => memberActivityAlarm(a, since, today, RULES);
const levelOf = (a: MemberActivity, today = TODAY, since = SINCE) => {
  const alarm = alarmOf(a, today, since);
  return alarm ? [alarm.severity, alarm.unpaidMonths, alarm.absentMonths] : null;
};

describe('memberActivityAlarm: dues', () => {
  it('is quiet with 2 months unpaid and warns at 3', () => {
    expect(levelOf(activity([1, 2, 3, 4], ALL_MONTHS))).toBeNull();
    expect(alarmOf(activity([1, 2, 3], ALL_MONTHS))).toEqual({
      code: 'MEMBER_INACTIVE',
      severity: 'warning',
      memberId: 'member-1',
      unpaidMonths: 3,
      absentMonths: 0,
      message: '李明已连续 3 个月未交纳党费，请及时提醒、谈心谈话。',
    });
  });

  it('stays a warning at 5 months and turns red at 6, citing 党章 from the rule set', () => {
    expect(levelOf(activity([1], ALL_MONTHS))).toEqual(['warning', 5, 0]);
    expect(alarmOf(activity([], ALL_MONTHS))).toMatchObject({
      code: 'MEMBER_DEEMED_LEFT',
      severity: 'error',
      unpaidMonths: 6,
      message:
        '李明已连续 6 个月未交纳党费。依照《中国共产党章程》第九条，没有正当理由连续 6 个月不参加党的组织生活或不交纳党费的，被认为是自行脱党，请党支部及时核实处理。',
    });
  });

  it('counts a partly paid month as unpaid and a waived month as not owed', () => {
    const partly = member({ payments: [payment(2026, { 1: paid(4000), 2: paid(4000), 3: paid(4000), 4: paid(4000, '2026-04-10', 100) })] });
    expect(levelOf({ name: '李明', dues: partly, orgLifeMonths: attended(ALL_MONTHS) })).toEqual(['warning', 3, 0]);
    const waived = base({ fromMonth: 4, hardship: { kind: 'waived', approvalRef: 'x' } }, { postSalaryFen: fen('4000') });
    expect(levelOf(activity([1, 2, 3], ALL_MONTHS, { bases: [employedOn(fen('4000')), waived] }))).toBeNull();
  });

  it('ignores the current month, which can still be paid', () => {
    expect(levelOf(activity([1, 2, 3, 4, 5, 6], ALL_MONTHS), '2026-09-30')).toBeNull();
    expect(levelOf(activity([1, 2, 3, 4, 5, 6], ALL_MONTHS), '2026-10-01')).toEqual(['warning', 3, 2]);
  });
});

describe('memberActivityAlarm: organisational life', () => {
  it('is quiet with 2 months absent, warns at 3 and 5, turns red at 6', () => {
    const all = ALL_MONTHS;
    expect(levelOf(activity(all, [1, 2, 3, 4]))).toBeNull();
    expect(alarmOf(activity(all, [1, 2, 3]))?.message).toBe('李明已连续 3 个月未参加党的组织生活，请及时提醒、谈心谈话。');
    expect(levelOf(activity(all, [1]))).toEqual(['warning', 0, 5]);
    expect(levelOf(activity(all, []))).toEqual(['error', 0, 6]);
  });
});

describe('memberActivityAlarm: dues and attendance together', () => {
  it('raises the red alarm when either streak reaches 6 (党章: 不参加组织生活，或不交纳党费) and names both', () => {
    const alarm = alarmOf(activity([1, 2], []));
    expect([alarm?.severity, alarm?.unpaidMonths, alarm?.absentMonths]).toEqual(['error', 4, 6]);
    expect(alarm?.message).toMatch(/^李明已连续 4 个月未交纳党费、连续 6 个月未参加党的组织生活。依照/);
  });

  it('warns when both streaks are 3 to 5, and stays quiet when both are below 3', () => {
    expect(levelOf(activity([1, 2], [1]))).toEqual(['warning', 4, 5]);
    expect(levelOf(activity([1, 2, 3, 4], [1, 2, 3, 4]))).toBeNull();
  });

  it('counts across the turn of the year', () => {
    const dues = member({ payments: [paidMonths([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 2025), paidMonths([])] });
    const a: MemberActivity = { name: '李明', dues, orgLifeMonths: new Set(['2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04']) };
    expect(levelOf(a, '2026-05-03', '2025-01')).toEqual(['error', 6, 0]);
    expect(levelOf(a, '2026-04-30', '2025-01')).toEqual(['warning', 5, 0]);
  });

  it('judges no month before the ledger’s start or the admission month', () => {
    expect(levelOf(activity([], []), TODAY, '2026-04')).toEqual(['warning', 3, 3]);
    expect(levelOf(activity([], [], { owedFrom: '2026-05' }))).toBeNull();
  });
});

describe('activityAlarms', () => {
  it('lists red alarms first, then the longest streak', () => {
    const members = [
      { ...activity([1, 2, 3], ALL_MONTHS), name: '甲' },
      { ...activity(ALL_MONTHS, ALL_MONTHS), name: '乙' },
      { ...activity([], ALL_MONTHS), name: '丙' },
      { ...activity([1], ALL_MONTHS), name: '丁' },
    ];
    expect(activityAlarms(members, SINCE, TODAY, RULES).map((alarm) => alarm.message.slice(0, 1))).toEqual(['丙', '丁', '甲']);
  });
});
