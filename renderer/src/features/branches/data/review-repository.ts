import type { MeetingReviewRecord } from '../../../../../shared/meetings/meeting-review';
import type { MeetingRecord, MeetingReview } from '../../../../../shared/meetings/meeting-types';
import type { LedgerDatabase } from '../../../db/database';
import { ledgerDb } from '../../../db/ledger-db';
import { createRecordRepository, type RecordRepositoryOptions } from '../../../db/record-repository';
import { withOperator } from '../../../core/preferences/preferences-repository';

export const OPINION_MAX = 500;

export class ReviewValidationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReviewValidationError';
  }
}

/**
 * The central office's reviews of meeting records. A review is a record of its own under
 * the meeting's id, owned by the meeting's branch: it travels to that branch in the next
 * return package, and never touches the branch's own record.
 */
export function createReviewRepository(db: LedgerDatabase, options?: Partial<RecordRepositoryOptions>) {
  const records = createRecordRepository(db, 'meetingReviews', withOperator(db, options));

  return {
    get: (meetingId: string): Promise<MeetingReviewRecord | undefined> => records.find(meetingId),

    listByBranch: (branchId: string): Promise<MeetingReviewRecord[]> => records.listByBranch(branchId),

    /** 通过 or 退回 with an opinion; a 退回 needs one, so the branch knows what to correct. */
    async review(meeting: MeetingRecord, verdict: MeetingReview['verdict'], opinion: string, reviewer: string, at: Date = new Date()): Promise<MeetingReviewRecord> {
      const text = opinion.trim();
      if (verdict === 'returned' && !text) throw new ReviewValidationError('退回时请填写审阅意见，说明需要补正的内容。');
      if ([...text].length > OPINION_MAX) throw new ReviewValidationError(`审阅意见不能超过 ${OPINION_MAX} 个字。`);
      const content = { verdict, opinion: text, reviewer, reviewedAt: at.toISOString(), sessionName: meeting.sessionName };
      return records.put(meeting.branchId, meeting.id, content);
    },
  };
}

export type ReviewRepository = ReturnType<typeof createReviewRepository>;

export const reviewRepository = createReviewRepository(ledgerDb);
