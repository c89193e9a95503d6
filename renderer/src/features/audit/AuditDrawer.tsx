import { Button, Drawer, Empty, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { AUDIT_ACTION_LABELS, type AuditEntry } from '../../../../shared/audit/audit';
import { displayValue, fieldLabel, type NameLookup } from './field-labels';
import { useBranchHistory, useRecordHistory, type AuditScope } from './use-audit';

const ACTION_COLORS = { create: 'green', update: 'blue', delete: 'red' } as const;
const TABLE_LABELS: Record<string, string> = { members: '党员', branches: '支部', studyNotebooks: '学习笔记' };

function ChangeList({ entry, lookup }: { entry: AuditEntry; lookup?: NameLookup }) {
  if (entry.action === 'delete') return <span>删除了该记录</span>;
  const changes = entry.action === 'create' ? entry.changes.filter((change) => change.after !== '' && change.after !== false) : entry.changes;
  return (
    <ul className="plain-list">
      {changes.map((change) => (
        <li key={change.field}>
          <Typography.Text strong>{fieldLabel(change.field)}</Typography.Text>：
          {entry.action === 'update' && <span className="muted">{displayValue(change.field, change.before, lookup)} → </span>}
          {displayValue(change.field, change.after, lookup)}
        </li>
      ))}
    </ul>
  );
}

interface HistoryTableProps {
  entries: AuditEntry[];
  loading: boolean;
  withTable: boolean;
  lookup?: NameLookup;
}

function HistoryTable({ entries, loading, withTable, lookup }: HistoryTableProps) {
  return (
    <Table<AuditEntry>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={entries}
      pagination={false}
      locale={{ emptyText: <Empty description="暂无修改记录" /> }}
      columns={[
        { title: '时间', dataIndex: 'at', width: 150, render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm:ss') },
        { title: '操作人', dataIndex: 'actor', width: 90 },
        {
          title: '操作',
          dataIndex: 'action',
          width: 70,
          render: (action: AuditEntry['action']) => <Tag color={ACTION_COLORS[action]}>{AUDIT_ACTION_LABELS[action]}</Tag>,
        },
        ...(withTable ? [{ title: '对象', dataIndex: 'table', width: 60, render: (table: string) => TABLE_LABELS[table] ?? table }] : []),
        { title: '内容', key: 'changes', render: (_: unknown, entry: AuditEntry) => <ChangeList entry={entry} lookup={lookup} /> },
      ]}
    />
  );
}

function RecordHistory({ recordId, lookup }: { recordId: string; lookup?: NameLookup }) {
  const entries = useRecordHistory(recordId);
  return <HistoryTable entries={entries ?? []} loading={!entries} withTable={false} lookup={lookup} />;
}

function BranchHistory({ branchId, lookup }: { branchId: string; lookup?: NameLookup }) {
  const { entries, hasMore, loading, loadMore } = useBranchHistory(branchId);
  return (
    <>
      <HistoryTable entries={entries} loading={loading && entries.length === 0} withTable lookup={lookup} />
      {hasMore && entries.length > 0 && (
        <Button block style={{ marginTop: 12 }} loading={loading} onClick={() => void loadMore()}>
          加载更早的记录
        </Button>
      )}
    </>
  );
}

interface AuditDrawerProps {
  open: boolean;
  onClose: () => void;
  scope: AuditScope;
  title: string;
  /** Names for ids the history shows (party groups). */
  lookup?: NameLookup;
}

/** 修改记录: who changed what and when, read from the immutable audit log. */
export function AuditDrawer({ open, onClose, scope, title, lookup }: AuditDrawerProps) {
  return (
    <Drawer open={open} onClose={onClose} title={title} width={760} destroyOnHidden>
      {open && (scope.kind === 'record' ? <RecordHistory recordId={scope.recordId} lookup={lookup} /> : <BranchHistory branchId={scope.branchId} lookup={lookup} />)}
    </Drawer>
  );
}
