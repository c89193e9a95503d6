import type { Warning } from '../branch/branch-warnings';
import type { DuesRules } from '../rules/rule-set';
import { judgedMonths, lastCompletedMonth, type JudgedPeriod } from './dues-arrears';
import { isMissed, ledgerMonth, type MemberDuesInput } from './dues-ledger';
import type { MonthKey } from './months';

/** A member's dues ledger together with the organisational life the meetings module saw. */
export interface MemberActivity {
  dues: MemberDuesInput;
  name: string;
  /**
   * Months in which the member took part in organisational life. The meetings module
   * decides what counts (attended, made up by 补课, excused on leave with a reason, or a
   * month with no meeting to attend): a month that is not in the set counts as absent.
   */
  orgLifeMonths: ReadonlySet<MonthKey>;
}

export interface MemberActivityAlarm extends Warning {
  code: 'MEMBER_INACTIVE' | 'MEMBER_DEEMED_LEFT';
  memberId: string;
  /** Consecutive completed months, latest first, in arrears. */
  unpaidMonths: number;
  /** Consecutive completed months, latest first, without organisational life. */
  absentMonths: number;
}

/** How many months, counting back from the latest, satisfy the test without a break. */
function trailingRun(keys: readonly MonthKey[], test: (key: MonthKey) => boolean): number {
  let run = 0;
  for (let index = keys.length - 1; index >= 0 && test(keys[index]!); index -= 1) run += 1;
  return run;
}

/** The two streaks the 党章 rule looks at, over the completed months of the period. */
export function inactivityStreaks(activity: MemberActivity, period: JudgedPeriod, rules: DuesRules): { unpaidMonths: number; absentMonths: number } {
  const keys = judgedMonths(activity.dues, period);
  return {
    unpaidMonths: trailingRun(keys, (key) => isMissed(ledgerMonth(activity.dues, key, rules).status)),
    absentMonths: trailingRun(keys, (key) => !activity.orgLifeMonths.has(key)),
  };
}

function reasonsOf(unpaidMonths: number, absentMonths: number, threshold: number): string {
  const reasons: string[] = [];
  if (unpaidMonths >= threshold) reasons.push(`连续 ${unpaidMonths} 个月未交纳党费`);
  if (absentMonths >= threshold) reasons.push(`连续 ${absentMonths} 个月未参加党的组织生活`);
  return reasons.join('、');
}

/**
 * The 党章 (第九条) rule: without a proper reason, 6 months in a row of not taking part in
 * organisational life OR not paying dues and a member is deemed to have left. Either
 * streak alone is enough, as the text says "或"; the 3-month warning gives the branch
 * time to act first. Only completed months count (see lastCompletedMonth).
 */
export function memberActivityAlarm(
  activity: MemberActivity,
  ledgerSince: MonthKey,
  today: string,
  rules: DuesRules,
): MemberActivityAlarm | null {
  const { unpaidMonths, absentMonths } = inactivityStreaks(activity, { since: ledgerSince, through: lastCompletedMonth(today) }, rules);
  const longest = Math.max(unpaidMonths, absentMonths);
  const base = { memberId: activity.dues.memberId, unpaidMonths, absentMonths };
  const warnAt = rules.arrearsWarningMonths.value;
  const alarmAt = rules.arrearsAlarmMonths;
  // Both streaks past the warning are named, so a red alarm for dues still mentions absence.
  const reasons = reasonsOf(unpaidMonths, absentMonths, warnAt);
  if (longest >= alarmAt.value) {
    const { regulation, article } = alarmAt.source;
    return {
      ...base,
      code: 'MEMBER_DEEMED_LEFT',
      severity: 'error',
      message:
        `${activity.name}已${reasons}。依照《${regulation}》${article}，` +
        `没有正当理由连续 ${alarmAt.value} 个月不参加党的组织生活或不交纳党费的，被认为是自行脱党，请党支部及时核实处理。`,
    };
  }
  if (longest >= warnAt) {
    return {
      ...base,
      code: 'MEMBER_INACTIVE',
      severity: 'warning',
      message: `${activity.name}已${reasons}，请及时提醒、谈心谈话。`,
    };
  }
  return null;
}

/** The alarms of a branch: red first, then the longest streak first. */
export function activityAlarms(
  activities: readonly MemberActivity[],
  ledgerSince: MonthKey,
  today: string,
  rules: DuesRules,
): MemberActivityAlarm[] {
  const longest = (alarm: MemberActivityAlarm) => Math.max(alarm.unpaidMonths, alarm.absentMonths);
  return activities
    // Someone who has left (转出 or 出党) is no longer the branch's to remind; their arrears stay in the ledger.
    .filter((activity) => activity.dues.owedThrough === null)
    .map((activity) => memberActivityAlarm(activity, ledgerSince, today, rules))
    .filter((alarm): alarm is MemberActivityAlarm => alarm !== null)
    .sort((a, b) => (a.severity === b.severity ? longest(b) - longest(a) : a.severity === 'error' ? -1 : 1));
}
