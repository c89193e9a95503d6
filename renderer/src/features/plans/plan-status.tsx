import { Space, Tag } from 'antd';
import { REPORT_TIMELINESS_LABELS } from '../../../../shared/statistics/monthly-report';
import { PLAN_REVIEW_LABELS, planReview, planTimeliness, type BranchPlanRecord, type PlanReturnRecord } from '../../../../shared/plans/plan';
import { REVIEW_COLORS, TIMELINESS_COLORS } from '../monthly-report';

/** A plan's standing in tags: sent on time, late, not yet or overdue; and, once sent, the office's reading. */
export function PlanStatusTags({ plan, returned, due, today }: { plan: BranchPlanRecord | undefined; returned: PlanReturnRecord | undefined; due: string; today: string }) {
  const sent = plan?.submittedAt ? plan : undefined;
  const timeliness = planTimeliness(sent, due, today);
  const review = sent ? planReview(sent, returned) : undefined;
  return (
    <Space size={4} wrap>
      <Tag color={TIMELINESS_COLORS[timeliness]}>{REPORT_TIMELINESS_LABELS[timeliness]}</Tag>
      {review && <Tag color={REVIEW_COLORS[review]}>{PLAN_REVIEW_LABELS[review]}</Tag>}
      {plan && !plan.submittedAt && <Tag>草稿</Tag>}
    </Space>
  );
}
