import { Card, Space, Typography } from 'antd';
import { assessmentPeriodLabel } from '../../../../shared/assessment/points';
import { useInstallation } from '../../core/installation/use-installation';
import { ResultBadges } from './ResultBadges';
import { usePublishedResults } from './use-assessment';

/** 首页 of a branch: its latest published 考核 result (rank, 流动红旗, 星级), once a 回执 brought one. */
export function AssessmentHomeCard() {
  const { ownerId } = useInstallation();
  const results = usePublishedResults(ownerId);
  const latest = results?.[0];
  if (!latest?.published) return null;
  const yearResult = results?.find((row) => !row.period.includes('Q'));
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
