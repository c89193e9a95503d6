import type { Warning } from '../branch/branch-warnings';
import type { BranchRecord } from '../branch/branch';
import type { MemberRecord } from '../members/member';
import type { MeetingFrequency, MeetingRules, Rule } from '../rules/rule-types';
import { branchOwedMakeUps } from './attendance';
import { ledgerStartOf, rulePeriodsCovering, typeUnits, silentBranch, type MeetingIndex, type UnitCompliance } from './compliance';
import { MEETING_TYPE_LABELS, MEETING_TYPES, type MeetingType } from './meeting-types';
import { inactiveMembers } from './org-life';
import { CURRENT_PERIOD_WORDS, periodLabel, periodOf, type Period } from './periods';
import { addDays } from '../dates';

export interface MeetingReminder extends Warning {
  code: 'MEETING_DUE' | 'MEETING_MISSED' | 'MAKE_UPS_OWED' | 'SILENT_BRANCH' | 'NO_ORG_LIFE';
}

/** The rule period a day falls in. */
export function rulePeriodOn(rule: Rule<MeetingFrequency>, date: string): Period {
  return rulePeriodsCovering(rule, periodOf('month', date))[0]!.period;
}

function whoFor(type: MeetingType, unit: UnitCompliance, groupNames: ReadonlyMap<string, string>): string {
  if (type !== 'partyGroupMeeting') return MEETING_TYPE_LABELS[type];
  const group = groupNames.get(unit.partyGroupId) ?? '';
  // Groups are usually named 第一党小组 or 内科党小组: say 第一党小组会, not 第一党小组党小组会.
  return group.endsWith('党小组') ? `${group}会` : `${group}党小组会`;
}

/**
 * What 首页 tells the secretary about 三会一课: meetings of the current period not yet held,
 * the previous period's meetings that were missed (to be held late, 补开), make-ups owed,
 * members without organisational life, and a silent branch.
 */
export function meetingReminders(input: {
  branch: BranchRecord;
  members: readonly MemberRecord[];
  index: MeetingIndex;
  rules: MeetingRules;
  /** How many months without organisational life deserve a reminder (the dues rules' warning). */
  inactiveMonths: number;
  today: string;
}): MeetingReminder[] {
  const { branch, members, index, rules, today } = input;
  const groupNames = new Map((branch.partyGroups ?? []).map((group) => [group.id, group.name]));
  const reminders: MeetingReminder[] = [];

  for (const type of MEETING_TYPES) {
    // 谈心谈话 are records of their own (shared/talks): 首页's reminder for them is the year's coverage, per member.
    if (type === 'heartToHeartTalk') continue;
    // The rule periods (which may differ, when the office changed the rule in between) containing today and the day before this one began.
    const current: Period = rulePeriodOn(rules[type], today);
    const previous: Period = rulePeriodOn(rules[type], addDays(current.start, -1));
    const per = current.kind;
    // A yearly meeting is not a to-do all year long: from its usual quarter (Q4) on.
    const dueSoon = per !== 'year' || Number(periodOf('quarter', today).key.slice(-1)) >= rules.organizationalLifeUsualQuarter.value;
    for (const unit of typeUnits(index, branch, rules, type, current, today)) {
      if (unit.status !== 'pending' || !dueSoon) continue;
      reminders.push({ code: 'MEETING_DUE', severity: 'info', message: `${CURRENT_PERIOD_WORDS[per]}尚未召开${whoFor(type, unit, groupNames)}（截至 ${current.end}）。` });
    }
    // Only the previous period: older gaps belong to the yearly grid, not to a daily to-do list.
    for (const unit of typeUnits(index, branch, rules, type, previous, today)) {
      if (unit.status !== 'missing') continue;
      reminders.push({ code: 'MEETING_MISSED', severity: 'error', message: `${periodLabel(previous)}未召开${whoFor(type, unit, groupNames)}，请尽快补开并在记录中注明补开期次。` });
    }
  }

  const { people } = branchOwedMakeUps(index.live);
  if (people > 0) reminders.push({ code: 'MAKE_UPS_OWED', severity: 'warning', message: `${people}人未补课：缺席或请假的党员须补课。` });

  for (const member of inactiveMembers(members, index.live, today, input.inactiveMonths)) {
    reminders.push({ code: 'NO_ORG_LIFE', severity: 'warning', message: `${member.name}已连续 ${member.months} 个月未参加组织生活，请及时联系、安排补课。` });
  }

  const silent = silentBranch(index, ledgerStartOf(branch), today, rules);
  if (silent.silent) {
    reminders.push({
      code: 'SILENT_BRANCH',
      severity: 'warning',
      // Flagged from the rule's day on (连续 N 天没有活动记录), so the message says 满, not 超过.
      message:
        silent.daysSinceLastMeeting === null
          ? `建立台账以来已满 ${rules.silentBranchDays.value} 天没有任何会议记录。`
          : `已连续 ${silent.daysSinceLastMeeting} 天没有会议记录（满 ${rules.silentBranchDays.value} 天即提示）。`,
    });
  }
  return reminders;
}
