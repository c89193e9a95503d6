import type { BaseRecord } from '../records/base-record';
import type { MeetingReview } from './meeting-types';

export const REVIEW_VERDICT_LABELS: Record<MeetingReview['verdict'], string> = {
  approved: '通过',
  returned: '退回',
};

/**
 * The central office's review of one meeting record, kept apart from the meeting so that the
 * branch's edits and the central office's review never touch the same record: the two sides
 * cannot collide by design. Stored under the meeting's id (one review per meeting, the
 * latest) and owned by the meeting's branch, to whose PC it travels.
 */
export interface MeetingReviewRecord extends BaseRecord, MeetingReview {
  /** The reviewed meeting's session name, so a list of reviews reads without the meeting. */
  sessionName: string;
}
