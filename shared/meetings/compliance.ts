import { addDays } from '../dates';
import type { BranchRecord } from '../branch/branch';
import { ruleValueAt } from '../rules/rule-history';
import { FREQUENCY_PERIODS, type FrequencyPeriod, type MeetingFrequency, type MeetingRules, type Rule } from '../rules/rule-types';
import { MEETING_TYPES, type MeetingRecord, type MeetingType } from './meeting-types';
import { parsePeriod, periodOf, type Period } from './periods';

/**
 * met: held as often as the rule asks, on time; late: reached only by 补开 (a meeting
 * held afterwards for this period); missing: the period is over and it was not held;
 * pending: the period is still running; notDue: nothing is asked (a future period, or
 * 党小组会 in a branch without party groups).
 */
export type ComplianceStatus = 'met' | 'late' | 'missing' | 'pending' | 'notDue';

const WORST_FIRST: readonly ComplianceStatus[] = ['missing', 'late', 'pending', 'met', 'notDue'];

export function worstStatus(statuses: readonly ComplianceStatus[]): ComplianceStatus {
  return WORST_FIRST.find((status) => statuses.includes(status)) ?? 'notDue';
}

interface HeldCount {
  onTime: number;
  late: number;
}

/** Meetings held in one calendar month and their attendance summed: what a period's figures add up. */
export interface MonthTotals {
  held: number;
  expected: number;
  present: number;
}

/**
 * The branch's meetings counted once per (type, party group, period) for every kind of
 * period (month, quarter, half year, year), plus monthly totals, so that every question
 * about any period under any rule is a map lookup: the central office asks it for
 * thousands of branches, and a rule changed by the office needs no recount. Holds no
 * meeting, so it can be stored and read back instead of the meetings (structured clone
 * keeps Maps); `rulesKey` names the way it was counted (counts stored by an older version
 * are counted again).
 */
export interface MeetingCounts {
  rulesKey: string;
  counts: ReadonlyMap<string, HeldCount>;
  /** By 'YYYY-MM' of the meeting's date. */
  months: ReadonlyMap<string, MonthTotals>;
  /** Date (YYYY-MM-DD) of the latest meeting, null when there is none. */
  lastMeetingOn: string | null;
}

export interface MeetingIndex extends MeetingCounts {
  live: readonly MeetingRecord[];
}

/**
 * How counts are made: counts stored under another key are made again (made per rule period,
 * or counting a 补开期次 that is not earlier than the meeting, by an older version).
 */
export const MEETING_COUNTS_KEY = 'every-period-kind/earlier-make-ups';

export function countKey(type: MeetingType, groupId: string, periodKey: string): string {
  return `${type}|${groupId}|${periodKey}`;
}

/**
 * The period of a kind a meeting counts for: its own, or the earlier one it was held late for
 * (补开). A 补开期次 that names no period, or not an earlier one of this kind, is not a make-up
 * (records stored before it was checked: shared/meetings/make-up-periods.ts).
 */
export function countedPeriod(meeting: MeetingRecord, per: FrequencyPeriod): { key: string; late: boolean } {
  const own = periodOf(per, meeting.startAt).key;
  const madeUpFor = meeting.makesUpPeriod ? parsePeriod(meeting.makesUpPeriod) : null;
  const late = madeUpFor ? periodOf(per, madeUpFor.start).key : null;
  // Keys of one kind sort as strings.
  if (late !== null && late < own) return { key: late, late: true };
  return { key: own, late: false };
}

/** The party group a meeting counts for: its own for 党小组会, none ('') for the branch's meetings. */
export function countedGroup(meeting: Pick<MeetingRecord, 'type' | 'partyGroupId'>): string {
  return meeting.type === 'partyGroupMeeting' ? meeting.partyGroupId : '';
}

/**
 * The keys of the four kinds of period (FREQUENCY_PERIODS order) a day falls in, made once per
 * day: a central office indexes tens of thousands of meetings on a few thousand days, and
 * looking each kind up on its own was most of what indexing cost. Throws on an invalid date,
 * as periodOf does. The cap bounds the memory.
 */
const dayKeysCache = new Map<string, readonly string[]>();

function periodKeysOfDay(date: string): readonly string[] {
  const day = date.slice(0, 10);
  let keys = dayKeysCache.get(day);
  if (!keys) {
    keys = FREQUENCY_PERIODS.map((per) => periodOf(per, day).key);
    if (dayKeysCache.size < 20_000) dayKeysCache.set(day, keys);
  }
  return keys;
}

/** Held counts by type, then group, then period key: strings the records and the day cache hold, so no key is built per meeting. */
type NestedCounts = Map<string, Map<string, Map<string, HeldCount>>>;

function periodsOf(nested: NestedCounts, type: string, groupId: string): Map<string, HeldCount> {
  let byGroup = nested.get(type);
  if (!byGroup) nested.set(type, (byGroup = new Map()));
  let byPeriod = byGroup.get(groupId);
  if (!byPeriod) byGroup.set(groupId, (byPeriod = new Map()));
  return byPeriod;
}

/** What counting a meeting reads of it besides its attendance: a full record, or its facts (meeting-facts.ts). */
export type CountedMeeting = Pick<MeetingRecord, 'type' | 'partyGroupId' | 'startAt' | 'makesUpPeriod'>;

/** One meeting counted for every kind of period: its own, or the earlier one it was held late for (as countedPeriod). */
function countMeeting(nested: NestedCounts, meeting: CountedMeeting, own: readonly string[]): void {
  const byPeriod = periodsOf(nested, meeting.type, countedGroup(meeting));
  const madeUpFor = meeting.makesUpPeriod ? parsePeriod(meeting.makesUpPeriod) : null;
  const lateKeys = madeUpFor ? periodKeysOfDay(madeUpFor.start) : null;
  for (let kind = 0; kind < own.length; kind += 1) {
    const late = lateKeys !== null && lateKeys[kind]! < own[kind]!;
    const key = late ? lateKeys[kind]! : own[kind]!;
    let held = byPeriod.get(key);
    if (!held) byPeriod.set(key, (held = { onTime: 0, late: 0 }));
    if (late) held.late += 1;
    else held.onTime += 1;
  }
}

/**
 * The counts being made of a branch's live meetings, one meeting at a time: the one way of
 * counting, whether the meetings are read whole (indexMeetings) or as their kept facts
 * (countMeetingFacts in meeting-facts.ts), so that both give the same counts.
 */
export class MeetingTally {
  private readonly nested: NestedCounts = new Map();
  private readonly months = new Map<string, MonthTotals>();
  private lastMeetingOn: string | null = null;

  /** A live meeting, with how many were expected at it and how many were present. */
  add(meeting: CountedMeeting, expected: number, present: number): void {
    const own = periodKeysOfDay(meeting.startAt);
    countMeeting(this.nested, meeting, own);
    const date = meeting.startAt.slice(0, 10);
    if (this.lastMeetingOn === null || date > this.lastMeetingOn) this.lastMeetingOn = date;
    // own[0] is the date's 'YYYY-MM' (a valid date: periodKeysOfDay threw otherwise).
    let month = this.months.get(own[0]!);
    if (!month) this.months.set(own[0]!, (month = { held: 0, expected: 0, present: 0 }));
    month.held += 1;
    month.expected += expected;
    month.present += present;
  }

  counts(): MeetingCounts {
    const counts = new Map<string, HeldCount>();
    for (const [type, byGroup] of this.nested) for (const [groupId, byPeriod] of byGroup) for (const [periodKey, held] of byPeriod) counts.set(countKey(type as MeetingType, groupId, periodKey), held);
    return { rulesKey: MEETING_COUNTS_KEY, counts, months: this.months, lastMeetingOn: this.lastMeetingOn };
  }
}

export function indexMeetings(meetings: readonly MeetingRecord[]): MeetingIndex {
  const tally = new MeetingTally();
  const live = meetings.filter((meeting) => !meeting.deleted);
  for (const meeting of live) {
    let present = 0;
    for (const entry of meeting.attendance) if (entry.status === 'present') present += 1;
    tally.add(meeting, meeting.attendance.length, present);
  }
  return { ...tally.counts(), live };
}

/** The counts alone, without the meetings: what the central office keeps per branch. */
export function meetingCountsOf(index: MeetingIndex): MeetingCounts {
  const { live: _live, ...counts } = index;
  return counts;
}

export interface UnitCompliance {
  period: Period;
  /** '' except for 党小组会, one unit per group. */
  partyGroupId: string;
  required: number;
  onTime: number;
  late: number;
  status: ComplianceStatus;
}

/** The day the branch began keeping this ledger: the app cannot know about meetings before it. */
export function ledgerStartOf(branch: BranchRecord): string {
  return branch.createdAt.slice(0, 10);
}

/** Where a rule period stands on `today`: the only way a unit's status depends on the day (only a period that is over can be missed). */
export type PeriodPhase = 'ahead' | 'running' | 'over';

export function periodPhase(period: Period, today: string): PeriodPhase {
  if (period.start > today) return 'ahead';
  return period.end < today ? 'over' : 'running';
}

function unitCompliance(index: MeetingCounts, type: MeetingType, groupId: string, period: Period, times: number, today: string, ledgerSince: string): UnitCompliance {
  const held = index.counts.get(countKey(type, groupId, period.key)) ?? { onTime: 0, late: 0 };
  let status: ComplianceStatus;
  if (held.onTime >= times) status = 'met';
  else if (held.onTime + held.late >= times) status = 'late';
  // Before the ledger began, a period not recorded is unknown, not missed; recorded meetings (backfilled) still count.
  else if (periodPhase(period, today) === 'ahead' || period.end < ledgerSince) status = 'notDue';
  else status = periodPhase(period, today) === 'over' ? 'missing' : 'pending';
  return { period, partyGroupId: groupId, required: times, ...held, status };
}

/** The groups a type is counted for: each party group for 党小组会, the branch as one otherwise. */
function groupsOf(type: MeetingType, branch: BranchRecord): string[] {
  return type === 'partyGroupMeeting' ? (branch.partyGroups ?? []).map((group) => group.id) : [''];
}

/** One rule period and how many meetings it asks for. */
export interface RulePeriod {
  period: Period;
  times: number;
}

const yearTilings = new WeakMap<Rule<MeetingFrequency>, Map<number, readonly RulePeriod[]>>();

/**
 * The rule periods of a year, each judged by the value in effect on its first day: a
 * change applies from the first of its periods that begins on or after its effective
 * date, and until then the earlier value's periods run on (a quarterly rule changed to
 * monthly on 15 March still asks one meeting of the first quarter; a monthly rule
 * changed to quarterly in February keeps February and March monthly). Every kind of
 * period begins on 1 January, so the year always divides without overlap.
 */
export function rulePeriodsOfYear(rule: Rule<MeetingFrequency>, year: number): readonly RulePeriod[] {
  const byYear = yearTilings.get(rule) ?? new Map<number, readonly RulePeriod[]>();
  yearTilings.set(rule, byYear);
  const cached = byYear.get(year);
  if (cached) return cached;
  const periods: RulePeriod[] = [];
  const last = `${year}-12-31`;
  let previous: MeetingFrequency | null = null;
  for (let start = `${year}-01-01`; start <= last; ) {
    let frequency = ruleValueAt(rule, start);
    let period = periodOf(frequency.per, start);
    // The new value's period began before the change: the earlier value's periods go on until one of the new value's begins.
    if (period.start !== start && previous) {
      frequency = previous;
      period = periodOf(frequency.per, start);
    }
    periods.push({ period, times: frequency.times });
    previous = frequency;
    start = addDays(period.end, 1);
  }
  byYear.set(year, periods);
  return periods;
}

/** The rule periods that overlap `outer`: those within it, or the coarser one containing it. */
export function rulePeriodsCovering(rule: Rule<MeetingFrequency>, outer: Period): RulePeriod[] {
  const years: number[] = [];
  for (let year = Number(outer.start.slice(0, 4)); year <= Number(outer.end.slice(0, 4)); year += 1) years.push(year);
  return years.flatMap((year) => rulePeriodsOfYear(rule, year)).filter(({ period }) => period.end >= outer.start && period.start <= outer.end);
}

/** Every rule period of a type within (or, for a coarser rule, containing) `period`, per group. */
export function typeUnits(index: MeetingCounts, branch: BranchRecord, rules: MeetingRules, type: MeetingType, period: Period, today: string): UnitCompliance[] {
  const periods = rulePeriodsCovering(rules[type], period);
  const ledgerSince = ledgerStartOf(branch);
  return groupsOf(type, branch).flatMap((groupId) => periods.map((unit) => unitCompliance(index, type, groupId, unit.period, unit.times, today, ledgerSince)));
}

export interface TypeCompliance {
  type: MeetingType;
  per: FrequencyPeriod;
  required: number;
  onTime: number;
  late: number;
  /** Meetings still owed in rule periods that are over. */
  missing: number;
  status: ComplianceStatus;
  units: UnitCompliance[];
}

export function typeCompliance(index: MeetingCounts, branch: BranchRecord, rules: MeetingRules, type: MeetingType, period: Period, today: string): TypeCompliance {
  const ledgerSince = ledgerStartOf(branch);
  // Periods over before the ledger began are unknown: they are asked for nothing unless a meeting was backfilled.
  const units = typeUnits(index, branch, rules, type, period, today).filter(
    (unit) => unit.status !== 'notDue' || unit.period.end >= ledgerSince || unit.onTime + unit.late > 0,
  );
  const sum = (pick: (unit: UnitCompliance) => number) => units.reduce((total, unit) => total + pick(unit), 0);
  return {
    type,
    // The rule in effect when the period began; a year whose rule changed has cells of both kinds (units).
    per: ruleValueAt(rules[type], period.start).per,
    required: sum((unit) => unit.required),
    onTime: sum((unit) => Math.min(unit.onTime, unit.required)),
    late: sum((unit) => Math.min(unit.late, Math.max(0, unit.required - unit.onTime))),
    missing: sum((unit) => (unit.status === 'missing' ? unit.required - unit.onTime - unit.late : 0)),
    status: worstStatus(units.map((unit) => unit.status)),
    units,
  };
}

export interface BranchCompliance {
  period: Period;
  types: TypeCompliance[];
  /** All present over all expected at the period's meetings; null without attendance. */
  attendanceRate: number | null;
  meetingsHeld: number;
  silent: SilentBranch;
}

export interface SilentBranch {
  silent: boolean;
  /** Days since the latest meeting; null when the branch has none. */
  daysSinceLastMeeting: number | null;
}

function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * 沉默支部: no meeting recorded for the rule's number of days. A branch with no meeting at
 * all is silent once that many days have passed since it started keeping the ledger.
 */
export function silentBranch(index: Pick<MeetingCounts, 'lastMeetingOn'>, ledgerSince: string, today: string, rules: MeetingRules): SilentBranch {
  const days = daysFrom(index.lastMeetingOn ?? ledgerSince, today);
  return { silent: days >= rules.silentBranchDays.value, daysSinceLastMeeting: index.lastMeetingOn ? days : null };
}

/** The months of a period (YYYY-MM, from its first day to its last). */
function monthsOf(period: Period): string[] {
  const months: string[] = [];
  let [year, month] = period.start.slice(0, 7).split('-').map(Number) as [number, number];
  const last = period.end.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > last) return months;
    months.push(key);
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year += 1;
  }
}

/** Meetings held in a period and their attendance (present and expected person-times) summed. */
export function periodTotals(index: Pick<MeetingCounts, 'months'>, period: Period): MonthTotals {
  return monthsOf(period).reduce(
    (sum, month) => {
      const add = index.months.get(month);
      return add ? { held: sum.held + add.held, expected: sum.expected + add.expected, present: sum.present + add.present } : sum;
    },
    { held: 0, expected: 0, present: 0 },
  );
}

/**
 * One branch's 三会一课 compliance for a month, quarter or year, as of `today`: from its
 * meetings, or from counts made earlier (`index`, e.g. the central office's stored counts).
 */
export function branchCompliance(input: {
  branch: BranchRecord;
  rules: MeetingRules;
  period: Period;
  today: string;
} & ({ meetings: readonly MeetingRecord[]; index?: MeetingCounts } | { index: MeetingCounts })): BranchCompliance {
  const { branch, rules, period, today } = input;
  const index = input.index ?? indexMeetings('meetings' in input ? input.meetings : []);
  const totals = periodTotals(index, period);
  return {
    period,
    types: MEETING_TYPES.map((type) => typeCompliance(index, branch, rules, type, period, today)),
    attendanceRate: totals.expected ? totals.present / totals.expected : null,
    meetingsHeld: totals.held,
    silent: silentBranch(index, ledgerStartOf(branch), today, rules),
  };
}
