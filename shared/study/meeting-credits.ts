import type { MeetingRecord, MeetingType } from '../meetings/meeting-types';
import type { StudyRules } from '../rules/rule-types';
import { daysBetween } from '../dates';

/** Hours credited to one member from one meeting: attended, or made up (补课). */
export interface MeetingCredit {
  meetingId: string;
  type: MeetingType;
  sessionName: string;
  memberId: string;
  /** YYYY-MM-DD the hours count on: the meeting's day, or the make-up's. */
  date: string;
  hours: number;
  makeUp: boolean;
}

const MINUTES_PER_HOUR = 60;
const MINUTES_PER_DAY = 24 * MINUTES_PER_HOUR;

function minutesOfDay(localDateTime: string): number {
  return Number(localDateTime.slice(11, 13)) * MINUTES_PER_HOUR + Number(localDateTime.slice(14, 16));
}

/**
 * The 学时 a meeting is worth: its length to the nearest half hour, at most a full
 * training day's hours for each calendar day it spans (a 08:30–17:30 day with lunch is
 * 8 学时, not 9). Times are local 'YYYY-MM-DDTHH:mm' strings, compared as text so that a
 * time-zone or daylight-saving change can never alter a meeting's length.
 */
export function meetingStudyHours(meeting: Pick<MeetingRecord, 'startAt' | 'endAt'>, rules: Pick<StudyRules, 'fullDayHours'>): number {
  const days = daysBetween(meeting.startAt.slice(0, 10), meeting.endAt.slice(0, 10));
  const minutes = days * MINUTES_PER_DAY + minutesOfDay(meeting.endAt) - minutesOfDay(meeting.startAt);
  if (!(minutes > 0)) return 0;
  const halfHours = Math.round(minutes / (MINUTES_PER_HOUR / 2)) / 2;
  return Math.min(halfHours, (days + 1) * rules.fullDayHours.value);
}

/**
 * Every member's hours from the branch's collective study, derived from the meeting
 * records themselves and never copied into notebooks: editing a meeting's times or
 * attendance, or deleting it, changes the credits on the next read, so nothing can be
 * counted twice or left behind.
 *
 * A member counts once per meeting: present on the day, or else by their earliest
 * make-up, dated on the make-up's day (the study happened then, which decides the year
 * for a December meeting made up in January).
 */
export function meetingCredits(meetings: readonly MeetingRecord[], rules: Pick<StudyRules, 'fullDayHours' | 'creditedMeetingTypes'>): MeetingCredit[] {
  const credited = new Set<MeetingType>(rules.creditedMeetingTypes.value);
  const credits: MeetingCredit[] = [];
  for (const meeting of meetings) {
    if (meeting.deleted || !credited.has(meeting.type)) continue;
    const hours = meetingStudyHours(meeting, rules);
    if (hours === 0) continue;
    // Written out, not spread from a shared base: a hospital's year is some 170,000 credits,
    // and spreading made most of the yearly statistics' study table.
    const { id: meetingId, type, sessionName } = meeting;
    const day = meeting.startAt.slice(0, 10);
    const present = new Set<string>();
    for (const entry of meeting.attendance) if (entry.status === 'present') present.add(entry.memberId);
    for (const memberId of present) credits.push({ meetingId, type, sessionName, hours, memberId, date: day, makeUp: false });
    const madeUp = new Map<string, string>();
    for (const makeUp of meeting.makeUps) {
      if (present.has(makeUp.memberId)) continue;
      const earlier = madeUp.get(makeUp.memberId);
      if (earlier === undefined || makeUp.date < earlier) madeUp.set(makeUp.memberId, makeUp.date);
    }
    for (const [memberId, date] of madeUp) credits.push({ meetingId, type, sessionName, hours, memberId, date, makeUp: true });
  }
  return credits;
}
