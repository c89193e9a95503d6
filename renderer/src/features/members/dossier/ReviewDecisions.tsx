import { Alert, Space } from 'antd';
import { REVIEW_KINDS, REVIEW_KIND_LABELS, type DevelopmentReviewRecord } from '../../../../../shared/development/development-review';

/** 院党委意见: each decision the office returned (预审, 审批, 转正审批), with its date, 文号 and opinion. */
export function ReviewDecisions({ review }: { review: DevelopmentReviewRecord | undefined }) {
  const decisions = REVIEW_KINDS.flatMap((kind) => {
    const decision = review?.decisions[kind];
    return decision ? [{ kind, decision }] : [];
  });
  if (decisions.length === 0) return null;
  return (
    <Space direction="vertical" style={{ width: '100%' }} aria-label="院党委意见">
      {decisions.map(({ kind, decision }) => (
        <Alert
          key={kind}
          type={decision.agreed ? 'success' : 'error'}
          showIcon
          message={`院党委${REVIEW_KIND_LABELS[kind]}：${decision.agreed ? '同意' : '不同意'}（${decision.on}${decision.document ? `，${decision.document}` : ''}）`}
          description={[decision.opinion, `审批人：${decision.reviewer}`].filter(Boolean).join('　')}
        />
      ))}
    </Space>
  );
}
