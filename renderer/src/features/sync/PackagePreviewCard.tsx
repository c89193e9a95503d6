import { fingerprint } from '../../../../shared/sync/keys';
import { Alert, Card, Checkbox, Descriptions, Space, Tag, Typography } from 'antd';
import type { ImportPreview } from './data/import-package';
import { describeCounts } from './data/package-files';
import { ConflictList } from './ConflictList';

function range(seqFrom: number, seqTo: number): string {
  return seqTo >= seqFrom ? `第 ${seqFrom}–${seqTo} 号变更` : '没有新的变更';
}

interface PackagePreviewCardProps {
  preview: ImportPreview;
  /** Set for a package deleting many records: whether the person ticked the confirmation. */
  massDeleteConfirmed?: boolean;
  onConfirmMassDelete?: (confirmed: boolean) => void;
  /** What happened once it was imported (or why not). */
  outcome?: { type: 'success' | 'info' | 'error'; message: string };
}

/** One package before it is imported: who sent it, what it covers, what it would change. */
export function PackagePreviewCard({ preview, massDeleteConfirmed, onConfirmMassDelete, outcome }: PackagePreviewCardProps) {
  const title = <Typography.Text strong>{preview.fileName}</Typography.Text>;
  if (preview.status !== 'ready') {
    const type = preview.status === 'replay' ? 'info' : preview.status === 'refused' ? 'error' : 'warning';
    const heading = { replay: '已导入过', stale: '较早的数据包，未导入', gap: '序号不连续，已暂存隔离', refused: '不能导入' }[preview.status];
    return (
      <Card size="small" title={title} data-testid="package-preview">
        {'manifest' in preview && (
          <Typography.Paragraph type="secondary">
            {preview.manifest.senderName} · {range(preview.manifest.seqFrom, preview.manifest.seqTo)}
          </Typography.Paragraph>
        )}
        <Alert type={type} showIcon message={heading} description={preview.message} />
      </Card>
    );
  }
  const { manifest, plan } = preview;
  return (
    <Card size="small" title={title} data-testid="package-preview">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Descriptions size="small" column={2} bordered>
          <Descriptions.Item label="发送方">{preview.peerName}</Descriptions.Item>
          <Descriptions.Item label="序号范围">{range(manifest.seqFrom, manifest.seqTo)}</Descriptions.Item>
          <Descriptions.Item label="导出时间">{new Date(manifest.createdAt).toLocaleString('zh-CN')}</Descriptions.Item>
          <Descriptions.Item label="包内记录">{describeCounts(manifest.counts)}</Descriptions.Item>
        </Descriptions>
        <Space wrap>
          <Tag color="green">新增 {plan.added.length}</Tag>
          <Tag color="blue">修改 {plan.changed.length}</Tag>
          <Tag color={plan.deleted.length > 0 ? 'red' : 'default'}>删除 {plan.deleted.length}</Tag>
          <Tag>无变化 {plan.unchanged.length}</Tag>
          <Tag color={plan.conflicts.length > 0 ? 'orange' : 'default'}>冲突 {plan.conflicts.length}</Tag>
        </Space>
        {preview.newSenderFingerprint && (
          <Alert
            type="warning"
            showIcon
            message={`这是“${preview.peerName}”的第一个报送包`}
            description={
              <>
                支部密钥指纹：<Typography.Text code strong data-testid="new-sender-fingerprint">{preview.newSenderFingerprint}</Typography.Text>
                。请打电话与该支部核对其“数据交换”页面显示的本机密钥指纹，一致后再导入；导入后本机只接受这把密钥签名的数据包。
              </>
            }
          />
        )}
        {preview.centralKeyRotation && (
          <Alert
            type="info"
            showIcon
            message="此回执附有院党委组织科的换密钥声明"
            description={`新密钥指纹 ${fingerprint(preview.centralKeyRotation.newPublicKeys)}（已用原密钥验证签名）。导入后请在“数据交换”页面电话核对新指纹，再改用新密钥。`}
          />
        )}
        {plan.conflicts.length > 0 && <ConflictList conflicts={plan.conflicts} title="导入后将列出以下冲突，由人工决定" />}
        {preview.massDelete && (
          <Alert
            type="error"
            showIcon
            message={`此数据包将删除该支部 ${preview.massDelete.deleted} 条记录（现有 ${preview.massDelete.live} 条）`}
            description={
              <Checkbox checked={massDeleteConfirmed} onChange={(event) => onConfirmMassDelete?.(event.target.checked)}>
                我已与支部核实，确认删除这些记录
              </Checkbox>
            }
          />
        )}
        {outcome && <Alert type={outcome.type} showIcon message={outcome.message} />}
      </Space>
    </Card>
  );
}
