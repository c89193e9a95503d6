import { Alert, Button, Descriptions, Typography } from 'antd';
import { fingerprint } from '../../../../shared/sync/keys';
import { useBusyAction } from '../../shell/use-busy-action';
import type { BranchSyncStatus } from './data/sync-repository';
import { enrolmentRepository } from './data/sync-repository';

/**
 * Branch: the central office announced a new key in a return (signed with the key trusted
 * now). It is used only after a person compared its fingerprint with the office by phone.
 */
export function CentralKeySwitchCard({ status }: { status: BranchSyncStatus }) {
  const { busy, run } = useBusyAction();
  const pending = status.central?.pendingCentralKey;
  if (!pending) return null;
  return (
    <Alert
      type="warning"
      showIcon
      role="region"
      aria-label="院党委组织科更换了密钥"
      message="院党委组织科更换了密钥"
      description={
        <>
          <Typography.Paragraph>
            {new Date(pending.issuedAt).toLocaleString('zh-CN', { hour12: false })} 院党委组织科生成了新密钥，并用原密钥签名通知本机。请打电话给院党委组织科，核对下面的新指纹与对方“数据交换”页面上显示的一致，再点“已核对，改用新密钥”。在此之前，报送包仍用原密钥加密。
          </Typography.Paragraph>
          <Descriptions size="small" bordered column={1} style={{ marginBottom: 12 }}>
            <Descriptions.Item label="原密钥指纹">
              <Typography.Text code>{status.centralFingerprint}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label="新密钥指纹">
              <Typography.Text code strong data-testid="new-central-fingerprint">{fingerprint(pending.publicKeys)}</Typography.Text>
            </Descriptions.Item>
          </Descriptions>
          <Button type="primary" loading={busy} onClick={() => void run(() => enrolmentRepository.switchCentralKey())}>
            已核对，改用新密钥
          </Button>
        </>
      }
    />
  );
}
