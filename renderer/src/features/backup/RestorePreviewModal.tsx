import { Alert, Descriptions, Modal, Space, Table, Typography } from 'antd';
import { ROLE_LABELS, type InstallationRole } from '../../../../shared/setup/installation';
import type { BackupPreview } from './data/backup-repository';
import { previewRows } from './table-labels';

type ReadyPreview = Extract<BackupPreview, { status: 'ready' }>;

export function formatInstant(iso: string): string {
  return new Date(iso).toLocaleString('zh-CN', { hour12: false });
}

/** What the backup holds (whose, when, how many records of each kind), and the one button that restores it. */
export function RestorePreviewModal({ preview, busy, onConfirm, onCancel }: { preview: ReadyPreview; busy: boolean; onConfirm(): void; onCancel(): void }) {
  const { summary } = preview;
  const origin = summary.origin;
  return (
    <Modal
      open
      title="恢复备份：请核对备份内容"
      okText="确认恢复"
      okButtonProps={{ danger: true, loading: busy }}
      cancelText="取消"
      cancelButtonProps={{ disabled: busy }}
      onOk={onConfirm}
      onCancel={busy ? undefined : onCancel}
      closable={!busy}
      maskClosable={false}
      width={640}
    >
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Descriptions column={1} size="small" bordered>
          <Descriptions.Item label="文件">{preview.fileName}</Descriptions.Item>
          <Descriptions.Item label="单位">{origin ? `${origin.name}（${ROLE_LABELS[origin.role as InstallationRole] ?? origin.role}）` : '尚未完成初始设置'}</Descriptions.Item>
          <Descriptions.Item label="备份时间">{formatInstant(summary.createdAt)}</Descriptions.Item>
          <Descriptions.Item label="加密">{summary.encrypted ? '已加密（本机密钥），已验证完整无损' : '未加密，已核对完整无损'}</Descriptions.Item>
        </Descriptions>
        {preview.warnings.map((warning) => (
          <Alert key={warning} type="warning" showIcon message={warning} />
        ))}
        <Table
          size="small"
          pagination={false}
          rowKey="table"
          aria-label="备份中的记录数"
          dataSource={previewRows(summary.counts, preview.currentCounts)}
          scroll={{ y: 260 }}
          columns={[
            { title: '内容', dataIndex: 'label', render: (label: string, row) => (row.bookkeeping ? <Typography.Text type="secondary">{label}</Typography.Text> : label) },
            { title: '备份中', dataIndex: 'count', align: 'right', width: 100 },
            {
              title: '本机现有',
              dataIndex: 'current',
              align: 'right',
              width: 100,
              // What the restore would take away is what a person must look at twice.
              render: (current: number, row) => (!row.bookkeeping && current > row.count ? <Typography.Text type="danger" strong>{current}</Typography.Text> : current),
            },
          ]}
        />
        <Alert
          type="error"
          showIcon
          message="恢复会用备份中的数据替换本机现有的全部数据"
          description="本机的密钥不受影响。恢复前会先把当前数据自动备份一份（列在“自动备份”中），如恢复错了可以用它撤销。"
        />
      </Space>
    </Modal>
  );
}
