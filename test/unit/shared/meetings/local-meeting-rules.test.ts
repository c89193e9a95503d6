import { describe, expect, it } from 'vitest';
import { indexMeetings, typeCompliance } from '../../../../shared/meetings/compliance';
import { meetingReminders } from '../../../../shared/meetings/meeting-reminders';
import { defaultSessionName } from '../../../../shared/meetings/new-meeting';
import { parsePeriod } from '../../../../shared/meetings/periods';
import { yearGrid } from '../../../../shared/meetings/year-grid';
import { NATIONAL_RULE_SET } from '../../../../shared/rules/national-rule-set';
import { ruleChangedFrom } from '../../../../shared/rules/rule-history';
import type { MeetingFrequency, MeetingRules, MeetingType } from '../../../../shared/rules/rule-types';
import { memberRecord } from '../support/member-fixture';
import { branchRecord, meetingRecord } from '../support/meeting-fixture';

const national = NATIONAL_RULE_SET.rules.meetings;
const branch = branchRecord('2026-01-01');

/** The national meeting rules with one type's frequency changed by the office from a date. */
function localRules(type: MeetingType, value: MeetingFrequency, effectiveFrom: string): MeetingRules {
  const rule = ruleChangedFrom(national[type], { value, description: '院党委规定', source: { regulation: '市人民医院党委规定', article: '院党委下发规则集' }, effectiveFrom });
  return { ...national, [type]: rule };
}

function assemblyIn(period: string, today: string, rules: MeetingRules, meetings = [meetingRecord('partyMemberAssembly', '2027-01-20')]) {
  return typeCompliance(indexMeetings(meetings), branch, rules, 'partyMemberAssembly', parsePeriod(period)!, today);
}

describe('meeting frequencies the central office sets', () => {
  const monthly = localRules('partyMemberAssembly', { times: 1, per: 'month' }, '2026-12-01');

  it('a monthly 党员大会 rule makes a quarter with one meeting show two months missing', () => {
    const quarter = assemblyIn('2027-Q1', '2027-04-10', monthly);
    expect(quarter.units.map((unit) => [unit.period.key, unit.status])).toEqual([
      ['2027-01', 'met'],
      ['2027-02', 'missing'],
      ['2027-03', 'missing'],
    ]);
    expect(quarter).toMatchObject({ required: 3, onTime: 1, missing: 2, status: 'missing' });
    // Under the national quarterly rule the same meeting meets the quarter.
    expect(assemblyIn('2027-Q1', '2027-04-10', national)).toMatchObject({ required: 1, onTime: 1, missing: 0, status: 'met' });
  });

  it('twice a month asks two meetings of each month; a half-yearly rule one per half year', () => {
    const twice = localRules('committeeMeeting', { times: 2, per: 'month' }, '2026-01-01');
    const meetings = [meetingRecord('committeeMeeting', '2026-03-02'), meetingRecord('committeeMeeting', '2026-03-20'), meetingRecord('committeeMeeting', '2026-04-08')];
    const march = typeCompliance(indexMeetings(meetings), branch, twice, 'committeeMeeting', parsePeriod('2026-Q2')!, '2026-05-02');
    expect(march.units.map((unit) => [unit.period.key, unit.onTime, unit.required, unit.status])).toEqual([
      ['2026-04', 1, 2, 'missing'],
      ['2026-05', 0, 2, 'pending'],
      ['2026-06', 0, 2, 'notDue'],
    ]);
    const halfYearly = localRules('partyLecture', { times: 1, per: 'halfYear' }, '2026-01-01');
    const lectures = [meetingRecord('partyLecture', '2026-05-10')];
    const grid = yearGrid(indexMeetings(lectures), branch, halfYearly, 2026, '2026-08-01').find((row) => row.type === 'partyLecture')!;
    expect(grid.cells.map((cell) => [cell.period.key, cell.months.length, cell.status])).toEqual([
      ['2026-H1', 6, 'met'],
      ['2026-H2', 6, 'pending'],
    ]);
    expect(defaultSessionName('partyLecture', '2026-09-01', halfYearly)).toBe('2026年下半年党课');
  });

  it('a 补开 for a half year counts late for it', () => {
    const halfYearly = localRules('partyLecture', { times: 1, per: 'halfYear' }, '2026-01-01');
    const late = [meetingRecord('partyLecture', '2026-07-10', { makesUpPeriod: '2026-H1' })];
    const result = typeCompliance(indexMeetings(late), branch, halfYearly, 'partyLecture', parsePeriod('2026-H1')!, '2026-08-01');
    expect(result).toMatchObject({ late: 1, status: 'late' });
  });
});

describe('a changed rule applies from its effective date, not backwards', () => {
  it('quarters before a monthly rule took effect are still judged quarterly', () => {
    const fromApril = localRules('partyMemberAssembly', { times: 1, per: 'month' }, '2027-04-01');
    const meetings = [meetingRecord('partyMemberAssembly', '2027-01-20'), meetingRecord('partyMemberAssembly', '2027-04-15')];
    const year = assemblyIn('2027', '2027-06-10', fromApril, meetings);
    expect(year.units.map((unit) => [unit.period.key, unit.status])).toEqual([
      ['2027-Q1', 'met'],
      ['2027-04', 'met'],
      ['2027-05', 'missing'],
      ['2027-06', 'pending'],
      ...['07', '08', '09', '10', '11', '12'].map((month) => [`2027-${month}`, 'notDue']),
    ]);
    const grid = yearGrid(indexMeetings(meetings), branch, fromApril, 2027, '2027-06-10').find((row) => row.type === 'partyMemberAssembly')!;
    expect(grid.cells.map((cell) => cell.months.length)).toEqual([3, ...Array(9).fill(1)]);
  });

  it('a change published in the middle of a quarter leaves that quarter under the old rule', () => {
    const midQuarter = localRules('partyMemberAssembly', { times: 1, per: 'month' }, '2027-03-15');
    expect(assemblyIn('2027-Q1', '2027-04-10', midQuarter)).toMatchObject({ required: 1, missing: 0, status: 'met' });
    expect(assemblyIn('2027-Q2', '2027-07-10', midQuarter, [])).toMatchObject({ required: 3, missing: 3 });
  });

  it('dated back by the office (effective from 1 January), it applies to the whole year', () => {
    const backdated = localRules('partyMemberAssembly', { times: 1, per: 'month' }, '2027-01-01');
    expect(assemblyIn('2027-Q1', '2027-04-10', backdated)).toMatchObject({ required: 3, missing: 2 });
  });

  it('a coarser rule from February keeps February and March monthly until its quarter begins', () => {
    const quarterly = localRules('committeeMeeting', { times: 1, per: 'quarter' }, '2026-02-01');
    const result = typeCompliance(indexMeetings([]), branch, quarterly, 'committeeMeeting', parsePeriod('2026')!, '2026-12-01');
    expect(result.units.slice(0, 5).map((unit) => unit.period.key)).toEqual(['2026-01', '2026-02', '2026-03', '2026-Q2', '2026-Q3']);
  });

  it('首页 names the current period by the rule in effect, and the previous one by its own', () => {
    const fromApril = localRules('partyMemberAssembly', { times: 1, per: 'month' }, '2027-04-01');
    const messages = meetingReminders({
      branch: branchRecord('2027-01-01'),
      members: [memberRecord({ name: '张三', stage: 'full' })],
      index: indexMeetings([]),
      rules: fromApril,
      inactiveMonths: 3,
      today: '2027-04-10',
    }).map((item) => item.message);
    expect(messages).toContain('本月尚未召开支部党员大会（截至 2027-04-30）。');
    expect(messages).toContain('2027年第一季度未召开支部党员大会，请尽快补开并在记录中注明补开期次。');
  });
});
