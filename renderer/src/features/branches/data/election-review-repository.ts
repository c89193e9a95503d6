import {
  electionDecisionErrors,
  electionReviewId,
  electionStage,
  pendingElectionReview,
  type ElectionRecord,
  type ElectionReviewKind,
  type ElectionReviewRecord,
  type ElectionStage,
} from '../../../../../shared/branch/election';
import type { ReviewDecision } from '../../../../../shared/development/development-review';
import type { LedgerDatabase } from '../../../db/database';
import { ledgerDb } from '../../../db/ledger-db';
import { createRecordRepository, type RecordRepositoryOptions } from '../../../db/record-repository';
import { withOperator } from '../../../core/preferences/preferences-repository';
import { listPeers } from '../../sync/data';
import { DecisionRefusedError } from './development-review-repository';

/** A branch's 换届 as the office holds it, with its 批复 so far and what awaits. */
export interface ElectionCaseAtOffice {
  election: ElectionRecord;
  review: ElectionReviewRecord | undefined;
  branchName: string;
  stage: ElectionStage;
  pending: ElectionReviewKind | null;
}

/**
 * Central office: the 批复 of each branch's 换届请示 and election result, a record of its own
 * per 换届 (`election-review-<id>`), owned by the branch, so it travels in that branch's next 回执.
 */
export function createElectionReviewRepository(db: LedgerDatabase, options?: Partial<RecordRepositoryOptions>) {
  const records = createRecordRepository(db, 'electionReviews', withOperator(db, options));

  return {
    async cases(): Promise<ElectionCaseAtOffice[]> {
      const reviews = new Map((await db.electionReviews.toArray()).filter((row) => !row.deleted).map((row) => [row.electionId, row]));
      const names = new Map((await listPeers(db)).map((peer) => [peer.peerId, peer.name]));
      return (await db.elections.toArray())
        .filter((election) => !election.deleted)
        .map((election) => {
          const review = reviews.get(election.id);
          const stage = electionStage(election, review);
          return { election, review, branchName: names.get(election.branchId) ?? '', stage, pending: pendingElectionReview(stage) };
        });
    },

    /** Records the 批复 of the submission the office holds; refused whole when it is not awaited or incomplete. */
    async decide(electionId: string, kind: ElectionReviewKind, decision: ReviewDecision, today: string): Promise<ElectionReviewRecord> {
      const election = await db.elections.get(electionId);
      if (!election || election.deleted) throw new DecisionRefusedError('找不到这次换届，可能已被支部删除。');
      const id = electionReviewId(electionId);
      const before = await records.find(id);
      if (pendingElectionReview(electionStage(election, before)) !== kind) throw new DecisionRefusedError('这一步已批复或尚未报送，请导入支部最新的报送包。');
      const clean = { ...decision, document: decision.document.trim(), opinion: decision.opinion.trim(), reviewer: decision.reviewer.trim() };
      const errors = electionDecisionErrors(election, kind, clean, today);
      if (errors.length > 0) throw new DecisionRefusedError(errors.join(''));
      const submission = kind === 'plan' ? election.planSubmission : election.resultSubmission;
      const decided = { ...(before?.plan ? { plan: before.plan } : {}), ...(before?.result ? { result: before.result } : {}) };
      return records.put(election.branchId, id, { electionId, ...decided, [kind]: { ...clean, submission } });
    },
  };
}

export const electionReviewRepository = createElectionReviewRepository(ledgerDb);
