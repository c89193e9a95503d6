import { Alert, Table, Tag, Typography } from 'antd';
import type { CountComparison, TableCountCheck } from '../../../../shared/sync/count-check';
import { tableLabel } from './data/package-files';

const STATUS: Record<TableCountCheck['status'], { color: string; label: (check: TableCountCheck) => string }> = {
  same: { color: 'green', label: () => '一致' },
  different: { color: 'red', label: (check) => `不一致（${check.local > check.central ? '院党委少' : '院党委多'} ${Math.abs(check.local - check.central)} 条）` },
  pending: { color: 'default', label: () => '有变更尚未确认，下次回执后核对' },
};

/** Branch: the record counts in the central office's last acknowledgement, table by table against this PC's. */
export function CountCheck({ counts }: { counts: CountComparison }) {
  const { different } = counts;
  return (
    <div data-testid="count-check">
      {different.length === 0 ? (
        <Alert type="success" showIcon message="记录数核对：院党委收到的记录数与本机一致。" />
      ) : (
        <Alert
          type="error"
          showIcon
          message={`记录数核对：${different.map((check) => `${tableLabel(check.table)}本机 ${check.local} 条、院党委 ${check.central} 条`).join('；')}，不一致。`}
          description="所有变更都已确认送达，记录数仍不同：可能院党委的电脑恢复了旧的备份，或记录在导入后被改动。请与院党委组织部门电话核对，不要删除本机的记录。"
        />
      )}
      <Typography.Text type="secondary">按院党委最近一次回执核对：</Typography.Text>
      <Table
        size="small"
        pagination={false}
        rowKey="table"
        dataSource={counts.tables}
        columns={[
          { title: '数据', render: (_, check) => tableLabel(check.table) },
          { title: '本机', dataIndex: 'local' },
          { title: '院党委', dataIndex: 'central' },
          { title: '核对', render: (_, check) => <Tag color={STATUS[check.status].color}>{STATUS[check.status].label(check)}</Tag> },
        ]}
      />
    </div>
  );
}
