import type { MemberInput } from '../members/member-validation';
import { NATIONAL_RULE_SET, type RuleSet } from '../rules/rule-set';
import { joinDateOf, probationEnd } from './milestone-dates';
import { nextStageOf } from './next-step';

/**
 * The member moved one stage on, with the milestone of that move dated onDate. Run
 * checkAdvance first: this records the decision, it does not judge it.
 *
 * 转正时间 is not the vote date: membership counts from the day probation ends
 * (党章第七条), so fullMembershipOn is that day when the join date is known.
 */
export function advanceStage<T extends MemberInput>(member: T, onDate: string, ruleSet: RuleSet = NATIONAL_RULE_SET): T {
  const next = nextStageOf(member.stage);
  if (!next) throw new RangeError('已是正式党员，没有下一阶段。');
  const development = { ...member.development };
  const changes: Partial<MemberInput> = { stage: next, development };
  if (next === 'activist') development.activistOn = onDate;
  if (next === 'candidate') development.candidateOn = onDate;
  if (next === 'probationary') {
    development.admissionVoteOn = onDate;
    changes.joinedOn = onDate;
  }
  if (next === 'full') {
    development.fullMembershipVoteOn = onDate;
    changes.fullMembershipOn = joinDateOf(member) ? probationEnd(member, ruleSet.rules.development)! : onDate;
  }
  return { ...member, ...changes };
}
