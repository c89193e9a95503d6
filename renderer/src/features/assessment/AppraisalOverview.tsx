import { Empty, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { appraisalCounts, DISPOSAL_LABELS, type MemberAppraisalRecord } from '../../../../shared/assessment/appraisal';
import { useToday } from '../../core/today';
import { AppraisalCountTags } from './AppraisalPanel';
import { useAppraisalsOfYear, useBranchList } from './use-assessment';
import { YearSelect } from './YearSelect';

/** Central office: every branch's 民主评议 of a year from its reports, and the 不合格 members awaiting 组织处置. */
export function AppraisalOverview() {
  const today = useToday();
  const [year, setYear] = useState(Number(today.slice(0, 4)));
  const records = useAppraisalsOfYear(year);
  const branches = useBranchList();
  const nameOf = (id: string) => branches?.find((branch) => branch.id === id)?.name ?? '（未知支部）';
  const unqualified = (records ?? []).flatMap((record) =>
    Object.entries(record.results)
      .filter(([, entry]) => entry.grade === 'unqualified')
      .map(([memberId, entry]) => ({ key: `${record.branchId}-${memberId}`, branch: nameOf(record.branchId), ...entry })),
  );
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <YearSelect value={year} onChange={setYear} today={today} label="评议年度" />
      {records && records.length === 0 ? (
        <Empty description={`还没有支部报送${year}年度民主评议结果。`} />
      ) : (
        <Table<MemberAppraisalRecord>
          aria-label={`${year}年度各支部民主评议`}
          rowKey="id"
          size="small"
          pagination={false}
          loading={!records}
          dataSource={records ?? []}
          columns={[
            { title: '支部', key: 'branch', width: 180, render: (_, record) => nameOf(record.branchId) },
            { title: '评议结果', key: 'counts', render: (_, record) => <AppraisalCountTags counts={appraisalCounts(record)} /> },
            { title: '优秀率', key: 'rate', width: 90, render: (_, record) => { const counts = appraisalCounts(record); return counts.appraised ? `${Math.round((counts.byGrade.excellent / counts.appraised) * 1000) / 10}%` : '—'; } },
          ]}
        />
      )}
      <Typography.Title level={5}>不合格党员组织处置跟踪</Typography.Title>
      <Table
        aria-label="不合格党员组织处置"
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={unqualified}
        locale={{ emptyText: '没有评为不合格的党员。' }}
        columns={[
          { title: '支部', dataIndex: 'branch', width: 180 },
          { title: '姓名', dataIndex: 'name', width: 100 },
          { title: '理由', dataIndex: 'reason' },
          { title: '组织处置', key: 'disposal', width: 120, render: (_, row) => (row.disposal ? DISPOSAL_LABELS[row.disposal] : <Typography.Text type="danger">待处置</Typography.Text>) },
          { title: '处置情况', dataIndex: 'disposalNote' },
        ]}
      />
    </Space>
  );
}
