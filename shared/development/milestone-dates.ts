import { addDays, addMonths, addYears, isValidDate, laterOf } from '../dates';
import type { MemberInput } from '../members/member-validation';
import type { DevelopmentRules } from '../rules/rule-set';
import { dossierOf } from './dossier-types';
import { addWorkingDays, type WorkingDayCalendar, type WorkingDayDate } from '../calendar/working-days';

/**
 * The dates the pipeline's waiting periods and deadlines produce, each null while the
 * milestone it counts from is not recorded. Shared by the next-step hint, the advance
 * check and the reminder list so that all three always agree.
 */

type Member = Pick<MemberInput, 'joinedOn' | 'development'>;

/** A recorded, valid date, or null: a half-typed date must not start any clock. */
export function recorded(date: string): string | null {
  return isValidDate(date) ? date : null;
}

function plusMonths(from: string, months: number): string | null {
  return isValidDate(from) ? addMonths(from, months) : null;
}

/** 入党时间: the 支部大会 date, recorded on the member or in the milestones. */
export function joinDateOf(member: Member): string | null {
  return recorded(member.joinedOn) ?? recorded(member.development.admissionVoteOn);
}

export function talkDeadline(member: Member, rules: DevelopmentRules): string | null {
  return plusMonths(member.development.appliedOn, rules.applicationTalkMonths.value);
}

export function candidateEarliest(member: Member, rules: DevelopmentRules): string | null {
  const activistOn = recorded(member.development.activistOn);
  return activistOn && addYears(activistOn, rules.activistTrainingYears.value);
}

/**
 * The last day of a publicity: the n-th working day counted from its first day (inclusive),
 * or the recorded end when that is later. Both 公示 (of the 发展对象, and before 转正) count alike.
 */
function publicityPeriodEnd(start: string, end: string, rules: DevelopmentRules, calendar: WorkingDayCalendar): WorkingDayDate | null {
  const first = recorded(start);
  if (!first) return null;
  const required = addWorkingDays(addDays(first, -1), rules.publicityWorkingDays.value, calendar);
  const last = recorded(end);
  return last ? { date: laterOf(required.date, last), provisional: required.provisional } : required;
}

export function publicityEndOf(member: Member, rules: DevelopmentRules, calendar: WorkingDayCalendar): WorkingDayDate | null {
  return publicityPeriodEnd(member.development.publicityStart, member.development.publicityEnd, rules, calendar);
}

/** The last day the publicity must run to, whatever end was recorded. */
export function publicityRequiredEnd(member: Member, rules: DevelopmentRules, calendar: WorkingDayCalendar): WorkingDayDate | null {
  return publicityPeriodEnd(member.development.publicityStart, '', rules, calendar);
}

/** The 转正公示 (before the 支部大会 discusses 转正): its last day, and the day it must run to. */
export function fullPublicityEndOf(member: Member, rules: DevelopmentRules, calendar: WorkingDayCalendar): WorkingDayDate | null {
  const dossier = dossierOf(member.development);
  return publicityPeriodEnd(dossier.fullPublicityStart, dossier.fullPublicityEnd, rules, calendar);
}

export function fullPublicityRequiredEnd(member: Member, rules: DevelopmentRules, calendar: WorkingDayCalendar): WorkingDayDate | null {
  return publicityPeriodEnd(dossierOf(member.development).fullPublicityStart, '', rules, calendar);
}

/** The 支部大会 is convened on a working day after the publicity, once objections are in. */
export function admissionEarliest(member: Member, rules: DevelopmentRules, calendar: WorkingDayCalendar): WorkingDayDate | null {
  const end = publicityEndOf(member, rules, calendar);
  if (!end) return null;
  const next = addWorkingDays(end.date, 1, calendar);
  return { date: next.date, provisional: end.provisional || next.provisional };
}

export function admissionVoteDeadline(member: Member, rules: DevelopmentRules): string | null {
  return plusMonths(member.development.preReviewOn, rules.admissionVoteMonthsAfterPreReview.value);
}

export function committeeApprovalDeadline(member: Member, rules: DevelopmentRules): string | null {
  const joined = joinDateOf(member);
  return joined && addMonths(joined, rules.committeeApprovalMonths.value);
}

export function extensionMonthsOf(member: Member): number {
  const months = member.development.probationExtensionMonths;
  return Number.isInteger(months) && months > 0 ? months : 0;
}

/** 预备期满: a year (plus any extension) from the 支部大会 date; also the 转正时间. */
export function probationEnd(member: Member, rules: DevelopmentRules): string | null {
  const joined = joinDateOf(member);
  return joined && addMonths(addYears(joined, rules.probationYears.value), extensionMonthsOf(member));
}

export function fullMembershipDeadline(member: Member, rules: DevelopmentRules): string | null {
  const end = probationEnd(member, rules);
  return end && addMonths(end, rules.fullMembershipDecisionMonths.value);
}
