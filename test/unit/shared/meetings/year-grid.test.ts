import { describe, expect, it } from 'vitest';
import { indexMeetings } from '../../../../shared/meetings/compliance';
import { yearGrid } from '../../../../shared/meetings/year-grid';
import { NATIONAL_RULE_SET } from '../../../../shared/rules/national-rule-set';
import { branchRecord, meetingRecord } from '../support/meeting-fixture';

const rules = NATIONAL_RULE_SET.rules.meetings;

describe('the yearly grid', () => {
  const branch = branchRecord('2026-01-01', { partyGroups: [{ id: 'g1', name: '第一党小组', leaderId: '' }] });
  const meetings = [
    meetingRecord('committeeMeeting', '2026-01-10'),
    meetingRecord('committeeMeeting', '2026-03-02', { makesUpPeriod: '2026-02' }),
    meetingRecord('partyMemberAssembly', '2026-02-10'),
    meetingRecord('partyGroupMeeting', '2026-01-12', { partyGroupId: 'g1' }),
  ];
  const grid = yearGrid(indexMeetings(meetings), branch, rules, 2026, '2026-04-15');
  const row = (type: string) => grid.find((item) => item.type === type)!;

  it('has a row per type and cells spanning the rule period: 12 months, 4 quarters, 1 year', () => {
    expect(grid).toHaveLength(8);
    expect(row('committeeMeeting').cells.map((cell) => cell.months.length)).toEqual(Array(12).fill(1));
    expect(row('partyMemberAssembly').cells.map((cell) => cell.months)).toEqual([
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
      [10, 11, 12],
    ]);
    expect(row('organizationalLifeMeeting').cells).toHaveLength(1);
  });

  it('colours each cell by its status as of today', () => {
    expect(row('committeeMeeting').cells.slice(0, 5).map((cell) => cell.status)).toEqual(['met', 'late', 'missing', 'pending', 'notDue']);
    expect(row('partyMemberAssembly').cells.map((cell) => cell.status)).toEqual(['met', 'pending', 'notDue', 'notDue']);
    expect(row('partyGroupMeeting').cells.slice(0, 2).map((cell) => [cell.status, cell.held, cell.required])).toEqual([
      ['met', 1, 1],
      ['missing', 0, 1],
    ]);
  });
});
