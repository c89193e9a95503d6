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

  it('a meeting recorded as 谈心谈话 no longer counts for the year: without talks the year is missed', () => {
    const meetings = [meetingRecord('heartToHeartTalk', '2026-04-10')];
    expect(talkRow([], meetings).cells).toMatchObject([{ held: 0, status: 'missing' }]);
    // Without the talk records (meetings only) it would have counted.
    const byMeetings = yearGrid(indexMeetings(meetings), branchRecord('2025-01-01'), rules, 2026, '2027-01-05').find((row) => row.type === 'heartToHeartTalk')!;
    expect(byMeetings.cells).toMatchObject([{ held: 1, status: 'met' }]);
  });

  it('leaves every other type as the meetings count it', () => {
    const meetings = [meetingRecord('committeeMeeting', '2026-01-12')];
    const withTalks = withTalkCounts(indexMeetings(meetings), [talk('t1', '2026-01-05', 'heartToHeart', ['s'], ['a'])]);
    expect(withTalks.counts.get('committeeMeeting||2026-01')).toEqual({ onTime: 1, late: 0 });
    expect(withTalks.counts.get('heartToHeartTalk||2026')).toEqual({ onTime: 1, late: 0 });
  });
});
