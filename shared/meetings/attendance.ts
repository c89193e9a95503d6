import type { BranchRecord } from '../branch/branch';
import type { MemberRecord } from '../members/member';
import { isAwayOn } from '../members/absence';
import { isActiveMember } from '../members/roster-periods';
import type { AttendanceEntry, ExpectedScope, MeetingRecord, MeetingType } from './meeting-types';

/**
 * The members a meeting on `date` expects: only members (正式 and 预备) on the roster that
 * day (shared/members/roster-periods: not before a transfer in, not from a transfer out or
 * an ending on) — people earlier in the pipeline attend as 列席 at most. The committee
 * and a party group are subsets of them. Members away that day (外出/流动党员) are not expected.
 */
export function expectedMembers(scope: ExpectedScope, branch: BranchRecord, members: readonly MemberRecord[], partyGroupId: string, date: string): MemberRecord[] {
  // Away (外出/流动) that day: not expected, though they may attend (the editor adds them then).
  const live = members.filter((member) => isActiveMember(member, date) && !isAwayOn(member, date));
  if (scope === 'committee') {
    // In seat order (书记 first), as the committee is listed on every record an inspector reads.
    const byId = new Map(live.map((member) => [member.id, member]));
    const seated = (branch.committee ?? []).map((seat) => byId.get(seat.memberId));
    return [...new Set(seated.filter((member): member is MemberRecord => member !== undefined))];
  }
  if (scope === 'partyGroup') return live.filter((member) => member.partyGroupId === partyGroupId);
  return live;
}

/** Members on the roster away on the meeting's day: not expected, but offered to add when they attended. */
export function awayMembers(members: readonly MemberRecord[], date: string): MemberRecord[] {
  return members.filter((member) => isActiveMember(member, date) && isAwayOn(member, date));
}

/**
 * The attendance list for the expected members, in roster order, keeping what was already
 * marked for each; newly expected members start as present, as most people attend.
 */

export function attendanceFor(expected: readonly MemberRecord[], existing: readonly AttendanceEntry[]): AttendanceEntry[] {
  const marked = new Map(existing.map((entry) => [entry.memberId, entry]));
  return expected.map((member) => marked.get(member.id) ?? { memberId: member.id, status: 'present', note: '' });
}

export interface AttendanceCounts {
  /** 应到 */
  expected: number;
  /** 实到 */
  present: number;
  leave: number;
  absent: number;
  /** present / expected, null when no one was expected. */
  rate: number | null;
}

export function attendanceCounts(attendance: readonly AttendanceEntry[]): AttendanceCounts {
  const count = (status: AttendanceEntry['status']) => attendance.filter((entry) => entry.status === status).length;
  const present = count('present');
  return { expected: attendance.length, present, leave: count('leave'), absent: count('absent'), rate: attendance.length ? present / attendance.length : null };
}

/** 85.7% — one decimal, as inspection forms print it; — when nobody was expected. */
export function formatRate(rate: number | null): string {
  return rate === null ? '—' : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

/** 应到 9 人，实到 7 人，请假 1 人，缺席 1 人，出席率 77.8% */
export function attendanceSummary(attendance: readonly AttendanceEntry[]): string {
  const counts = attendanceCounts(attendance);
  if (counts.expected === 0) return '尚未登记出席情况';
  return `应到 ${counts.expected} 人，实到 ${counts.present} 人，请假 ${counts.leave} 人，缺席 ${counts.absent} 人，出席率 ${formatRate(counts.rate)}`;
}

/**
 * The meetings whose absentees owe a make-up: every kind of organisational life, the
 * 支委会 included (a member who missed it must still learn what was decided). 谈心谈话 is
 * a conversation between two people: it is rescheduled, not made up.
 */
export const MAKE_UP_TYPES: ReadonlySet<MeetingType> = new Set<MeetingType>([
  'partyMemberAssembly',
  'committeeMeeting',
  'partyGroupMeeting',
  'partyLecture',
  'themedPartyDay',
  'organizationalLifeMeeting',
  'democraticAppraisal',
]);

/** Members who missed this meeting (on leave or absent) and have no make-up recorded for it. */
export function owedMakeUps(meeting: Pick<MeetingRecord, 'type' | 'attendance' | 'makeUps'>): string[] {
  if (!MAKE_UP_TYPES.has(meeting.type)) return [];
  const owed: string[] = [];
  // Most meetings record no make-up: no set to build for them.
  const madeUp = meeting.makeUps.length > 0 ? new Set(meeting.makeUps.map((makeUp) => makeUp.memberId)) : null;
  for (const entry of meeting.attendance) if (entry.status !== 'present' && !madeUp?.has(entry.memberId)) owed.push(entry.memberId);
  return owed;
}

export interface OwedMakeUp {
  meetingId: string;
  memberId: string;
}

/** Every make-up still owed in the branch, and how many people owe one. */
export function branchOwedMakeUps(meetings: readonly MeetingRecord[]): { owed: OwedMakeUp[]; people: number } {
  const owed: OwedMakeUp[] = [];
  const people = new Set<string>();
  for (const meeting of meetings) {
    if (meeting.deleted) continue;
    for (const memberId of owedMakeUps(meeting)) {
      owed.push({ meetingId: meeting.id, memberId });
      people.add(memberId);
    }
  }
  return { owed, people: people.size };
}
