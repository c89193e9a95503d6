import type { MeetingReviewRecord } from '../../../../../shared/meetings/meeting-review';
import type { LedgerDatabase } from '../../../db/database';
import { ledgerDb } from '../../../db/ledger-db';

/** The central office's review of a meeting, as it arrived in a return package (read-only here). */
export function createReviewReader(db: LedgerDatabase) {
  return {
    async ofMeeting(meetingId: string): Promise<MeetingReviewRecord | null> {
      const review = await db.meetingReviews.get(meetingId);
      return review && !review.deleted ? review : null;
    },
  };
}

export const reviewReader = createReviewReader(ledgerDb);
