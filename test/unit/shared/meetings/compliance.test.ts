import { describe, expect, it } from 'vitest';
import { branchCompliance, indexMeetings, meetingCountsOf, MEETING_COUNTS_KEY, typeCompliance, type ComplianceStatus } from '../../../../shared/meetings/compliance';
import type { MeetingType } from '../../../../shared/meetings/meeting-types';
import { parsePeriod } from '../../../../shared/meetings/periods';
import { NATIONAL_RULE_SET } from '../../../../shared/rules/national-rule-set';
import { attendanceOf, branchRecord, meetingRecord } from '../support/meeting-fixture';

const rules = NATIONAL_RULE_SET.rules.meetings;
const branch = branchRecord('2025-06-01');

function statusOf(type: MeetingType, periodKey: string, today: string, meetings = [meetingRecord(type, '2026-01-15')]): ComplianceStatus {
  return typeCompliance(indexMeetings(meetings), branch, rules, type, parsePeriod(periodKey)!, today).status;
}

describe('compliance of each meeting type at its period boundaries', () => {
  // Each rule period's last day is still 'pending'; the next day it is 'missing'.
  it.each([
    ['committeeMeeting (monthly)', 'committeeMeeting', '2026-02', '2026-02-28', 'pending'],
    ['committeeMeeting (monthly)', 'committeeMeeting', '2026-02', '2026-03-01', 'missing'],
    ['themedPartyDay (monthly)', 'themedPartyDay', '2026-02', '2026-03-01', 'missing'],
    ['partyMemberAssembly (quarterly)', 'partyMemberAssembly', '2026-Q2', '2026-06-30', 'pending'],
    ['partyMemberAssembly (quarterly)', 'partyMemberAssembly', '2026-Q2', '2026-07-01', 'missing'],
    ['partyLecture (quarterly)', 'partyLecture', '2026-Q2', '2026-07-01', 'missing'],
    ['organizationalLifeMeeting (yearly)', 'organizationalLifeMeeting', '2025', '2025-12-31', 'pending'],
    ['organizationalLifeMeeting (yearly)', 'organizationalLifeMeeting', '2025', '2026-01-01', 'missing'],
    ['democraticAppraisal (yearly)', 'democraticAppraisal', '2025', '2026-01-01', 'missing'],
    ['heartToHeartTalk (yearly)', 'heartToHeartTalk', '2025', '2026-01-01', 'missing'],
    ['a future period', 'committeeMeeting', '2026-12', '2026-11-30', 'notDue'],
    ['a period over before the ledger began', 'committeeMeeting', '2025-05', '2026-01-01', 'notDue'],
  ] as const)('%s: %s on %s is %s', (_name, type, period, today, expected) => {
    expect(statusOf(type, period, today, [])).toBe(expected);
  });

  it.each([
    ['committeeMeeting', '2026-01', '2026-01-15'],
    ['partyMemberAssembly', '2026-Q1', '2026-03-31'],
    ['organizationalLifeMeeting', '2026', '2026-12-31'],
  ] as const)('%s held on its last day counts for %s', (type, period, date) => {
    expect(statusOf(type, period, '2027-01-05', [meetingRecord(type, date)])).toBe('met');
  });

  it('a meeting the day after the period counts for the next period, not this one', () => {
    expect(statusOf('partyMemberAssembly', '2026-Q1', '2026-05-01', [meetingRecord('partyMemberAssembly', '2026-04-01')])).toBe('missing');
    expect(statusOf('partyMemberAssembly', '2026-Q2', '2026-05-01', [meetingRecord('partyMemberAssembly', '2026-04-01')])).toBe('met');
  });
});

describe('late (补开) versus missing', () => {
  const lateAssembly = meetingRecord('partyMemberAssembly', '2026-04-10', { makesUpPeriod: '2026-Q1' });

  it('a meeting held afterwards for a period makes that period late, not missing, and does not count for its own', () => {
    const index = indexMeetings([lateAssembly]);
    const q1 = typeCompliance(index, branch, rules, 'partyMemberAssembly', parsePeriod('2026-Q1')!, '2026-07-02');
    const q2 = typeCompliance(index, branch, rules, 'partyMemberAssembly', parsePeriod('2026-Q2')!, '2026-07-02');
    expect(q1).toMatchObject({ status: 'late', required: 1, onTime: 0, late: 1, missing: 0 });
    expect(q2).toMatchObject({ status: 'missing', onTime: 0, late: 0, missing: 1 });
  });

  it('a late month named for a quarterly rule counts for the quarter containing it', () => {
    const index = indexMeetings([meetingRecord('partyLecture', '2026-04-03', { makesUpPeriod: '2026-03' })]);
    expect(typeCompliance(index, branch, rules, 'partyLecture', parsePeriod('2026-Q1')!, '2026-07-02').status).toBe('late');
  });

  it('over a quarter, a monthly rule asks for three and names each month missed', () => {
    const meetings = [meetingRecord('committeeMeeting', '2026-01-20'), meetingRecord('committeeMeeting', '2026-03-05', { makesUpPeriod: '2026-02' })];
    const result = typeCompliance(indexMeetings(meetings), branch, rules, 'committeeMeeting', parsePeriod('2026-Q1')!, '2026-04-02');
    expect(result).toMatchObject({ required: 3, onTime: 1, late: 1, missing: 1, status: 'missing' });
    expect(result.units.map((unit) => unit.status)).toEqual(['met', 'late', 'missing']);
  });

  it('two meetings in one month do not make up for another month', () => {
    const meetings = [meetingRecord('committeeMeeting', '2026-01-05'), meetingRecord('committeeMeeting', '2026-01-25')];
    const result = typeCompliance(indexMeetings(meetings), branch, rules, 'committeeMeeting', parsePeriod('2026-Q1')!, '2026-04-02');
    expect(result).toMatchObject({ onTime: 1, missing: 2 });
  });

  it('ignores deleted meetings', () => {
    const deleted = meetingRecord('committeeMeeting', '2026-01-05', { deleted: true });
    expect(statusOf('committeeMeeting', '2026-01', '2026-02-01', [deleted])).toBe('missing');
  });
});

describe('party group meetings', () => {
  const groups = [
    { id: 'g1', name: '第一党小组', leaderId: '' },
    { id: 'g2', name: '第二党小组', leaderId: '' },
  ];

  it('are required per group, and one group meeting does not cover another', () => {
    const withGroups = branchRecord('2025-06-01', { partyGroups: groups });
    const index = indexMeetings([meetingRecord('partyGroupMeeting', '2026-01-10', { partyGroupId: 'g1' })]);
    const result = typeCompliance(index, withGroups, rules, 'partyGroupMeeting', parsePeriod('2026-01')!, '2026-02-01');
    expect(result).toMatchObject({ required: 2, onTime: 1, missing: 1, status: 'missing' });
  });

  it('are not due in a branch without party groups', () => {
    expect(statusOf('partyGroupMeeting', '2026-01', '2026-02-01', [])).toBe('notDue');
  });
});

describe('branchCompliance', () => {
  it('gives every type, the attendance rate weighted by size, and the silent-branch flag', () => {
    const meetings = [
      meetingRecord('committeeMeeting', '2026-01-10', { attendance: attendanceOf({ a: 'present', b: 'present', c: 'absent', d: 'present' }) }),
      meetingRecord('partyMemberAssembly', '2026-02-10', { attendance: attendanceOf({ a: 'present', b: 'leave', c: 'present', d: 'present', e: 'present', f: 'present' }) }),
      meetingRecord('themedPartyDay', '2026-04-10', { attendance: attendanceOf({ a: 'absent' }) }),
    ];
    const result = branchCompliance({ branch, meetings, rules, period: parsePeriod('2026-Q1')!, today: '2026-04-15' });
    expect(result.types).toHaveLength(8);
    expect(result.meetingsHeld).toBe(2);
    expect(result.attendanceRate).toBeCloseTo(8 / 10);
    expect(result.silent).toEqual({ silent: false, daysSinceLastMeeting: 5 });
  });

  it('gives the same answer from counts stored and read back as from the meetings, across a year boundary', () => {
    const meetings = [
      meetingRecord('committeeMeeting', '2025-12-30', { attendance: attendanceOf({ a: 'present', b: 'absent' }) }),
      meetingRecord('partyMemberAssembly', '2026-01-03', { makesUpPeriod: '2025-Q4', attendance: attendanceOf({ a: 'present', b: 'present', c: 'present' }) }),
      meetingRecord('committeeMeeting', '2026-01-20', { deleted: true }),
    ];
    // What IndexedDB gives back: a structured clone, Maps included.
    const stored = structuredClone(meetingCountsOf(indexMeetings(meetings)));
    for (const key of ['2025', '2025-Q4', '2025-12', '2026', '2026-01']) {
      const period = parsePeriod(key)!;
      expect(branchCompliance({ branch, index: stored, rules, period, today: '2026-02-01' })).toEqual(branchCompliance({ branch, meetings, rules, period, today: '2026-02-01' }));
    }
    const year2025 = branchCompliance({ branch, index: stored, rules, period: parsePeriod('2025')!, today: '2026-02-01' });
    expect(year2025).toMatchObject({ meetingsHeld: 1, attendanceRate: 1 / 2 });
    expect(year2025.types.find((type) => type.type === 'partyMemberAssembly')!.units.at(-1)).toMatchObject({ late: 1, status: 'late' });
    expect(branchCompliance({ branch, index: stored, rules, period: parsePeriod('2026-01')!, today: '2026-02-01' })).toMatchObject({ meetingsHeld: 1, attendanceRate: 1 });
  });

  it('answers a rule the office changed from the same stored counts, and names how they were counted', () => {
    const monthlyAssembly = { ...rules, partyMemberAssembly: { ...rules.partyMemberAssembly, value: { times: 1, per: 'month' as const } } };
    const meetings = [meetingRecord('partyMemberAssembly', '2026-02-10'), meetingRecord('partyMemberAssembly', '2026-05-10', { makesUpPeriod: '2026-04' })];
    const stored = structuredClone(meetingCountsOf(indexMeetings(meetings)));
    expect(stored.rulesKey).toBe(MEETING_COUNTS_KEY);
    for (const key of ['2026-Q1', '2026-Q2', '2026-H1', '2026']) {
      const input = { branch, rules: monthlyAssembly, period: parsePeriod(key)!, today: '2026-08-01' };
      expect(branchCompliance({ ...input, index: stored })).toEqual(branchCompliance({ ...input, meetings }));
    }
  });

  it.each([
    [29, false],
    [30, true],
    [31, true],
  ])('is silent after %i days without a meeting: %s', (days, silent) => {
    const meetings = [meetingRecord('committeeMeeting', '2026-03-01')];
    const today = new Date(Date.UTC(2026, 2, 1 + days)).toISOString().slice(0, 10);
    expect(branchCompliance({ branch, meetings, rules, period: parsePeriod('2026-03')!, today }).silent).toEqual({ silent, daysSinceLastMeeting: days });
  });

  it('counts a branch with no meeting at all from the day its ledger began', () => {
    const fresh = branchRecord('2026-03-01');
    expect(branchCompliance({ branch: fresh, meetings: [], rules, period: parsePeriod('2026-03')!, today: '2026-03-30' }).silent.silent).toBe(false);
    expect(branchCompliance({ branch: fresh, meetings: [], rules, period: parsePeriod('2026-03')!, today: '2026-03-31' }).silent).toEqual({
      silent: true,
      daysSinceLastMeeting: null,
    });
  });
});
