import { describe, expect, it } from 'vitest';
import { indexMeetings } from '../../../../shared/meetings/compliance';
import { yearGrid } from '../../../../shared/meetings/year-grid';
import { withTalkCounts } from '../../../../shared/talks/talk-counts';
import type { TalkRecord } from '../../../../shared/talks/talk';
import { NATIONAL_RULE_SET } from '../../../../shared/rules/national-rule-set';
import { talk } from '../assessment/assessment-fixture';
import { branchRecord, meetingRecord } from '../support/meeting-fixture';

const rules = NATIONAL_RULE_SET.rules.meetings;
const talkRow = (talks: readonly TalkRecord[], meetings = [meetingRecord('heartToHeartTalk', '2025-12-20')], today = '2027-01-05') =>
  yearGrid(withTalkCounts(indexMeetings(meetings), talks), branchRecord('2025-01-01'), rules, 2026, today).find((row) => row.type === 'heartToHeartTalk')!;

describe('the yearly grid counts 谈心谈话 from the talk records', () => {
  it('counts each face-to-face talk of the year; 函询 and deleted talks do not count', () => {
    const talks = [
      talk('t1', '2026-03-05', 'heartToHeart', ['s'], ['a', 'b']),
      talk('t2', '2026-09-01', 'reminder', ['s'], ['c']),
      talk('t3', '2026-10-01', 'inquiry', ['s'], ['d']),
      { ...talk('t4', '2026-11-01', 'heartToHeart', ['s'], ['d']), deleted: true },
    ];
    expect(talkRow(talks).cells).toMatchObject([{ held: 2, required: 1, status: 'met' }]);
  });

  it('a meeting recorded as 谈心谈话 before the talk records (legacy) counts only for a period without any talk', () => {
    const meetings = [meetingRecord('heartToHeartTalk', '2026-04-10')];
    // No talk in 2026: the legacy meeting holds the year.
    expect(talkRow([], meetings).cells).toMatchObject([{ held: 1, status: 'met' }]);
    // One talk in 2026: the year counts the talk, not talk + meeting.
    expect(talkRow([talk('t1', '2026-09-01', 'heartToHeart', ['s'], ['a'])], meetings).cells).toMatchObject([{ held: 1, status: 'met' }]);
    // A 函询 is no talk held: the meeting still counts.
    expect(talkRow([talk('t2', '2026-09-01', 'inquiry', ['s'], ['a'])], meetings).cells).toMatchObject([{ held: 1, status: 'met' }]);
  });

  it('replaces per period: April keeps its meeting, September its two talks, the year the talks alone; applying it twice changes nothing', () => {
    const index = indexMeetings([meetingRecord('heartToHeartTalk', '2026-04-10')]);
    const talks = [talk('t1', '2026-09-01', 'heartToHeart', ['s'], ['a']), talk('t2', '2026-09-20', 'reminder', ['s'], ['b'])];
    const counted = withTalkCounts(index, talks);
    expect(counted.counts.get('heartToHeartTalk||2026-04')).toEqual({ onTime: 1, late: 0 });
    expect(counted.counts.get('heartToHeartTalk||2026-09')).toEqual({ onTime: 2, late: 0 });
    expect(counted.counts.get('heartToHeartTalk||2026-Q2')).toEqual({ onTime: 1, late: 0 });
    expect(counted.counts.get('heartToHeartTalk||2026-Q3')).toEqual({ onTime: 2, late: 0 });
    expect(counted.counts.get('heartToHeartTalk||2026-H2')).toEqual({ onTime: 2, late: 0 });
    expect(counted.counts.get('heartToHeartTalk||2026')).toEqual({ onTime: 2, late: 0 });
    expect(withTalkCounts(counted, talks).counts).toEqual(counted.counts);
    // The months' totals (meetings held, attendance) are the meetings' own.
    expect(counted.months).toBe(index.months);
  });

  it('leaves every other type as the meetings count it', () => {
    const meetings = [meetingRecord('committeeMeeting', '2026-01-12')];
    const withTalks = withTalkCounts(indexMeetings(meetings), [talk('t1', '2026-01-05', 'heartToHeart', ['s'], ['a'])]);
    expect(withTalks.counts.get('committeeMeeting||2026-01')).toEqual({ onTime: 1, late: 0 });
    expect(withTalks.counts.get('heartToHeartTalk||2026')).toEqual({ onTime: 1, late: 0 });
  });
});
