import { addDays, compareDates, laterOf } from '../dates';
import type { DevelopmentStage, MemberRecord } from '../members/member';
import { periodLabel, periodOf, type Period } from '../meetings/periods';
import { recordedFrom } from '../records/base-record';
import type { FrequencyPeriod } from '../rules/rule-types';
import type { DevelopmentRules } from '../rules/rule-set';
import { dossierOf, type ThoughtReport } from './dossier-types';
import { joinDateOf, recorded } from './milestone-dates';

/**
 * 思想汇报: activists (发展对象 included: they are still activists being assessed) and
 * probationary members hand one in every period of the rule (`thoughtReportMonths`, a quarter
 * by default). A period is expected once the person held the stage on its first day, and
 * only from the day the member's records began in the app: earlier periods are not alarms.
 */

const REPORTING_STAGES: ReadonlySet<DevelopmentStage> = new Set(['activist', 'candidate', 'probationary']);

export interface ThoughtReportPeriod {
  period: Period;
  label: string;
  reports: ThoughtReport[];
  /** handedIn; missing: the period is over without one; due: the current period, none yet. */
  status: 'handedIn' | 'missing' | 'due';
}

function periodKindOf(months: number): FrequencyPeriod | null {
  if (months <= 0) return null;
  if (months === 1) return 'month';
  if (months <= 3) return 'quarter';
  if (months <= 6) return 'halfYear';
  return 'year';
}

/** Since when the person owes reports: the activist date, or the 支部大会 date for a probationary member. */
function reportingSince(member: Pick<MemberRecord, 'stage' | 'joinedOn' | 'development'>): string | null {
  if (!REPORTING_STAGES.has(member.stage)) return null;
  return member.stage === 'probationary' ? joinDateOf(member) : recorded(member.development.activistOn);
}

/** The periods the person owes a report for, up to today's, each with the reports handed in. */
export function thoughtReportPeriods(member: MemberRecord, rules: DevelopmentRules, today: string): ThoughtReportPeriod[] {
  const kind = periodKindOf(rules.thoughtReportMonths.value);
  const since = reportingSince(member);
  if (!kind || !since) return [];
  const reports = dossierOf(member.development).thoughtReports;
  // The first whole period in the stage, and none ending before the records began.
  const stageStart = periodOf(kind, since);
  let period = stageStart.start === since ? stageStart : periodOf(kind, addDays(stageStart.end, 1));
  const recordsBegan = recordedFrom(member);
  while (compareDates(period.end, laterOf(recordsBegan, since)) < 0) period = periodOf(kind, addDays(period.end, 1));
  const periods: ThoughtReportPeriod[] = [];
  while (compareDates(period.start, today) <= 0) {
    const current = period;
    const inPeriod = reports.filter((report) => compareDates(report.submittedOn, current.start) >= 0 && compareDates(report.submittedOn, current.end) <= 0);
    const status = inPeriod.length > 0 ? 'handedIn' : compareDates(current.end, today) < 0 ? 'missing' : 'due';
    periods.push({ period: current, label: periodLabel(current), reports: inPeriod, status });
    period = periodOf(kind, addDays(period.end, 1));
  }
  return periods;
}

export interface ThoughtReportReminder {
  memberId: string;
  name: string;
  stage: DevelopmentStage;
  /** Periods over without a report, oldest first. */
  missing: string[];
  /** The current period has none yet and ends within the reminder window: its last day. */
  dueBy: string | null;
}

/** 首页's 思想汇报 reminders: members with a period over and no report, or the current one ending soon without one. */
export function thoughtReportReminders(members: readonly MemberRecord[], rules: DevelopmentRules, today: string): ThoughtReportReminder[] {
  const horizon = addDays(today, rules.reminderWindowDays.value);
  return members
    .filter((member) => !member.deleted)
    .flatMap((member): ThoughtReportReminder[] => {
      const periods = thoughtReportPeriods(member, rules, today);
      const missing = periods.filter((entry) => entry.status === 'missing').map((entry) => entry.label);
      const current = periods.find((entry) => entry.status === 'due' && compareDates(entry.period.end, horizon) <= 0);
      if (missing.length === 0 && !current) return [];
      return [{ memberId: member.id, name: member.name, stage: member.stage, missing, dueBy: current?.period.end ?? null }];
    })
    .sort((a, b) => b.missing.length - a.missing.length || a.name.localeCompare(b.name, 'zh-Hans-CN'));
}
