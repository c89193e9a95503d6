import type { BranchRecord } from '../branch/branch';
import type { MeetingRules } from '../rules/rule-types';
import { countedPeriod, ledgerStartOf, rulePeriodsOfYear, typeUnits, type MeetingCounts } from './compliance';
import type { MeetingRecord, MeetingType } from './meeting-types';
import { parsePeriod, periodLabel, type Period } from './periods';

/**
 * 补开期次: the earlier rule period a meeting was held for, late. It is chosen from the
 * periods that were due and missed, and checked when stored, because a value the counting
 * cannot use (a typo, the meeting's own period, a later one) would count the meeting on time
 * in its own period while the list and the printed record say 补开.
 */

export interface MakeUpMeeting {
  type: MeetingType;
  /** YYYY-MM-DD */
  date: string;
}

/** The rule period a meeting held on its date counts for when held on time. */
export function ownRulePeriod(rules: MeetingRules, meeting: MakeUpMeeting): Period {
  const periods = rulePeriodsOfYear(rules[meeting.type], Number(meeting.date.slice(0, 4)));
  return periods.find(({ period }) => period.start <= meeting.date && meeting.date <= period.end)!.period;
}

/** Why a 补开期次 cannot be stored, in Chinese; null when it can (blank: held on time). */
export function makeUpPeriodError(value: string, meeting: MakeUpMeeting, rules: MeetingRules, today: string): string | null {
  const text = value.trim();
  if (!text) return null;
  const period = parsePeriod(text);
  if (!period) return `补开期次“${text}”无法识别：请从列表中选择所补的期间。`;
  if (period.start > today) return `补开期次不能是尚未到来的期间（${periodLabel(period)}）。`;
  const own = ownRulePeriod(rules, meeting);
  if (period.end >= own.start) return `补开期次应是会议所在期间（${periodLabel(own)}）之前、应召开而未召开的期间；按期召开的会议请留空。`;
  return null;
}

/**
 * The periods a meeting of this type (and party group) may make up: rule periods over before
 * its own began, since the ledger began, in which fewer meetings were held than the rule
 * asks. `index` should leave out the meeting being edited, so its own make-up is offered again.
 * Newest first.
 */
export function makeUpPeriodChoices(input: {
  index: MeetingCounts;
  branch: BranchRecord;
  rules: MeetingRules;
  meeting: MakeUpMeeting & { partyGroupId: string };
  today: string;
}): Period[] {
  const { index, branch, rules, meeting, today } = input;
  const own = ownRulePeriod(rules, meeting);
  const groupId = meeting.type === 'partyGroupMeeting' ? meeting.partyGroupId : '';
  const choices: Period[] = [];
  for (let year = Number(ledgerStartOf(branch).slice(0, 4)); year <= Number(own.start.slice(0, 4)); year += 1) {
    for (const unit of typeUnits(index, branch, rules, meeting.type, parsePeriod(String(year))!, today)) {
      if (unit.partyGroupId === groupId && unit.status === 'missing' && unit.period.end < own.start) choices.push(unit.period);
    }
  }
  return choices.reverse();
}

/** The rule period a stored meeting counts for late, or null when it counts on time (also when its 补开期次 is not a usable one). */
export function countedMakeUp(meeting: MeetingRecord, rules: MeetingRules): Period | null {
  if (!meeting.makesUpPeriod) return null;
  const own = ownRulePeriod(rules, { type: meeting.type, date: meeting.startAt.slice(0, 10) });
  const counted = countedPeriod(meeting, own.kind);
  return counted.late ? parsePeriod(counted.key) : null;
}
