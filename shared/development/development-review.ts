import { compareDates, isValidDate } from '../dates';
import type { DevelopmentMilestones, MemberRecord } from '../members/member';
import type { BaseRecord } from '../records/base-record';
import { sameValue } from '../records/record-diff';
import { dossierOf } from './dossier-types';
import { joinDateOf, recorded } from './milestone-dates';

/**
 * The 院党委's decisions on one person's development (steps 13 预审, 17 审批 and 24 转正审批
 * of the 25), recorded at the central office. A record of its own, `development-review-<member id>`,
 * owned by the member's branch and written only by the office (like meetingReviews), so it
 * travels in that branch's 回执 and never collides with the branch's member record. The branch
 * writes the agreed dates into the member's milestones itself on import (`milestonesAfterReview`).
 */

export const REVIEW_KINDS = ['preReview', 'admissionApproval', 'fullApproval'] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

export const REVIEW_KIND_LABELS: Record<ReviewKind, string> = {
  preReview: '预审',
  admissionApproval: '审批（接收预备党员）',
  fullApproval: '审批（转为正式党员）',
};

export interface ReviewDecision {
  /** YYYY-MM-DD */
  on: string;
  agreed: boolean;
  /** 文号 of the 批复 or 预审意见. */
  document: string;
  opinion: string;
  reviewer: string;
}

export interface DevelopmentReviewRecord extends BaseRecord {
  memberId: string;
  /** The person's name, so the branch and the office read the list without the member. */
  memberName: string;
  decisions: Partial<Record<ReviewKind, ReviewDecision>>;
}

export const developmentReviewId = (memberId: string) => `development-review-${memberId}`;

type Member = Pick<MemberRecord, 'stage' | 'joinedOn' | 'development'>;

/** What awaits the office for this person, if anything (the branch has done the step before it). */
export function pendingReview(member: Member): ReviewKind | null {
  const development = member.development;
  const dossier = dossierOf(development);
  if (member.stage === 'candidate' && recorded(dossier.stepDates.committeeReview ?? '') && !recorded(development.preReviewOn)) return 'preReview';
  if (member.stage === 'probationary' && joinDateOf(member) && !recorded(development.committeeApprovalOn)) return 'admissionApproval';
  if (member.stage === 'full' && recorded(development.fullMembershipVoteOn) && recorded(dossier.stepDates.fullMembershipApplied ?? '') && !recorded(dossier.stepDates.fullMembershipApproved ?? '')) {
    return 'fullApproval';
  }
  return null;
}

/** The step the decision follows, and its date on the member. */
function precedingDate(member: Member, kind: ReviewKind): { label: string; date: string | null } {
  const development = member.development;
  if (kind === 'preReview') return { label: '支部委员会审查', date: recorded(dossierOf(development).stepDates.committeeReview ?? '') };
  if (kind === 'admissionApproval') return { label: '支部大会讨论接收', date: joinDateOf(member) };
  return { label: '支部大会讨论转正', date: recorded(development.fullMembershipVoteOn) };
}

/** Why the office cannot record this decision, one Chinese sentence each; empty when it can. */
export function decisionErrors(member: Member, kind: ReviewKind, decision: ReviewDecision, today: string): string[] {
  const errors: string[] = [];
  if (!isValidDate(decision.on)) errors.push(`请填写${REVIEW_KIND_LABELS[kind]}日期（YYYY-MM-DD）。`);
  else if (compareDates(decision.on, today) > 0) errors.push(`${REVIEW_KIND_LABELS[kind]}日期不能晚于今天。`);
  const before = precedingDate(member, kind);
  if (!before.date) errors.push(`支部尚未登记“${before.label}”，不能${REVIEW_KIND_LABELS[kind]}。`);
  else if (isValidDate(decision.on) && compareDates(decision.on, before.date) < 0) {
    errors.push(`${REVIEW_KIND_LABELS[kind]}日期不能早于${before.label}的日期（${before.date}）。`);
  }
  if (kind !== 'preReview' && decision.agreed && !decision.document.trim()) errors.push('请填写批复文号。');
  if (!decision.agreed && !decision.opinion.trim()) errors.push('不同意时请填写意见。');
  if (!decision.reviewer.trim()) errors.push('请填写审批人。');
  return errors;
}

/**
 * The member's milestones with the office's agreed decisions dated in (预审 → preReviewOn,
 * 审批 → committeeApprovalOn, 转正审批 → step 24), or null when they already say so. A decision
 * not agreed writes nothing: the branch reads the opinion in the dossier.
 */
export function milestonesAfterReview(member: Member, review: Pick<DevelopmentReviewRecord, 'decisions'>): DevelopmentMilestones | null {
  const { preReview, admissionApproval, fullApproval } = review.decisions;
  const development = { ...member.development };
  if (preReview?.agreed) development.preReviewOn = preReview.on;
  if (admissionApproval?.agreed) development.committeeApprovalOn = admissionApproval.on;
  if (fullApproval?.agreed) {
    const dossier = dossierOf(development);
    development.dossier = { ...dossier, stepDates: { ...dossier.stepDates, fullMembershipApproved: fullApproval.on } };
  }
  return sameValue(development, member.development) ? null : development;
}
