import type { MemberRecord } from '../members/member';
import { isActiveMember, latestRosterMonths } from '../members/roster-periods';
import { addMonthsToKey, monthOfDate, type MonthKey } from '../dues/months';
import type { MeetingRecord } from './meeting-types';

/**
 * A branch's months of organisational life being gathered, one live meeting at a time: each
 * member's months (present at any meeting, or caught up by a make-up dated that month) and the
 * month of the first meeting. The one way of gathering them, whether the meetings are read
 * whole (scanOrgLife) or as their kept facts (meeting-facts.ts). A meeting's month is read once
 * for all its attendance, a make-up's date once per date: a hospital's five years hold a
 * million attendance entries.
 */
export class OrgLifeScan {
  readonly byMember = new Map<string, Set<MonthKey>>();
  firstMonth: MonthKey | null = null;
  private readonly makeUpMonths = new Map<string, MonthKey | undefined>();

  /** The month of a live meeting (undefined for an invalid date), noted as the first if it is. */
  meetingMonth(startAt: string): MonthKey | undefined {
    const month = monthOfDate(startAt.slice(0, 10));
    if (month && (this.firstMonth === null || month < this.firstMonth)) this.firstMonth = month;
    return month;
  }

  mark(memberId: string, month: MonthKey): void {
    const set = this.byMember.get(memberId);
    if (set) set.add(month);
    else this.byMember.set(memberId, new Set([month]));
  }

  /** A make-up counts in the month of its date (none for an invalid date). */
  makeUp(memberId: string, date: string): void {
    if (!this.makeUpMonths.has(date)) this.makeUpMonths.set(date, monthOfDate(date));
    const madeUpIn = this.makeUpMonths.get(date);
    if (madeUpIn) this.mark(memberId, madeUpIn);
  }
}

function scanOrgLife(meetings: readonly MeetingRecord[]): OrgLifeScan {
  const scan = new OrgLifeScan();
  for (const meeting of meetings) {
    if (meeting.deleted) continue;
    const month = scan.meetingMonth(meeting.startAt);
    if (month) {
      const { attendance } = meeting;
      for (let index = 0; index < attendance.length; index += 1) {
        const entry = attendance[index]!;
        if (entry.status === 'present') scan.mark(entry.memberId, month);
      }
    }
    for (const makeUp of meeting.makeUps) scan.makeUp(makeUp.memberId, makeUp.date);
  }
  return scan;
}

/**
 * The months in which each member took part in organisational life: present at any
 * meeting, or caught up by a make-up dated that month. Being on leave does not count by
 * itself; the make-up is what the 党章 rule and an inspector accept. One pass over the
 * meetings for the whole branch.
 */
export function orgLifeMonthsByMember(meetings: readonly MeetingRecord[]): Map<string, Set<MonthKey>> {
  return scanOrgLife(meetings).byMember;
}

/**
 * What the 党章 rule reads of a branch's meetings: each member's months of organisational
 * life and the month of the first meeting recorded (months before it the app cannot speak
 * for). Holds no meeting, so the central office can keep it per branch (structured clone
 * keeps Maps and Sets) instead of reading years of meetings again.
 */
export interface OrgLife {
  firstMonth: MonthKey | null;
  byMember: ReadonlyMap<string, ReadonlySet<MonthKey>>;
}

export function orgLifeOf(meetings: readonly MeetingRecord[]): OrgLife {
  const { firstMonth, byMember } = scanOrgLife(meetings);
  return { firstMonth, byMember };
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
 * row, among members on the roster today. Months before the ledger's first meeting, or
 * before the member joined the roster or transferred in, are not counted: the app cannot
 * know what happened before it was used, nor what they did at their previous branch.
 */
export function inactiveMembers(members: readonly MemberRecord[], meetings: readonly MeetingRecord[], today: string, minMonths: number): InactiveMember[] {
  return inactiveMembersOf(members, orgLifeOf(meetings), today, minMonths);
}

/** inactiveMembers from the branch's organisational life as gathered (orgLifeOf, or the kept facts'). */
export function inactiveMembersOf(members: readonly MemberRecord[], { firstMonth, byMember }: OrgLife, today: string, minMonths: number): InactiveMember[] {
  if (firstMonth === null) return [];
  const lastCompleted = addMonthsToKey(today.slice(0, 7), -1);
  const result: InactiveMember[] = [];
  for (const member of members) {
    // Only members on the roster today, and only the months since they (last) arrived.
    if (!isActiveMember(member, today)) continue;
    const arrived = latestRosterMonths(member)?.from ?? firstMonth;
    const since = [member.createdAt.slice(0, 7), firstMonth, arrived].reduce((latest, month) => (month > latest ? month : latest));
    const attended = byMember.get(member.id);
    let months = 0;
    for (let month = lastCompleted; month >= since && !attended?.has(month); month = addMonthsToKey(month, -1)) months += 1;
    if (months >= minMonths) result.push({ memberId: member.id, name: member.name, months });
  }
  return result.sort((a, b) => b.months - a.months);
}
