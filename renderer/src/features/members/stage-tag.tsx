import { Tag } from 'antd';
import { STAGE_LABELS, type DevelopmentStage } from '../../../../shared/members/member';

const STAGE_COLORS: Record<DevelopmentStage, string> = {
  applicant: 'default',
  activist: 'cyan',
  candidate: 'blue',
  probationary: 'orange',
  full: 'red',
};

export function StageTag({ stage }: { stage: DevelopmentStage }) {
  return <Tag color={STAGE_COLORS[stage]}>{STAGE_LABELS[stage]}</Tag>;
}
