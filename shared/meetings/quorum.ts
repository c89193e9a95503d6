import type { BranchRecord } from '../branch/branch';
import type { MemberRecord } from '../members/member';
import type { Fraction, MeetingRules, Rule } from '../rules/rule-types';
import type { MeetingRecord } from './meeting-types';

export interface RuleCheck {
  code: 'COMMITTEE_QUORUM' | 'ADMISSION_VOTE';
  ok: boolean;
  message: string;
}

/** "More than" the fraction of a whole, in integers: count / whole > numerator / denominator. */
export function exceeds(count: number, whole: number, fraction: Fraction): boolean {
  return count * fraction.denominator > whole * fraction.numerator;
}

/** The smallest count that exceeds the fraction of a whole. */
export function smallestExceeding(whole: number, fraction: Fraction): number {
  return Math.floor((whole * fraction.numerator) / fraction.denominator) + 1;
}

function citation(rule: Rule<Fraction>): string {
  return `（《${rule.source.regulation}》${rule.source.article}）`;
}

/** 支委会: more than half of the committee present. The committee is the branch's seats, or the attendance list without seats. */
export function committeeQuorum(meeting: MeetingRecord, branch: BranchRecord, rules: MeetingRules): RuleCheck {
  const seats = new Set((branch.committee ?? []).map((seat) => seat.memberId));
  const size = seats.size || meeting.attendance.length;
  const present = meeting.attendance.filter((entry) => entry.status === 'present' && (seats.size === 0 || seats.has(entry.memberId))).length;
  const needed = smallestExceeding(size, rules.committeeQuorum.value);
  const ok = size > 0 && exceeds(present, size, rules.committeeQuorum.value);
  return {
    code: 'COMMITTEE_QUORUM',
    ok,
    message: ok
      ? `支部委员 ${size} 名，到会 ${present} 名，超过半数，会议有效。`
      : `支部委员 ${size} 名，到会 ${present} 名，须至少 ${needed} 名委员到会方可召开${citation(rules.committeeQuorum)}。`,
  };
}

/**
 * A vote to admit a probationary member passes only when those in favour exceed the
 * fraction of the full members entitled to vote: the full members among those expected.
 */
export function admissionVoteCheck(meeting: MeetingRecord, vote: MeetingRecord['votes'][number], members: readonly MemberRecord[], rules: MeetingRules): RuleCheck {
  const stages = new Map(members.map((member) => [member.id, member.stage]));
  const entitled = meeting.attendance.filter((entry) => stages.get(entry.memberId) === 'full').length;
  const needed = smallestExceeding(entitled, rules.admissionVoteApproval.value);
  const ok = entitled > 0 && exceeds(vote.inFavour, entitled, rules.admissionVoteApproval.value);
  return {
    code: 'ADMISSION_VOTE',
    ok,
    message: ok
      ? `“${vote.motion}”：有表决权的正式党员 ${entitled} 名，赞成 ${vote.inFavour} 票，超过半数，决议通过。`
      : `“${vote.motion}”：有表决权的正式党员 ${entitled} 名，赞成 ${vote.inFavour} 票，须至少 ${needed} 票赞成才能通过${citation(rules.admissionVoteApproval)}。`,
  };
}

/** The rule checks a meeting record is subject to: quorum for 支委会, thresholds for admission votes. */
export function meetingRuleChecks(meeting: MeetingRecord, branch: BranchRecord, members: readonly MemberRecord[], rules: MeetingRules): RuleCheck[] {
  const checks: RuleCheck[] = [];
  if (meeting.type === 'committeeMeeting' && meeting.attendance.length > 0) checks.push(committeeQuorum(meeting, branch, rules));
  for (const vote of meeting.votes) if (vote.isAdmission) checks.push(admissionVoteCheck(meeting, vote, members, rules));
  return checks;
}
