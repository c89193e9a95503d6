import type { BranchRecord } from '../domain/branch';
import type { FrequencyPeriod, MeetingRules } from '../rules/rule-types';
import { MEETING_TYPES, type MeetingRecord, type MeetingType } from './meeting-types';
import { overallAttendanceRate } from './attendance';
import { parsePeriod, periodOf, periodsCovering, type Period } from './periods';

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

/**
 * The branch's meetings counted once per (type, party group, rule period), so that every
 * question about any period is a map lookup: the central office asks it for thousands
 * of branches.
 */
export interface MeetingIndex {
  counts: ReadonlyMap<string, HeldCount>;
  live: readonly MeetingRecord[];
  /** Date (YYYY-MM-DD) of the latest meeting, null when there is none. */
  lastMeetingOn: string | null;
}

function countKey(type: MeetingType, groupId: string, periodKey: string): string {
  return `${type}|${groupId}|${periodKey}`;
}

/** The rule period a meeting counts for: its own, or the one it was held late for (补开). */
function countedPeriod(meeting: MeetingRecord, per: FrequencyPeriod): { key: string; late: boolean } {
  const madeUpFor = meeting.makesUpPeriod ? parsePeriod(meeting.makesUpPeriod) : null;
  if (madeUpFor) return { key: periodOf(per, madeUpFor.start).key, late: true };
  return { key: periodOf(per, meeting.startAt).key, late: false };
}

export function indexMeetings(meetings: readonly MeetingRecord[], rules: MeetingRules): MeetingIndex {
  const counts = new Map<string, HeldCount>();
  const live = meetings.filter((meeting) => !meeting.deleted);
  let lastMeetingOn: string | null = null;
  for (const meeting of live) {
    const { key, late } = countedPeriod(meeting, rules[meeting.type].value.per);
    const groupId = meeting.type === 'partyGroupMeeting' ? meeting.partyGroupId : '';
    const id = countKey(meeting.type, groupId, key);
    const held = counts.get(id) ?? { onTime: 0, late: 0 };
    if (late) held.late += 1;
    else held.onTime += 1;
    counts.set(id, held);
    const date = meeting.startAt.slice(0, 10);
    if (lastMeetingOn === null || date > lastMeetingOn) lastMeetingOn = date;
  }
  return { counts, live, lastMeetingOn };
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

function unitCompliance(index: MeetingIndex, type: MeetingType, groupId: string, period: Period, times: number, today: string, ledgerSince: string): UnitCompliance {
  const held = index.counts.get(countKey(type, groupId, period.key)) ?? { onTime: 0, late: 0 };
  let status: ComplianceStatus;
  if (held.onTime >= times) status = 'met';
  else if (held.onTime + held.late >= times) status = 'late';
  // Before the ledger began, a period not recorded is unknown, not missed; recorded meetings (backfilled) still count.
  else if (period.start > today || period.end < ledgerSince) status = 'notDue';
  else status = period.end < today ? 'missing' : 'pending';
  return { period, partyGroupId: groupId, required: times, ...held, status };
}

/** The groups a type is counted for: each party group for 党小组会, the branch as one otherwise. */
function groupsOf(type: MeetingType, branch: BranchRecord): string[] {
  return type === 'partyGroupMeeting' ? (branch.partyGroups ?? []).map((group) => group.id) : [''];
}

/** Every rule period of a type within (or, for a coarser rule, containing) `period`, per group. */
export function typeUnits(index: MeetingIndex, branch: BranchRecord, rules: MeetingRules, type: MeetingType, period: Period, today: string): UnitCompliance[] {
  const { times, per } = rules[type].value;
  const periods = periodsCovering(period, per);
  const ledgerSince = ledgerStartOf(branch);
  return groupsOf(type, branch).flatMap((groupId) => periods.map((unit) => unitCompliance(index, type, groupId, unit, times, today, ledgerSince)));
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

export function typeCompliance(index: MeetingIndex, branch: BranchRecord, rules: MeetingRules, type: MeetingType, period: Period, today: string): TypeCompliance {
  const ledgerSince = ledgerStartOf(branch);
  // Periods over before the ledger began are unknown: they are asked for nothing unless a meeting was backfilled.
  const units = typeUnits(index, branch, rules, type, period, today).filter(
    (unit) => unit.status !== 'notDue' || unit.period.end >= ledgerSince || unit.onTime + unit.late > 0,
  );
  const sum = (pick: (unit: UnitCompliance) => number) => units.reduce((total, unit) => total + pick(unit), 0);
  return {
    type,
    per: rules[type].value.per,
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
export function silentBranch(index: MeetingIndex, ledgerSince: string, today: string, rules: MeetingRules): SilentBranch {
  const days = daysFrom(index.lastMeetingOn ?? ledgerSince, today);
  return { silent: days >= rules.silentBranchDays.value, daysSinceLastMeeting: index.lastMeetingOn ? days : null };
}

/** One branch's 三会一课 compliance for a month, quarter or year, as of `today`. */
export function branchCompliance(input: {
  branch: BranchRecord;
  meetings: readonly MeetingRecord[];
  rules: MeetingRules;
  period: Period;
  today: string;
  index?: MeetingIndex;
}): BranchCompliance {
  const { branch, rules, period, today } = input;
  const index = input.index ?? indexMeetings(input.meetings, rules);
  const inPeriod = index.live.filter((meeting) => {
    const date = meeting.startAt.slice(0, 10);
    return date >= period.start && date <= period.end;
  });
  return {
    period,
    types: MEETING_TYPES.map((type) => typeCompliance(index, branch, rules, type, period, today)),
    attendanceRate: overallAttendanceRate(inPeriod),
    meetingsHeld: inPeriod.length,
    silent: silentBranch(index, ledgerStartOf(branch), today, rules),
  };
}
