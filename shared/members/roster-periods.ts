import { addDays, isValidDate } from '../dates';
import { ENDING_LABELS, membershipStatusOf, type EndingKind, type MemberRecord, type MembershipEnding, type RelationshipTransfer } from './member';
import { monthKey, monthOfDate, type MonthKey } from '../dues/months';

/**
 * The one rule for "is this person on the branch's books on a day / in a month": dues,
 * meetings' expected lists, study targets, the 党章 alarms and the branch's warnings all
 * read it from here, so a 转出 or an ending takes them all off at the same date.
 *
 * A person is on the roster from the start (or from their transfer in, when one is
 * recorded as their first event) until the date of a transfer out or an ending; a later
 * transfer in starts a new period. The leaving date is the first day off the roster.
 */
export type LeavingKind = 'transferOut' | EndingKind;

export const LEAVING_LABELS: Record<LeavingKind, string> = { transferOut: '转出', ...ENDING_LABELS };

export interface Leaving {
  kind: LeavingKind;
  date: string;
  /** The organisation transferred to, for a transfer out; '' for an ending. */
  counterpart: string;
  /** 介绍信编号 for a transfer out, the decision document for an ending. */
  document: string;
  reason: string;
}

/** A period on the roster: from (included; null = since before anything recorded) until (excluded; null = still here). */
export interface RosterPeriod {
  from: string | null;
  until: string | null;
}

type RosterEvent = { kind: 'in'; date: string } | { kind: 'out'; date: string; leaving: Leaving };

function leavingOfTransfer(transfer: RelationshipTransfer): Leaving {
  return { kind: 'transferOut', date: transfer.date, counterpart: transfer.counterpart, document: transfer.letterNumber ?? '', reason: transfer.note };
}

function leavingOfEnding(ending: MembershipEnding): Leaving {
  return { kind: ending.kind, date: ending.date, counterpart: '', document: ending.document, reason: ending.reason };
}

/**
 * The transfers that are events of this branch. A member admitted by a 院内调动 carries the old
 * branch's history, transfers included (an arrival from outside years ago): those are the old
 * branch's events, on its roster and in its statistics, so here only the entries from the latest
 * admission by an order of the office on count.
 */
export function ownTransfers(member: Pick<MemberRecord, 'transfers'>): readonly RelationshipTransfer[] {
  const admitted = member.transfers.findLastIndex((transfer) => transfer.direction === 'in' && Boolean(transfer.orderId));
  return admitted <= 0 ? member.transfers : member.transfers.slice(admitted);
}

/** Own transfers and the ending with valid dates, oldest first; on one day an arrival comes before a departure. */
function rosterEvents(member: Pick<MemberRecord, 'transfers' | 'ending'>): RosterEvent[] {
  const events: RosterEvent[] = ownTransfers(member)
    .filter((transfer) => isValidDate(transfer.date))
    .map((transfer) => (transfer.direction === 'in' ? { kind: 'in', date: transfer.date } : { kind: 'out', date: transfer.date, leaving: leavingOfTransfer(transfer) }));
  if (member.ending && isValidDate(member.ending.date)) events.push({ kind: 'out', date: member.ending.date, leaving: leavingOfEnding(member.ending) });
  return events.sort((a, b) => a.date.localeCompare(b.date) || (a.kind === 'in' ? -1 : 1) - (b.kind === 'in' ? -1 : 1));
}

/** The periods on this branch's roster, oldest first; deleted records have none. */
export function rosterPeriods(member: Pick<MemberRecord, 'transfers' | 'ending' | 'deleted'>): RosterPeriod[] {
  if (member.deleted) return [];
  const events = rosterEvents(member);
  const periods: RosterPeriod[] = [];
  // Someone whose first recorded event is an arrival was not here before it.
  let on = events[0]?.kind !== 'in';
  let from: string | null = null;
  for (const event of events) {
    if (event.kind === 'in' && !on) [on, from] = [true, event.date];
    else if (event.kind === 'out' && on) {
      periods.push({ from, until: event.date });
      on = false;
    }
  }
  if (on) periods.push({ from, until: null });
  return periods;
}

const contains = (period: RosterPeriod, date: string) => (period.from === null || period.from <= date) && (period.until === null || date < period.until);

/** On the branch's roster on this day. */
export function isOnRoster(member: Pick<MemberRecord, 'transfers' | 'ending' | 'deleted'>, date: string): boolean {
  return rosterPeriods(member).some((period) => contains(period, date));
}

/** The month, first day and first day of the next, as dates. */
function monthBounds(month: MonthKey): { first: string; next: string } {
  const [year, number] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  const next = number === 12 ? monthKey(year + 1, 1) : monthKey(year, number + 1);
  return { first: `${month}-01`, next: `${next}-01` };
}

/** On the roster on at least one day of the month: the month of arrival and that of leaving both count. */
export function isOnRosterInMonth(member: Pick<MemberRecord, 'transfers' | 'ending' | 'deleted'>, month: MonthKey): boolean {
  const { first, next } = monthBounds(month);
  return rosterPeriods(member).some((period) => (period.from === null || period.from < next) && (period.until === null || period.until > first));
}

/** The months (1–12) of the year on the roster. */
export function rosterMonthsOfYear(member: Pick<MemberRecord, 'transfers' | 'ending' | 'deleted'>, year: number): number[] {
  return Array.from({ length: 12 }, (_, index) => index + 1).filter((month) => isOnRosterInMonth(member, monthKey(year, month)));
}

/**
 * A party member (正式 or 预备) on the roster that day: who a meeting expects, who is
 * counted among the branch's members. People earlier in the pipeline are not yet members.
 */
export function isActiveMember(member: MemberRecord, date: string): boolean {
  return membershipStatusOf(member.stage) !== 'none' && isOnRoster(member, date);
}

/** The month span of the latest period on the roster, for the dues ledger: its first and last month (null = open). */
export function latestRosterMonths(member: Pick<MemberRecord, 'transfers' | 'ending' | 'deleted'>): { from: MonthKey | null; through: MonthKey | null } | null {
  const latest = rosterPeriods(member).at(-1);
  if (!latest) return null;
  // The leaving date is the first day off: the last month on the roster is that of the day before.
  const lastDay = latest.until === null ? null : addDays(latest.until, -1);
  return { from: latest.from === null ? null : monthOfDate(latest.from) ?? null, through: lastDay === null ? null : monthOfDate(lastDay) ?? null };
}

/** The transfer in that opened the latest period on the roster, if it began with one. */
export function latestArrival(member: Pick<MemberRecord, 'transfers' | 'ending' | 'deleted'>): RelationshipTransfer | null {
  const from = rosterPeriods(member).at(-1)?.from;
  if (!from) return null;
  return ownTransfers(member).filter((transfer) => transfer.direction === 'in' && transfer.date === from).at(-1) ?? null;
}

/** Why and when the person left, when they are off the roster as things stand (their latest event is a departure); else null. */
export function currentLeaving(member: Pick<MemberRecord, 'transfers' | 'ending'>): Leaving | null {
  const last = rosterEvents(member).at(-1);
  return last?.kind === 'out' ? last.leaving : null;
}

/** Whether the person has left the branch for good as of `date` (a transfer out or an ending on or before it, not followed by a return). */
export function hasLeftBy(member: Pick<MemberRecord, 'transfers' | 'ending'>, date: string): boolean {
  const leaving = currentLeaving(member);
  return leaving !== null && leaving.date <= date;
}

/** Counts of arrivals and of each kind of leaving dated within [from, through]: what the statistics report. */
export type MovementCounts = Record<'transferIn' | LeavingKind, number>;

export function movementCounts(members: readonly MemberRecord[], from: string, through: string): MovementCounts {
  const counts: MovementCounts = { transferIn: 0, transferOut: 0, suspended: 0, removed: 0, lapsed: 0, withdrew: 0, expelled: 0, died: 0 };
  const within = (date: string) => isValidDate(date) && from <= date && date <= through;
  for (const member of members) {
    if (member.deleted) continue;
    for (const transfer of ownTransfers(member)) if (within(transfer.date)) counts[transfer.direction === 'in' ? 'transferIn' : 'transferOut'] += 1;
    if (member.ending && within(member.ending.date)) counts[member.ending.kind] += 1;
  }
  return counts;
}
