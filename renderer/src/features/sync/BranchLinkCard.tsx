import { Card, Descriptions, Typography } from 'antd';
import { ActiveRuleSetLabel } from '../rules';
import type { BranchSyncStatus } from './data/sync-repository';
import { KeyBackupButton } from './KeyBackupButton';

/** Branch, once enrolled: whom it reports to, and the two fingerprints to compare by phone. */
export function BranchLinkCard({ status, branchName }: { status: BranchSyncStatus; branchName: string }) {
  const { enrolment } = status;
  if (!enrolment) return null;
  return (
    <Card title="登记信息" extra={<KeyBackupButton ownerName={branchName} />}>
      <Descriptions column={2} size="small" bordered>
        <Descriptions.Item label="报送对象">{enrolment.centralName}</Descriptions.Item>
        <Descriptions.Item label="登记时间">{new Date(enrolment.importedAt).toLocaleString('zh-CN')}</Descriptions.Item>
        <Descriptions.Item label="院党委密钥指纹">
          <Typography.Text code>{status.centralFingerprint}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label="本机密钥指纹">
          <Typography.Text code strong data-testid="own-fingerprint">{status.ownFingerprint}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label="适用规则集" span={2}>
          <ActiveRuleSetLabel storedSource="院党委下发，收到于" />
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
