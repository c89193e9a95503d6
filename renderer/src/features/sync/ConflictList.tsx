import { Table, Typography } from 'antd';
import type { SyncConflict } from '../../../../shared/sync/types';
import { tableLabel } from './data/package-files';

function show(value: unknown): string {
  if (value === undefined || value === null || value === '') return '（空）';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

interface ConflictListProps {
  conflicts: readonly SyncConflict[];
  title: string;
  /** Actions per conflict (the conflicts page lets a person decide). */
  actions?: (conflict: SyncConflict, index: number) => React.ReactNode;
}

/** Two edits of one field that collided: both values, which one is applied now. */
export function ConflictList({ conflicts, title, actions }: ConflictListProps) {
  return (
    <>
      <Typography.Text strong>{title}</Typography.Text>
      <Table
        size="small"
        pagination={false}
        rowKey={(conflict) => `${conflict.table}/${conflict.id}/${conflict.field}/${conflict.incomingHlc}`}
        dataSource={[...conflicts]}
        columns={[
          { title: '数据', render: (_, conflict) => tableLabel(conflict.table) },
          { title: '栏目', dataIndex: 'field' },
          { title: '本机的值', render: (_, conflict) => show(conflict.localValue) },
          { title: '导入的值', render: (_, conflict) => show(conflict.incomingValue) },
          { title: '当前采用', render: (_, conflict) => (conflict.applied === 'incoming' ? '导入的值（较晚）' : '本机的值（较晚）') },
          ...(actions ? [{ title: '处理', render: (_: unknown, conflict: SyncConflict, index: number) => actions(conflict, index) }] : []),
        ]}
      />
    </>
  );
}
