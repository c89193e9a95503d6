import { periodOf, periodsCovering } from '../meetings/periods';
import type { BranchRecord } from '../branch/branch';
import type { MemberRecord } from '../members/member';
import { isActiveMember } from '../members/roster-periods';
import { ruleValueAt } from '../rules/rule-history';
import type { MeetingFrequency, Rule } from '../rules/rule-types';
import { COVERAGE_TALK_KINDS, type TalkRecord } from './talk';

/**
 * Who has been talked with this year (支部工作条例 2018: 支委之间、支委和党员之间每年谈心谈话一般
 * 不少于 1 次). The number is the rule set's 谈心谈话 frequency (`meetings.heartToHeartTalk`,
 * with its source), so the office changes it for the hospital in one place. Read as:
 * - a member who is not on the committee is covered once they have talked with a committee
 *   member (the secretary included) that many times in the year;
 * - a committee member is covered once they have talked that many times with every other
 *   committee member (支委之间).
 * A talk pairs each of its 谈话人 with each of its 谈话对象. Without a committee on record
 * (支部信息), a talk with anyone counts, and the view says the committee is missing.
 */

/** Talks each pair needs in the year: the frequency's times over the year's periods, as in force on 1 January. */
export function requiredTalksPerYear(rule: Rule<MeetingFrequency>, year: number): number {
  const { times, per } = ruleValueAt(rule, `${year}-01-01`);
  return times * periodsCovering(periodOf('year', `${year}-01-01`), per).length;
}

export interface TalkCoverageRow {
  memberId: string;
  name: string;
  onCommittee: boolean;
  /** Talks this year that count for this person. */
  talks: number;
  /** YYYY-MM-DD of the latest of them, or null. */
  lastTalkOn: string | null;
  /** Committee members (names) this person still has to talk with; for members, empty once covered. */
  missing: string[];
  covered: boolean;
}

export interface TalkCoverage {
  year: number;
  required: number;
  /** False when no committee member is on record: any talk then counts. */
  hasCommittee: boolean;
  rows: TalkCoverageRow[];
  coveredCount: number;
}

export interface TalkCoverageInput {
  members: readonly MemberRecord[];
  /** Members holding a committee seat (BranchRecord.committee, linked to the roster). */
  committeeIds: readonly string[];
  talks: readonly TalkRecord[];
  year: number;
  rule: Rule<MeetingFrequency>;
  /** Who is expected: party members on the roster on this day (today, or 31 December of a past year). */
  asOf: string;
}

/** The members holding a committee seat (seats holding only a typed name are left out). */
export function committeeIdsOf(branch: Pick<BranchRecord, 'committee'>): string[] {
  return (branch.committee ?? []).map((seat) => seat.memberId).filter((id) => id !== '');
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

export function talkCoverage({ members, committeeIds, talks, year, rule, asOf }: TalkCoverageInput): TalkCoverage {
  const required = requiredTalksPerYear(rule, year);
  const expected = members.filter((member) => isActiveMember(member, asOf)).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  const names = new Map(members.map((member) => [member.id, member.name]));
  const committee = new Set(committeeIds.filter((id) => names.has(id)));
  const hasCommittee = committee.size > 0;
  const counting = talks.filter((talk) => !talk.deleted && talk.date.startsWith(`${year}-`) && COVERAGE_TALK_KINDS.includes(talk.kind));

  const pairTalks = new Map<string, number>();
  const withCommittee = new Map<string, { talks: number; last: string | null }>();
  const note = (id: string, date: string) => {
    const current = withCommittee.get(id) ?? { talks: 0, last: null };
    withCommittee.set(id, { talks: current.talks + 1, last: current.last === null || date > current.last ? date : current.last });
  };
  for (const talk of counting) {
    const people = [...new Set([...talk.talkerIds, ...talk.memberIds])];
    for (const talker of talk.talkerIds) {
      for (const member of talk.memberIds) pairTalks.set(pairKey(talker, member), (pairTalks.get(pairKey(talker, member)) ?? 0) + 1);
    }
    // A talk counts once for each person in it who faced a committee member (or anyone, without a committee).
    for (const person of people) {
      const others = talk.talkerIds.includes(person) ? talk.memberIds : talk.talkerIds;
      if (!hasCommittee || others.some((other) => committee.has(other))) note(person, talk.date);
    }
  }

  const rows = expected.map((member): TalkCoverageRow => {
    const onCommittee = committee.has(member.id);
    const mine = withCommittee.get(member.id) ?? { talks: 0, last: null };
    const missing = onCommittee
      ? [...committee].filter((other) => other !== member.id && (pairTalks.get(pairKey(member.id, other)) ?? 0) < required).map((other) => names.get(other)!)
      : [];
    const covered = onCommittee ? missing.length === 0 : mine.talks >= required;
    return { memberId: member.id, name: member.name, onCommittee, talks: mine.talks, lastTalkOn: mine.last, missing, covered };
  });
  return { year, required, hasCommittee, rows, coveredCount: rows.filter((row) => row.covered).length };
}
