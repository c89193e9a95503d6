import { Button, InputNumber, Skeleton, Space, Table, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { ACTIVITY_KIND_LABELS, ACTIVITY_KINDS, activityYearByBranch, type BranchBrand } from '../../../../shared/activities/activity';
import { useToday } from '../../core/today';
import { activityRepository } from './data/activity-repository';

interface ActivityYearTableProps {
  /** The branches the office holds, in the order it lists them. */
  branches: readonly { id: string; name: string; brand?: BranchBrand }[];
  onOpen: (branchId: string) => void;
}

/** The central office's yearly list: each branch's 品牌 and its 党建+业务 activities of the year by kind, as received. */
export function ActivityYearTable({ branches, onOpen }: ActivityYearTableProps) {
  const today = useToday();
  const [year, setYear] = useState(() => Number(today.slice(0, 4)));
  const activities = useLiveQuery(() => activityRepository.listAll(), []);
  const rows = useMemo(() => (activities ? activityYearByBranch(branches, activities, year) : undefined), [branches, activities, year]);
  if (!rows) return <Skeleton active />;
  const total = rows.reduce((sum, row) => sum + row.total, 0);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space>
        <InputNumber aria-label="年度" value={year} min={2000} max={2100} onChange={(value) => value && setYear(value)} addonAfter="年" style={{ width: 120 }} />
        <Typography.Text data-testid="activity-year-total">
          {year} 年各支部共登记党建+业务活动 {total} 次，{rows.filter((row) => row.brand).length} 个支部填写了品牌
        </Typography.Text>
      </Space>
      <Table
        size="small"
        rowKey="branchId"
        pagination={false}
        aria-label={`${year}年各支部党建+业务`}
        dataSource={rows}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: '支部', dataIndex: 'branchName', fixed: 'left' },
          {
            title: '支部品牌',
            render: (_, row) =>
              row.brand ? (
                <Typography.Text title={row.brand.description}>{row.brand.name}</Typography.Text>
              ) : (
                <Typography.Text type="secondary">未填写</Typography.Text>
              ),
          },
          { title: '全年', dataIndex: 'total', align: 'right' },
          ...ACTIVITY_KINDS.map((kind) => ({ title: ACTIVITY_KIND_LABELS[kind], align: 'right' as const, render: (_: unknown, row: (typeof rows)[number]) => row.byKind[kind] ?? 0 })),
          {
            title: '操作',
            render: (_, row) => (
              <Button size="small" onClick={() => onOpen(row.branchId)}>
                查看
              </Button>
            ),
          },
        ]}
      />
    </Space>
  );
}
