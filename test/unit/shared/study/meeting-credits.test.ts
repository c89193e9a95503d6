import { describe, expect, it } from 'vitest';
import { NATIONAL_RULE_SET } from '../../../../shared/rules/national-rule-set';
import { meetingCredits, meetingStudyHours } from '../../../../shared/study/meeting-credits';
import { attendanceOf, meetingRecord } from '../support/meeting-fixture';

const rules = NATIONAL_RULE_SET.rules.study;
const at = (startAt: string, endAt: string) => ({ startAt, endAt });
const hoursOf = (credits: ReturnType<typeof meetingCredits>, memberId: string) =>
  credits.filter((credit) => credit.memberId === memberId).reduce((sum, credit) => sum + credit.hours, 0);

describe('meetingStudyHours', () => {
  it('is the length to the nearest half hour', () => {
    expect(meetingStudyHours(at('2026-03-05T14:30', '2026-03-05T16:00'), rules)).toBe(1.5);
    expect(meetingStudyHours(at('2026-03-05T14:30', '2026-03-05T16:20'), rules)).toBe(2);
    expect(meetingStudyHours(at('2026-03-05T14:30', '2026-03-05T16:10'), rules)).toBe(1.5);
    expect(meetingStudyHours(at('2026-03-05T09:00', '2026-03-05T09:10'), rules)).toBe(0);
  });

  it('counts a full day as 8 学时 however long the day ran, and each day of a course', () => {
    expect(meetingStudyHours(at('2026-03-05T08:30', '2026-03-05T17:30'), rules)).toBe(8);
    expect(meetingStudyHours(at('2026-03-05T08:30', '2026-03-07T17:30'), rules)).toBe(24);
  });

  it('is nothing for an end before the start', () => {
    expect(meetingStudyHours(at('2026-03-05T16:00', '2026-03-05T14:30'), rules)).toBe(0);
  });
});

describe('meetingCredits', () => {
  it('credits the duration to each member present, and nothing to those on leave or absent', () => {
    const lecture = meetingRecord('partyLecture', '2026-03-05', { attendance: attendanceOf({ a: 'present', b: 'present', c: 'leave', d: 'absent' }) });
    const credits = meetingCredits([lecture], rules);
    expect(credits.map((credit) => [credit.memberId, credit.hours, credit.date, credit.makeUp])).toEqual([
      ['a', 1.5, '2026-03-05', false],
      ['b', 1.5, '2026-03-05', false],
    ]);
  });

  it('credits a make-up on its own date, marked 补课, once however many make-ups were entered', () => {
    const lecture = meetingRecord('themedPartyDay', '2026-12-20', {
      attendance: attendanceOf({ a: 'present', c: 'leave' }),
      makeUps: [
        { id: 'm2', memberId: 'c', date: '2027-01-08', method: 'replay', note: '' },
        { id: 'm1', memberId: 'c', date: '2027-01-04', method: 'selfStudy', note: '' },
      ],
    });
    const credit = meetingCredits([lecture], rules).find((item) => item.memberId === 'c');
    expect(credit).toMatchObject({ date: '2027-01-04', makeUp: true, hours: 1.5 });
    expect(hoursOf(meetingCredits([lecture], rules), 'c')).toBe(1.5);
  });

  it('never credits twice a member present who also appears among the make-ups', () => {
    const lecture = meetingRecord('partyLecture', '2026-03-05', {
      attendance: attendanceOf({ a: 'present' }),
      makeUps: [{ id: 'm1', memberId: 'a', date: '2026-03-09', method: 'replay', note: '' }],
    });
    expect(meetingCredits([lecture], rules)).toEqual([expect.objectContaining({ memberId: 'a', makeUp: false })]);
  });

  it('follows the meeting record: an edit changes the hours, a delete removes them', () => {
    const lecture = meetingRecord('partyLecture', '2026-03-05', { attendance: attendanceOf({ a: 'present', b: 'present' }) });
    expect(hoursOf(meetingCredits([lecture], rules), 'a')).toBe(1.5);
    const longer = { ...lecture, endAt: '2026-03-05T17:30' };
    expect(hoursOf(meetingCredits([longer], rules), 'a')).toBe(3);
    const bAbsent = { ...longer, attendance: attendanceOf({ a: 'present', b: 'absent' }) };
    expect(hoursOf(meetingCredits([bAbsent], rules), 'b')).toBe(0);
    expect(meetingCredits([{ ...bAbsent, deleted: true }], rules)).toEqual([]);
  });

  it('credits only the meeting types the rule names', () => {
    const committee = meetingRecord('committeeMeeting', '2026-03-05', { attendance: attendanceOf({ a: 'present' }) });
    const assembly = meetingRecord('partyMemberAssembly', '2026-03-06', { attendance: attendanceOf({ a: 'present' }) });
    expect(meetingCredits([committee, assembly], rules)).toEqual([]);
    const widened = { ...rules, creditedMeetingTypes: { ...rules.creditedMeetingTypes, value: ['partyMemberAssembly' as const] } };
    expect(meetingCredits([committee, assembly], widened).map((credit) => credit.meetingId)).toEqual([assembly.id]);
  });
});
