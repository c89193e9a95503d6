import {
  decisionErrors,
  developmentReviewId,
  pendingReview,
  type DevelopmentReviewRecord,
  type ReviewDecision,
  type ReviewKind,
} from '../../../../../shared/development/development-review';
import type { MemberRecord } from '../../../../../shared/members/member';
import type { LedgerDatabase } from '../../../db/database';
import { ledgerDb } from '../../../db/ledger-db';
import { createRecordRepository, type RecordRepositoryOptions } from '../../../db/record-repository';
import { withOperator } from '../../../core/preferences/preferences-repository';
import { listPeers } from '../../sync/data';

export class DecisionRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DecisionRefusedError';
  }
}

/** A person the office is to decide on (or decided on), with the decisions so far. */
export interface DevelopmentCase {
  member: MemberRecord;
  branchName: string;
  pending: ReviewKind | null;
  review: DevelopmentReviewRecord | undefined;
}

/**
 * Central office: 预审, 审批 and 转正审批 of the branches' people in development. The
 * decisions are a record of their own per person (shared/development/development-review.ts),
 * owned by the person's branch, so each travels in that branch's next 回执.
 */
export function createDevelopmentReviewRepository(db: LedgerDatabase, options?: Partial<RecordRepositoryOptions>) {
  const records = createRecordRepository(db, 'developmentReviews', withOperator(db, options));

  return {
    /** Everyone awaiting a decision, and everyone decided on, across the branches held here. */
    async cases(): Promise<DevelopmentCase[]> {
      const reviews = new Map((await db.developmentReviews.toArray()).filter((row) => !row.deleted).map((row) => [row.memberId, row]));
      // Read while the tab is shown only (members are not indexed by stage).
      const members = await db.members.filter((member) => !member.deleted && member.stage !== 'applicant' && member.stage !== 'activist').toArray();
      const names = new Map((await listPeers(db)).map((peer) => [peer.peerId, peer.name]));
      return members
        .map((member) => ({ member, branchName: names.get(member.branchId) ?? '', pending: pendingReview(member), review: reviews.get(member.id) }))
        .filter((entry) => entry.pending !== null || entry.review !== undefined);
    },

    /** Records a decision, checked against the member as the branch last reported it; refused whole otherwise. */
    async decide(memberId: string, kind: ReviewKind, decision: ReviewDecision, today: string): Promise<DevelopmentReviewRecord> {
      const member = await db.members.get(memberId);
      if (!member || member.deleted) throw new DecisionRefusedError('找不到此人，可能已被支部删除。');
      const clean = { ...decision, document: decision.document.trim(), opinion: decision.opinion.trim(), reviewer: decision.reviewer.trim() };
      const errors = decisionErrors(member, kind, clean, today);
      if (errors.length > 0) throw new DecisionRefusedError(errors.join(''));
      const id = developmentReviewId(memberId);
      const before = await records.find(id);
      return records.put(member.branchId, id, { memberId, memberName: member.name, decisions: { ...before?.decisions, [kind]: clean } });
    },
  };
}

export const developmentReviewRepository = createDevelopmentReviewRepository(ledgerDb);
