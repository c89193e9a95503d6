import type { BranchRecord } from '../domain/branch';
import type { MemberRecord } from '../domain/member';
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
}

/**
 * The yearly hours a person must reach, by their role on the branch today: a seat on the
 * committee (书记, 副书记, 委员) sets the leaders' target, a full or probationary member
 * the members', a 发展对象 the short training's. Applicants and activists are not yet
 * counted (undefined): they study, but no rule sets them hours.
 */
export function studyTargetOf(member: MemberRecord, branch: BranchRecord, rules: Pick<RuleGroups, 'study' | 'development'>): StudyTarget | undefined {
  if (member.stage === 'candidate') {
    const rule = rules.development.candidateTrainingHours;
    return { role: 'candidate', hours: rule.value, description: rule.description };
  }
  if (member.stage !== 'full' && member.stage !== 'probationary') return undefined;
  const onCommittee = (branch.committee ?? []).some((seat) => seat.memberId === member.id);
  const rule = onCommittee ? rules.study.leaderAnnualHours : rules.study.memberAnnualHours;
  return { role: onCommittee ? 'leader' : 'member', hours: rule.value, description: rule.description };
}
