import { describe, expect, it } from 'vitest';
import { EMPTY_DOSSIER, type ThoughtReport } from '../../../../shared/development/dossier-types';
import { thoughtReportPeriods, thoughtReportReminders } from '../../../../shared/development/thought-reports';
import type { MemberRecord } from '../../../../shared/members/member';
import { NATIONAL_RULE_SET, type RuleSet } from '../../../../shared/rules/rule-set';
import { memberRecord } from '../support/member-fixture';

const RULES = NATIONAL_RULE_SET.rules.development;
const report = (submittedOn: string): ThoughtReport => ({ id: submittedOn, submittedOn, title: '思想汇报', attachmentIds: [] });
const activist = (activistOn: string, reports: ThoughtReport[] = [], createdAt?: string): MemberRecord => {
  const member = memberRecord({ name: '刘洋', stage: 'activist' }, { activistOn, dossier: { ...EMPTY_DOSSIER, thoughtReports: reports } });
  return createdAt ? { ...member, createdAt } : member;
};
const withMonths = (value: number): RuleSet['rules']['development'] => ({ ...RULES, thoughtReportMonths: { ...RULES.thoughtReportMonths, value } });

describe('思想汇报 expected every quarter', () => {
  it('from the first whole quarter in the stage through today\'s, each handed in, missing or due', () => {
    const periods = thoughtReportPeriods(activist('2026-02-10', [report('2026-05-06')]), RULES, '2026-11-20');
    expect(periods.map((entry) => [entry.label, entry.status])).toEqual([
      ['2026年第二季度', 'handedIn'],
      ['2026年第三季度', 'missing'],
      ['2026年第四季度', 'due'],
    ]);
  });

  it('counts a quarter that begins on the activist date, and a report on the quarter\'s last day', () => {
    const periods = thoughtReportPeriods(activist('2026-04-01', [report('2026-06-30')]), RULES, '2026-07-02');
    expect(periods.map((entry) => [entry.period.key, entry.status])).toEqual([
      ['2026-Q2', 'handedIn'],
      ['2026-Q3', 'due'],
    ]);
  });

  it('counts a probationary member from the 支部大会 date; a full member or applicant owes none', () => {
    const probationary = memberRecord({ stage: 'probationary', joinedOn: '2026-03-15' }, { admissionVoteOn: '2026-03-15' });
    expect(thoughtReportPeriods(probationary, RULES, '2026-08-01').map((entry) => entry.period.key)).toEqual(['2026-Q2', '2026-Q3']);
    expect(thoughtReportPeriods(memberRecord({ stage: 'full' }), RULES, '2026-08-01')).toEqual([]);
    expect(thoughtReportPeriods(memberRecord({ stage: 'applicant' }, { appliedOn: '2025-01-01' }), RULES, '2026-08-01')).toEqual([]);
  });

  it('expects nothing for quarters over before the member\'s records began in the app', () => {
    const periods = thoughtReportPeriods(activist('2024-01-01', [], '2026-08-15T02:00:00.000Z'), RULES, '2026-11-20');
    expect(periods.map((entry) => entry.period.key)).toEqual(['2026-Q3', '2026-Q4']);
  });

  it('follows the rule: half-yearly, monthly, or 0 for no expectation', () => {
    expect(thoughtReportPeriods(activist('2026-01-01'), withMonths(6), '2026-08-01').map((entry) => entry.period.key)).toEqual(['2026-H1', '2026-H2']);
    expect(thoughtReportPeriods(activist('2026-06-01'), withMonths(1), '2026-08-01').map((entry) => entry.period.key)).toEqual(['2026-06', '2026-07', '2026-08']);
    expect(thoughtReportPeriods(activist('2026-01-01'), withMonths(0), '2026-08-01')).toEqual([]);
  });
});

describe('首页 reminders of 思想汇报', () => {
  it('name the quarters over without one, and the current one within the reminder window', () => {
    const late = activist('2026-01-01', [report('2026-02-01')]);
    const onTrack = { ...activist('2026-01-01', [report('2026-02-01'), report('2026-05-01'), report('2026-08-01')]), id: 'on-track', name: '王芳' };
    // 2026-08-20: Q3 ends 2026-09-30, more than the 30-day window away, so only the missing Q2 is said.
    expect(thoughtReportReminders([late, onTrack], RULES, '2026-08-20')).toEqual([
      { memberId: late.id, name: '刘洋', stage: 'activist', missing: ['2026年第二季度'], dueBy: null },
    ]);
    expect(thoughtReportReminders([onTrack], RULES, '2026-10-05')).toEqual([]);
    expect(thoughtReportReminders([onTrack], RULES, '2026-12-02')).toEqual([{ memberId: 'on-track', name: '王芳', stage: 'activist', missing: [], dueBy: '2026-12-31' }]);
  });

  it('leave deleted members out', () => {
    expect(thoughtReportReminders([{ ...activist('2026-01-01'), deleted: true }], RULES, '2026-08-20')).toEqual([]);
  });
});
