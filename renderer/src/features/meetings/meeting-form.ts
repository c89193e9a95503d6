import { makeUpPeriodError } from '../../../../shared/meetings/make-up-periods';
import type { MeetingContentFields } from '../../../../shared/meetings/new-meeting';
import type { MeetingRules } from '../../../../shared/rules/rule-types';

/**
 * The meeting form's values: the record's content with its start and end split into a
 * date and two times, which is how a secretary copies them from the paper notice.
 */
export interface MeetingFormValues extends MeetingContentFields {
  /** YYYY-MM-DD */
  date: string;
  /** HH:mm */
  startTime: string;
  /** HH:mm */
  endTime: string;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function toFormValues(content: MeetingContentFields): MeetingFormValues {
  return {
    ...content,
    date: content.startAt.slice(0, 10),
    startTime: content.startAt.slice(11, 16),
    endTime: content.endAt.slice(11, 16),
  };
}

/** Accepts 9:30, 0930 and 9：30 as well as 09:30: times are typed from paper in many ways. */
export function normalizeTime(typed: string): string {
  const text = typed.trim().replace('：', ':');
  const match = /^(\d{1,2}):?(\d{2})$/.exec(text);
  return match ? `${match[1]!.padStart(2, '0')}:${match[2]}` : text;
}

/** The record's content from the form's values; lists lose their blank lines. */
export function fromFormValues({ date, startTime, endTime, ...content }: MeetingFormValues): MeetingContentFields {
  return {
    ...content,
    startAt: `${date}T${normalizeTime(startTime)}`,
    endAt: `${date}T${normalizeTime(endTime)}`,
    agendaItems: content.agendaItems.map((item) => item.trim()).filter(Boolean),
    nonVotingAttendees: content.nonVotingAttendees.map((name) => name.trim()).filter(Boolean),
  };
}

/** What the form's checks judge against: the meeting rules in use and today (YYYY-MM-DD). */
export interface MeetingFormContext {
  rules: MeetingRules;
  today: string;
}

/** The form's own checks, by field path; the rules' checks (quorum, attendance) come from shared/meetings. */
export function formErrors(values: MeetingFormValues, { rules, today }: MeetingFormContext): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date)) errors.date = '请填写会议日期。';
  else {
    const makeUp = makeUpPeriodError(values.makesUpPeriod ?? '', { type: values.type, date: values.date }, rules, today);
    if (makeUp) errors.makesUpPeriod = makeUp;
  }
  const start = normalizeTime(values.startTime);
  const end = normalizeTime(values.endTime);
  if (!TIME.test(start)) errors.startTime = '请按“14:30”的格式填写开始时间。';
  if (!TIME.test(end)) errors.endTime = '请按“16:00”的格式填写结束时间。';
  else if (TIME.test(start) && end <= start) errors.endTime = '结束时间应晚于开始时间。';
  if (!values.sessionName.trim()) errors.sessionName = '请填写会议名称。';
  if (!values.place.trim()) errors.place = '请填写会议地点。';
  if (!values.hostMemberId) errors.hostMemberId = '请选择主持人。';
  if (!values.recorderMemberId) errors.recorderMemberId = '请选择记录人。';
  if (values.type === 'partyLecture') {
    if (!values.lecturer.trim()) errors.lecturer = '党课请填写授课人。';
    if (!values.lectureTitle.trim()) errors.lectureTitle = '党课请填写党课题目。';
  }
  if (values.expectedScope === 'partyGroup' && !values.partyGroupId) errors.partyGroupId = '请选择召开会议的党小组。';
  values.attendance.forEach((entry, index) => {
    if (entry.status === 'leave' && !entry.leaveReason) errors[`attendance.${index}.leaveReason`] = '请假须注明原因。';
  });
  values.votes.forEach((vote, index) => {
    if (!vote.motion.trim()) errors[`votes.${index}.motion`] = '请填写表决事项。';
  });
  return errors;
}
