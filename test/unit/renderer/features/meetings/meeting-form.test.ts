import { describe, expect, it } from 'vitest';
import { formErrors, fromFormValues, normalizeTime, toFormValues } from '../../../../../renderer/src/features/meetings/meeting-form';
import { newMeetingContent } from '../../../../../shared/meetings/new-meeting';
import { NATIONAL_RULE_SET } from '../../../../../shared/rules/national-rule-set';

const rules = NATIONAL_RULE_SET.rules.meetings;
const context = { rules, today: '2026-11-20' };

function filled(type: Parameters<typeof newMeetingContent>[0] = 'committeeMeeting') {
  return { ...toFormValues(newMeetingContent(type, '2026-11-05', rules)), place: '会议室', hostMemberId: 'h', recorderMemberId: 'r' };
}

describe('meeting form', () => {
  it('splits start and end into a date and two times, and joins them back', () => {
    const values = toFormValues(newMeetingContent('partyLecture', '2026-11-05', rules));
    expect([values.date, values.startTime, values.endTime]).toEqual(['2026-11-05', '14:30', '16:00']);
    const content = fromFormValues({ ...values, startTime: '9:05', endTime: '1130', agendaItems: [' 学习党章 ', '', '  '], nonVotingAttendees: ['王五', ' '] });
    expect(content).toMatchObject({ startAt: '2026-11-05T09:05', endAt: '2026-11-05T11:30', agendaItems: ['学习党章'], nonVotingAttendees: ['王五'] });
    expect(content).not.toHaveProperty('date');
  });

  it.each([
    ['9:30', '09:30'],
    ['0930', '09:30'],
    ['9：30', '09:30'],
    ['14:30', '14:30'],
    ['下午', '下午'],
  ])('reads %s as %s', (typed, time) => {
    expect(normalizeTime(typed)).toBe(time);
  });

  it('accepts a complete record', () => {
    expect(formErrors(filled(), context)).toEqual({});
  });

  it('names every missing or inconsistent field in Chinese', () => {
    const errors = formErrors(
      {
      ...filled('partyLecture'),
      place: ' ',
      hostMemberId: '',
      endTime: '14:00',
      expectedScope: 'partyGroup',
      attendance: [{ memberId: 'a', status: 'leave', note: '' }],
      votes: [{ motion: '', isAdmission: false, inFavour: 0, against: 0, abstain: 0, resolution: '' }],
      makesUpPeriod: '2026Q3',
      },
      context,
    );
    expect(errors).toEqual({
      makesUpPeriod: '补开期次“2026Q3”无法识别：请从列表中选择所补的期间。',
      place: '请填写会议地点。',
      hostMemberId: '请选择主持人。',
      endTime: '结束时间应晚于开始时间。',
      lecturer: '党课请填写授课人。',
      lectureTitle: '党课请填写党课题目。',
      partyGroupId: '请选择召开会议的党小组。',
      'attendance.0.leaveReason': '请假须注明原因。',
      'votes.0.motion': '请填写表决事项。',
    });
  });

  it('refuses a 补开期次 that is the meeting’s own period or a later one, and takes an earlier one', () => {
    expect(formErrors({ ...filled(), makesUpPeriod: '2026-11' }, context)).toEqual({ makesUpPeriod: expect.stringContaining('会议所在期间（2026年11月）之前') });
    expect(formErrors({ ...filled(), makesUpPeriod: '2026-12' }, context)).toEqual({ makesUpPeriod: '补开期次不能是尚未到来的期间（2026年12月）。' });
    expect(formErrors({ ...filled(), makesUpPeriod: '2026-10' }, context)).toEqual({});
  });

  it('refuses times that are not times', () => {
    expect(formErrors({ ...filled(), startTime: '25:00', endTime: 'abc' }, context)).toMatchObject({ startTime: expect.stringContaining('14:30'), endTime: expect.stringContaining('16:00') });
  });
});
