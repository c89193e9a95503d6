import { App, Button, Card, Descriptions, Form, Typography } from 'antd';
import { useState } from 'react';
import { keysRepository } from './data/sync-repository';
import { describeSyncError } from './data/sync-state';
import { KeyBackupButton } from './KeyBackupButton';
import { PassphraseFields, type PassphraseValues } from './PassphraseFields';

/** Central office: the organisation's key pair, made once on this PC, with its fingerprint and backup. */
export function CentralKeysCard({ ownerId, ownerName, fingerprint }: { ownerId: string; ownerName: string; fingerprint?: string }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<PassphraseValues>();
  const [busy, setBusy] = useState(false);

  async function create(values: PassphraseValues) {
    setBusy(true);
    try {
      await keysRepository.create(ownerId, values.passphrase);
      message.success('已创建本单位密钥。请立即保存密钥备份文件。');
    } catch (error) {
      message.error(describeSyncError(error));
    } finally {
      setBusy(false);
    }
  }

  if (fingerprint) {
    return (
      <Card title="本单位密钥" extra={<KeyBackupButton ownerName={ownerName} />}>
        <Descriptions size="small" bordered column={1}>
          <Descriptions.Item label="密钥指纹">
            <Typography.Text code strong data-testid="own-fingerprint">{fingerprint}</Typography.Text>
          </Descriptions.Item>
        </Descriptions>
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          支部导入登记文件时会显示这个指纹，请支部打电话核对。私钥只保存在本机，不能被读出；换电脑时用密钥备份文件和备份口令恢复。
        </Typography.Paragraph>
      </Card>
    );
  }
  return (
    <Card title="创建本单位密钥">
      <Typography.Paragraph>各支部的报送包用本单位的公钥加密，院党委的回执用本单位的私钥签名。请先创建密钥，并设置备份口令。</Typography.Paragraph>
      <Form form={form} layout="vertical" style={{ maxWidth: 420 }} onFinish={(values) => void create(values)}>
        <PassphraseFields />
        <Button type="primary" htmlType="submit" loading={busy}>
          创建本单位密钥
        </Button>
      </Form>
    </Card>
  );
}
