import { Tag } from 'antd';
import type { MeetingRecord } from '../../../../shared/meetings/meeting-types';

/** Where a record stands: 待确认, 已确认, and the central office's 通过 / 退回 once reviewed. */
export function MeetingStatusTag({ meeting }: { meeting: MeetingRecord }) {
  if (meeting.review) {
    return meeting.review.verdict === 'approved' ? <Tag color="green">审阅通过</Tag> : <Tag color="red">被退回</Tag>;
  }
  return meeting.confirmation ? <Tag color="blue">已签字确认</Tag> : <Tag color="orange">待签字确认</Tag>;
}
