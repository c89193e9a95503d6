import { Tag } from 'antd';
import { PACE_STATUS_LABELS, type PaceStatus } from '../../../../shared/study/study-pace';

const COLORS: Record<PaceStatus, string> = { met: 'success', onPace: 'processing', behind: 'warning', missed: 'error', notStarted: 'default' };

export function PaceTag({ status }: { status: PaceStatus }) {
  return <Tag color={COLORS[status]}>{PACE_STATUS_LABELS[status]}</Tag>;
}
