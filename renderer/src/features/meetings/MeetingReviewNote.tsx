import { useLiveQuery } from 'dexie-react-hooks';
import { Alert } from 'antd';
import { REVIEW_VERDICT_LABELS } from '../../../../shared/meetings/meeting-review';
import { reviewReader } from './data/review-reader';

/** 上级审阅: the central office's verdict and opinion on this record, once a return package brought one. */
export function MeetingReviewNote({ meetingId }: { meetingId: string }) {
  const review = useLiveQuery(() => reviewReader.ofMeeting(meetingId), [meetingId]);
  if (!review) return null;
  return (
    <Alert
      data-testid="meeting-review"
      type={review.verdict === 'approved' ? 'success' : 'error'}
      showIcon
      message={`院党委审阅：${REVIEW_VERDICT_LABELS[review.verdict]}（${review.reviewer}，${new Date(review.reviewedAt).toLocaleDateString('zh-CN')}）`}
      description={review.opinion || undefined}
    />
  );
}
