import type { BranchRecord } from '../branch/branch';
import type { MemberRecord } from '../members/member';
import { monthKey } from '../dues/months';
import { rosterMonthsOfYear } from '../members/roster-periods';
import { ruleAsOf } from '../rules/rule-history';
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
   * The months of the year the target covers: 1 to 12 for a whole year; from the month the
   * member joined or transferred in, through the month they transferred out or left the
   * Party, when that was within the year: the target is then pro-rated, and the pace runs
   * over those months.
   */
  fromMonth: number;
  throughMonth: number;
}

const MONTHS = 12;

/**
 * The months of `year` a member is on this branch's books: those on the roster
 * (shared/members/roster-periods: from a transfer in, through a transfer out or an
 * ending) from the month of their admission (入党, the 支部大会 date) on. Null when none:
 * the member was not here that year. The rule sets hours per calendar year and says
 * nothing of members who arrive or leave during it, so their target covers only the
 * months they are here.
 */
export function monthsOnBooks(member: Pick<MemberRecord, 'joinedOn' | 'transfers' | 'ending' | 'deleted'>, year: number): { fromMonth: number; throughMonth: number; count: number } | null {
  const joined = /^\d{4}-\d{2}-\d{2}$/.test(member.joinedOn) ? member.joinedOn.slice(0, 7) : '';
  const months = rosterMonthsOfYear(member, year).filter((month) => monthKey(year, month) >= joined);
  if (months.length === 0) return null;
  return { fromMonth: months[0]!, throughMonth: months.at(-1)!, count: months.length };
}

/** The yearly hours for `months` months of the year, rounded up to the half hour (学时 are counted in halves). */
export function proRatedHours(yearly: number, months: number): number {
  return Math.ceil(((yearly * months) / MONTHS) * 2) / 2;
}

function reckoning(year: number, onBooks: { fromMonth: number; throughMonth: number }): string {
  const arrived = onBooks.fromMonth > 1 ? `${year} 年 ${onBooks.fromMonth} 月起入党或转入本支部` : '';
  const left = onBooks.throughMonth < MONTHS ? `${year} 年 ${onBooks.throughMonth} 月转出或出党` : '';
  return [arrived, left].filter(Boolean).join('，');
}

/**
 * The yearly hours a person must reach, by their role on the branch today: a seat on the
 * committee (书记, 副书记, 委员) sets the leaders' target, a full or probationary member
 * the members', a 发展对象 the short training's. Applicants and activists are not yet
 * counted (undefined): they study, but no rule sets them hours. Nor is anyone who was not
 * on the branch's books in the year.
 */
export function studyTargetOf(member: MemberRecord, branch: BranchRecord, rules: Pick<RuleGroups, 'study' | 'development'>, year?: number): StudyTarget | undefined {
  const whole = { fromMonth: 1, throughMonth: MONTHS, count: MONTHS };
  const onBooks = year === undefined ? whole : monthsOnBooks(member, year);
  if (!onBooks) return undefined;
  if (member.stage === 'candidate') {
    // The short training is a fixed number of hours, not a yearly share: never pro-rated.
    const rule = rules.development.candidateTrainingHours;
    return { role: 'candidate', hours: rule.value, description: rule.description, fromMonth: 1, throughMonth: MONTHS };
  }
  if (member.stage !== 'full' && member.stage !== 'probationary') return undefined;
  const onCommittee = (branch.committee ?? []).some((seat) => seat.memberId === member.id);
  const yearly = onCommittee ? rules.study.leaderAnnualHours : rules.study.memberAnnualHours;
  // A year is judged by the target in effect on its first day (a change applies from the next year unless the office dated it back).
  const rule = year === undefined ? yearly : ruleAsOf(yearly, `${year}-01-01`);
  const role = onCommittee ? 'leader' : 'member';
  const { fromMonth, throughMonth, count } = onBooks;
  if (count === MONTHS) return { role, hours: rule.value, description: rule.description, fromMonth, throughMonth };
  const hours = proRatedHours(rule.value, count);
  return {
    role,
    hours,
    fromMonth,
    throughMonth,
    description: `${rule.description}${reckoning(year!, onBooks)}，按在册 ${count} 个月折算：${rule.value} × ${count}/12，取整到半学时为 ${hours} 学时；进度按 ${fromMonth} 月 1 日至 ${throughMonth} 月底计算。`,
  };
}
