import { describe, expect, it } from 'vitest';
import { indexMeetings, typeCompliance } from '../../../../shared/meetings/compliance';
import { countedMakeUp, makeUpPeriodChoices, makeUpPeriodError } from '../../../../shared/meetings/make-up-periods';
import { parsePeriod } from '../../../../shared/meetings/periods';
import { NATIONAL_RULE_SET } from '../../../../shared/rules/national-rule-set';
import { branchRecord, meetingRecord } from '../support/meeting-fixture';

const rules = NATIONAL_RULE_SET.rules.meetings;
const branch = branchRecord('2025-11-01');
const assembly = { type: 'partyMemberAssembly' as const, date: '2026-04-10' };

describe('补开期次: checked when stored', () => {
  it.each([
    ['2026Q1', '补开期次“2026Q1”无法识别：请从列表中选择所补的期间。'],
    ['2026 Q1', '补开期次“2026 Q1”无法识别：请从列表中选择所补的期间。'],
    ['2026-Q2', '补开期次应是会议所在期间（2026年第二季度）之前、应召开而未召开的期间；按期召开的会议请留空。'],
    ['2026-04', '补开期次应是会议所在期间（2026年第二季度）之前、应召开而未召开的期间；按期召开的会议请留空。'],
    ['2026', '补开期次应是会议所在期间（2026年第二季度）之前、应召开而未召开的期间；按期召开的会议请留空。'],
    ['2026-Q3', '补开期次不能是尚未到来的期间（2026年第三季度）。'],
  ])('refuses %s in Chinese', (value, message) => {
    expect(makeUpPeriodError(value, assembly, rules, '2026-05-01')).toBe(message);
  });

  it.each(['', '  ', '2026-Q1', '2025-Q4', '2026-03'])('accepts %j', (value) => {
    expect(makeUpPeriodError(value, assembly, rules, '2026-05-01')).toBeNull();
  });

  it('judges the meeting’s own period by its type’s rule: a month of the same quarter is its own period for a quarterly meeting', () => {
    expect(makeUpPeriodError('2026-04', assembly, rules, '2026-05-01')).not.toBeNull();
    expect(makeUpPeriodError('2026-03', { type: 'committeeMeeting', date: '2026-04-10' }, rules, '2026-05-01')).toBeNull();
    expect(makeUpPeriodError('2026-04', { type: 'committeeMeeting', date: '2026-04-10' }, rules, '2026-05-01')).not.toBeNull();
  });
});

describe('补开期次: offered from the periods that were due and missed', () => {
  it('offers only earlier periods since the ledger began that have fewer meetings than the rule asks, newest first', () => {
    const meetings = [meetingRecord('committeeMeeting', '2025-11-12'), meetingRecord('committeeMeeting', '2026-01-20')];
    const choices = makeUpPeriodChoices({ index: indexMeetings(meetings), branch, rules, meeting: { type: 'committeeMeeting', date: '2026-04-08', partyGroupId: '' }, today: '2026-04-08' });
    expect(choices.map((period) => period.key)).toEqual(['2026-03', '2026-02', '2025-12']);
  });

  it('offers a quarter made up already no more, and none for the meeting’s own or a later period', () => {
    const meetings = [meetingRecord('partyMemberAssembly', '2026-04-02', { makesUpPeriod: '2026-Q1' })];
    const choices = makeUpPeriodChoices({ index: indexMeetings(meetings), branch, rules, meeting: { ...assembly, partyGroupId: '' }, today: '2026-09-01' });
    expect(choices.map((period) => period.key)).toEqual(['2025-Q4']);
  });

  it('offers a party group its own missed months only', () => {
    const grouped = branchRecord('2026-01-01', { partyGroups: [{ id: 'g1', name: '第一党小组', leaderId: '' }, { id: 'g2', name: '第二党小组', leaderId: '' }] });
    const meetings = [meetingRecord('partyGroupMeeting', '2026-01-10', { partyGroupId: 'g1', expectedScope: 'partyGroup' })];
    const forGroup = (partyGroupId: string) =>
      makeUpPeriodChoices({ index: indexMeetings(meetings), branch: grouped, rules, meeting: { type: 'partyGroupMeeting', date: '2026-03-05', partyGroupId }, today: '2026-03-05' }).map((period) => period.key);
    expect(forGroup('g1')).toEqual(['2026-02']);
    expect(forGroup('g2')).toEqual(['2026-02', '2026-01']);
  });
});

describe('a 补开期次 stored before it was checked', () => {
  it('a typo is not a make-up anywhere: counted on time in its own quarter, and not shown as 补开', () => {
    const typo = meetingRecord('partyMemberAssembly', '2026-04-10', { makesUpPeriod: '2026Q1' });
    const index = indexMeetings([typo]);
    expect(typeCompliance(index, branch, rules, 'partyMemberAssembly', parsePeriod('2026-Q2')!, '2026-07-02').status).toBe('met');
    expect(countedMakeUp(typo, rules)).toBeNull();
  });

  it('the meeting’s own or a later period is not a make-up either: the meeting counts on time where it was held', () => {
    for (const makesUpPeriod of ['2026-Q2', '2026-Q3']) {
      const meeting = meetingRecord('partyMemberAssembly', '2026-04-10', { makesUpPeriod });
      const q2 = typeCompliance(indexMeetings([meeting]), branch, rules, 'partyMemberAssembly', parsePeriod('2026-Q2')!, '2026-07-02');
      expect(q2, makesUpPeriod).toMatchObject({ status: 'met', onTime: 1, late: 0 });
      expect(countedMakeUp(meeting, rules)).toBeNull();
    }
  });

  it('a valid one is shown as the rule period it counts for', () => {
    expect(countedMakeUp(meetingRecord('partyLecture', '2026-04-03', { makesUpPeriod: '2026-03' }), rules)?.key).toBe('2026-Q1');
    expect(countedMakeUp(meetingRecord('partyLecture', '2026-04-03'), rules)).toBeNull();
  });
});
