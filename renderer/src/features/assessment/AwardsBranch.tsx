import { TrophyFilled } from '@ant-design/icons';
import { Alert, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { AWARD_STAGE_LABELS, awardStage } from '../../../../shared/assessment/awards';
import { useToday } from '../../core/today';
import { useAppraisal, useAwards } from './use-assessment';
import { YearSelect } from './YearSelect';

/**
 * Branch: 评先评优 of a year. Its nominations (made with 民主评议) and, once a 回执 brought the
 * office's list, whether each is on it, the 公示 and the approval, and 先进党支部.
 */
export function AwardsBranch({ branchId }: { branchId: string }) {
  const today = useToday();
  const [year, setYear] = useState(Number(today.slice(0, 4)));
  const appraisal = useAppraisal(branchId, year);
  const award = useAwards(year)?.find((row) => row.branchId === branchId);
  const stage = awardStage(award, today);
  const nominations = Object.entries(appraisal?.nominations ?? {}).map(([memberId, nomination]) => ({ memberId, ...nomination }));
  const outcome = (memberId: string) => {
    if (!award) return <Tag>待院党委确定</Tag>;
    if (!award.members[memberId]) return <Tag>未列入名单</Tag>;
    return stage === 'approved' ? <Tag color="red" icon={<TrophyFilled />}>优秀共产党员</Tag> : <Tag color="orange">列入名单·{AWARD_STAGE_LABELS[stage]}</Tag>;
  };
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <YearSelect value={year} onChange={setYear} today={today} label="评先年度" />
      {award ? (
        <Alert
          type={stage === 'approved' ? 'success' : 'info'}
          showIcon
          message={`院党委${year}年度评先评优：${AWARD_STAGE_LABELS[stage]}`}
          description={
            <Space direction="vertical" size={2}>
              {award.advancedBranch && (
                <Tag color="red" icon={<TrophyFilled />}>
                  {stage === 'approved' ? '本支部被评为先进党支部' : '本支部列入先进党支部名单'}
                </Tag>
              )}
              {award.publicity && <Typography.Text>公示期 {award.publicity.from} 至 {award.publicity.until}</Typography.Text>}
              {award.approval && <Typography.Text>批准：{award.approval.approvedOn}，{award.approval.document}</Typography.Text>}
            </Space>
          }
        />
      ) : (
        <Alert type="info" showIcon message="在“民主评议”中把评为优秀的党员勾选为推荐人选并保存，随报送包报院党委；院党委的名单、公示和批准结果随回执下发。" />
      )}
      <Table
        aria-label={`${year}年度推荐优秀共产党员`}
        rowKey="memberId"
        size="small"
        pagination={false}
        loading={appraisal === undefined}
        dataSource={nominations}
        locale={{ emptyText: '本年度尚未推荐。' }}
        columns={[
          { title: '姓名', dataIndex: 'name', width: 100 },
          { title: '主要事迹', dataIndex: 'deeds' },
          { title: '结果', key: 'outcome', width: 200, render: (_, row) => outcome(row.memberId) },
        ]}
      />
    </Space>
  );
}
