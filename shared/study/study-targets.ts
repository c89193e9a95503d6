import type { BranchRecord } from '../branch/branch';
import type { MemberRecord } from '../members/member';
import type { RuleGroups } from '../rules/rule-types';

/** Whose target applies: committee members (书记 and 委员), members, or 发展对象 in training. */
export type StudyRole = 'leader' | 'member' | 'candidate';

export const STUDY_ROLE_LABELS: Record<StudyRole, string> = {
  leader: '支部委员',
  member: '党员',
  candidate: '发展对象',
};

export interface StudyTarget {
  role: StudyRole;
  hours: number;
  /** Why this many, for the ledger's tooltip. */
  description: string;
  /**
   * 1 for a whole year; the month the member joined or transferred in when that was
   * within the year: the target is then pro-rated, and the pace runs from that month.
   */
  fromMonth: number;
}

const MONTHS = 12;

/**
 * The month of `year` from which a member is on this branch's books: the latest of their
 * admission (入党, the 支部大会 date) and their transfers in that fall within the year; 1
 * when neither does. The rule sets hours per calendar year and says nothing of members
 * who arrive during it, so their target covers only the months they are here.
 */
export function firstMonthOnBooks(member: Pick<MemberRecord, 'joinedOn' | 'transfers'>, year: number): number {
  const dates = [member.joinedOn, ...member.transfers.filter((transfer) => transfer.direction === 'in').map((transfer) => transfer.date)];
  const inYear = dates.filter((date) => Number(date.slice(0, 4)) === year && /^\d{4}-\d{2}-\d{2}$/.test(date));
  if (inYear.length === 0) return 1;
  return Number(inYear.reduce((latest, date) => (date > latest ? date : latest)).slice(5, 7));
}

/** The yearly hours for the months from `fromMonth` to December, rounded up to the half hour (学时 are counted in halves). */
export function proRatedHours(yearly: number, fromMonth: number): number {
  return Math.ceil(((yearly * (MONTHS - fromMonth + 1)) / MONTHS) * 2) / 2;
}

/**
 * The yearly hours a person must reach, by their role on the branch today: a seat on the
 * committee (书记, 副书记, 委员) sets the leaders' target, a full or probationary member
 * the members', a 发展对象 the short training's. Applicants and activists are not yet
 * counted (undefined): they study, but no rule sets them hours.
 */
export function studyTargetOf(member: MemberRecord, branch: BranchRecord, rules: Pick<RuleGroups, 'study' | 'development'>, year?: number): StudyTarget | undefined {
  if (member.stage === 'candidate') {
    // The short training is a fixed number of hours, not a yearly share: never pro-rated.
    const rule = rules.development.candidateTrainingHours;
    return { role: 'candidate', hours: rule.value, description: rule.description, fromMonth: 1 };
  }
  if (member.stage !== 'full' && member.stage !== 'probationary') return undefined;
  const onCommittee = (branch.committee ?? []).some((seat) => seat.memberId === member.id);
  const rule = onCommittee ? rules.study.leaderAnnualHours : rules.study.memberAnnualHours;
  const role = onCommittee ? 'leader' : 'member';
  const fromMonth = year === undefined ? 1 : firstMonthOnBooks(member, year);
  if (fromMonth === 1) return { role, hours: rule.value, description: rule.description, fromMonth };
  const hours = proRatedHours(rule.value, fromMonth);
  const months = MONTHS - fromMonth + 1;
  return {
    role,
    hours,
    fromMonth,
    description: `${rule.description}${year} 年 ${fromMonth} 月起入党或转入本支部，按在册 ${months} 个月折算：${rule.value} × ${months}/12，取整到半学时为 ${hours} 学时；进度自 ${fromMonth} 月 1 日起算。`,
  };
}
