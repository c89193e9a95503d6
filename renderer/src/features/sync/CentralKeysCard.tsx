import { App, Button, Card, Collapse, Descriptions, Form, Typography } from 'antd';
import { fingerprint as fingerprintOf } from '../../../../shared/sync/keys';
import { useState } from 'react';
import { keysRepository } from './data/sync-repository';
import { describeSyncError } from './data/sync-state';
import { KeyBackupButton } from './KeyBackupButton';
import { PassphraseFields, type PassphraseValues } from './PassphraseFields';

/** Central office: the organisation's key pair, made once on this PC, with its fingerprint and backup. */
export function CentralKeysCard({ ownerId, ownerName, fingerprint }: { ownerId: string; ownerName: string; fingerprint?: string }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<PassphraseValues>();
  const [rotateForm] = Form.useForm<PassphraseValues>();
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

  async function rotate(values: PassphraseValues) {
    setBusy(true);
    try {
      const { publicKeys } = await keysRepository.rotate(ownerId, values.passphrase, new Date().toISOString());
      rotateForm.resetFields();
      message.success(`已生成新密钥（指纹 ${fingerprintOf(publicKeys)}）。请立即保存新的密钥备份文件；此后的回执会把新指纹带给各支部。`);
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
        <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
          支部导入登记文件时会显示这个指纹，请支部打电话核对。私钥只保存在本机，不能被读出；换电脑时用密钥备份文件和备份口令恢复。
        </Typography.Paragraph>
        <Collapse
          size="small"
          items={[
            {
              key: 'rotate',
              label: '更换本单位密钥（密钥泄露或到期时）',
              children: (
                <>
                  <Typography.Paragraph>
                    生成新密钥后，发给各支部的回执会附上用旧密钥签名的换密钥声明；支部导入回执后，电话核对新指纹，再改用新密钥。旧密钥仍保留在本机，用来读取支部改用新密钥之前的报送包。
                    如果旧密钥已经丢失（没有密钥备份文件），无法签名换密钥声明：请在本机重新创建密钥，再为每个支部重新制作登记文件，支部导入并电话核对后，数据和报送序号保持不变。
                  </Typography.Paragraph>
                  <Form form={rotateForm} layout="vertical" style={{ maxWidth: 420 }} onFinish={(values) => void rotate(values)}>
                    <PassphraseFields />
                    <Button danger htmlType="submit" loading={busy}>
                      生成新密钥
                    </Button>
                  </Form>
                </>
              ),
            },
          ]}
        />
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
