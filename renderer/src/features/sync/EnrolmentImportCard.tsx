import { Alert, App, Button, Card, Descriptions, Form, Modal, Typography } from 'antd';
import { useState } from 'react';
import { getPlatform } from '../../platform';
import { useInstallationStore } from '../../core/installation/installation-store';
import { ENROLMENT_EXTENSION, type EnrolmentPreview } from './data/enrolment-repository';
import { enrolmentRepository } from './data/sync-repository';
import { describeSyncError } from './data/sync-state';
import { PassphraseFields, type PassphraseValues } from './PassphraseFields';

/** Branch, before enrolment: import the file from the central office, compare its fingerprint, make this PC's keys. */
export function EnrolmentImportCard() {
  const { message } = App.useApp();
  const [preview, setPreview] = useState<EnrolmentPreview | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<PassphraseValues>();

  async function pick() {
    setFailure(null);
    const file = await getPlatform().openFile({ title: '选择登记文件', filters: [{ name: '登记文件', extensions: [ENROLMENT_EXTENSION] }] });
    if (!file) return;
    try {
      setPreview(await enrolmentRepository.readEnrolment(file.bytes));
    } catch (error) {
      setFailure(describeSyncError(error));
    }
  }

  async function accept(values: PassphraseValues) {
    if (!preview) return;
    setSaving(true);
    try {
      const done = await enrolmentRepository.acceptEnrolment(preview.enrolment, values.passphrase);
      await useInstallationStore.getState().load();
      setPreview(null);
      message.success(`登记完成。本机密钥指纹：${done.fingerprint}。请保存密钥备份文件。`);
    } catch (error) {
      setFailure(describeSyncError(error));
      setPreview(null);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Card title="登记到院党委组织科">
      <Typography.Paragraph>
        向院党委组织科报送数据之前，本机须先导入组织科为本支部制作的<Typography.Text strong>登记文件</Typography.Text>（.{ENROLMENT_EXTENSION}）。导入时会核对文件签名，并为本机生成一对密钥。
      </Typography.Paragraph>
      <Button type="primary" onClick={() => void pick()}>
        导入登记文件
      </Button>
      {failure && <Alert style={{ marginTop: 12 }} type="error" showIcon message="不能导入登记文件" description={failure} />}
      <Modal
        open={preview !== null}
        title="核对登记文件"
        okText="确认登记"
        cancelText="取消"
        confirmLoading={saving}
        onCancel={() => setPreview(null)}
        onOk={() => void form.validateFields().then(accept)}
        destroyOnHidden
      >
        {preview && (
          <>
            <Descriptions column={1} size="small" bordered>
              <Descriptions.Item label="登记的支部">{preview.enrolment.branchName}</Descriptions.Item>
              <Descriptions.Item label="院党委">{preview.enrolment.centralName}</Descriptions.Item>
              <Descriptions.Item label="院党委密钥指纹">
                <Typography.Text code strong data-testid="central-fingerprint">{preview.centralFingerprint}</Typography.Text>
              </Descriptions.Item>
            </Descriptions>
            <Alert
              style={{ margin: '12px 0' }}
              type="warning"
              showIcon
              message="请打电话与组织科核对上面的指纹，一致后再确认登记。"
              description={preview.enrolment.branchName !== preview.localName ? `本机设置的支部名称是“${preview.localName}”，与登记文件不同；登记后本机的数据将以组织科登记的支部报送。` : undefined}
            />
            <Form form={form} layout="vertical" preserve={false}>
              <PassphraseFields />
            </Form>
          </>
        )}
      </Modal>
    </Card>
  );
}
