import { membershipStatusOf, type MemberRecord } from '../domain/member';
import { addMonthsToKey, monthOfDate, type MonthKey } from '../dues/months';
import type { MeetingRecord } from './meeting-types';

/**
 * The months in which each member took part in organisational life: present at any
 * meeting, or caught up by a make-up dated that month. Being on leave does not count by
 * itself; the make-up is what the 党章 rule and an inspector accept. One pass over the
 * meetings for the whole branch.
 */
export function orgLifeMonthsByMember(meetings: readonly MeetingRecord[]): Map<string, Set<MonthKey>> {
  const months = new Map<string, Set<MonthKey>>();
  const mark = (memberId: string, date: string) => {
    const month = monthOfDate(date);
    if (!month) return;
    let set = months.get(memberId);
    if (!set) months.set(memberId, (set = new Set()));
    set.add(month);
  };
  for (const meeting of meetings) {
    if (meeting.deleted) continue;
    for (const entry of meeting.attendance) if (entry.status === 'present') mark(entry.memberId, meeting.startAt.slice(0, 10));
    for (const makeUp of meeting.makeUps) mark(makeUp.memberId, makeUp.date);
  }
  return months;
}

/** One member's months of organisational life, for the dues module's 党章 alarm. */
export function orgLifeMonthsOf(memberId: string, meetings: readonly MeetingRecord[]): Set<MonthKey> {
  return orgLifeMonthsByMember(meetings).get(memberId) ?? new Set();
}

export interface InactiveMember {
  memberId: string;
  name: string;
  /** Consecutive completed months, up to last month, without organisational life. */
  months: number;
}

/**
 * Members without organisational life for at least `minMonths` completed months in a
 * row. Months before the ledger's first meeting, or before the member joined the roster,
 * are not counted: the app cannot know what happened before it was used.
 */
export function inactiveMembers(members: readonly MemberRecord[], meetings: readonly MeetingRecord[], today: string, minMonths: number): InactiveMember[] {
  const live = meetings.filter((meeting) => !meeting.deleted);
  if (live.length === 0) return [];
  const firstMonth = live.reduce((first, meeting) => (meeting.startAt < first ? meeting.startAt : first), live[0]!.startAt).slice(0, 7);
  const lastCompleted = addMonthsToKey(today.slice(0, 7), -1);
  const byMember = orgLifeMonthsByMember(live);
  const result: InactiveMember[] = [];
  for (const member of members) {
    if (member.deleted || membershipStatusOf(member.stage) === 'none') continue;
    const since = member.createdAt.slice(0, 7) > firstMonth ? member.createdAt.slice(0, 7) : firstMonth;
    const attended = byMember.get(member.id);
    let months = 0;
    for (let month = lastCompleted; month >= since && !attended?.has(month); month = addMonthsToKey(month, -1)) months += 1;
    if (months >= minMonths) result.push({ memberId: member.id, name: member.name, months });
  }
  return result.sort((a, b) => b.months - a.months);
}
