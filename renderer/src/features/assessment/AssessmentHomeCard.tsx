import { Card, Space, Typography } from 'antd';
import type { AssessmentResultRecord } from '../../../../shared/assessment/assessment-records';
import { assessmentPeriodLabel } from '../../../../shared/assessment/points';
import { ResultBadges } from './ResultBadges';

/**
 * 首页 of a branch: its latest published 考核 result (rank, 流动红旗, 星级), once a 回执 brought one.
 * `results` are the branch's published results, newest first (`usePublishedResults`, read by 首页
 * before it loads this card: without a result the card's code is not loaded at all).
 */
export function AssessmentHomeCard({ results }: { results: readonly AssessmentResultRecord[] }) {
  const latest = results[0];
  if (!latest?.published) return null;
  const yearResult = results.find((row) => !row.period.includes('Q'));
  return (
    <Card title="考核结果" size="small">
      <Space direction="vertical">
        <Space wrap>
          <Typography.Text strong>{assessmentPeriodLabel(latest.period)}</Typography.Text>
          <ResultBadges result={latest.published} />
        </Space>
        {yearResult?.published && yearResult !== latest && (
          <Space wrap>
            <Typography.Text strong>{assessmentPeriodLabel(yearResult.period)}</Typography.Text>
            <ResultBadges result={yearResult.published} />
          </Space>
        )}
      </Space>
    </Card>
  );
}
