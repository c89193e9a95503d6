import { Alert, App, Button, Card, Descriptions, Form, Modal, Typography } from 'antd';
import { useState } from 'react';
import { getPlatform } from '../../platform';
import { useInstallationStore } from '../../core/installation/installation-store';
import { ENROLMENT_EXTENSION, type EnrolmentPreview } from './data/enrolment-repository';
import { enrolmentRepository } from './data/sync-repository';
import { describeSyncError } from './data/sync-state';
import { PassphraseFields, type PassphraseValues } from './PassphraseFields';

/**
 * Branch, before enrolment: import the file from the central office, compare its fingerprint,
 * make this PC's keys. With `again`, once enrolled: a new file from an office that lost its
 * key (same branch, new office key), taken after the phone check; keys, data and sequence stay.
 */
export function EnrolmentImportCard({ again = false }: { again?: boolean }) {
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
      const done = await enrolmentRepository.acceptEnrolment(preview.enrolment, values.passphrase ?? '');
      await useInstallationStore.getState().load();
      setPreview(null);
      message.success(preview.reEnrolment ? `重新登记完成：此后的报送包用院党委组织科的新密钥（指纹 ${preview.centralFingerprint}）加密，本机数据和报送序号不变。` : `登记完成。本机密钥指纹：${done.fingerprint}。请保存密钥备份文件。`);
    } catch (error) {
      setFailure(describeSyncError(error));
      setPreview(null);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Card title={again ? '重新登记（院党委组织科的密钥丢失后）' : '登记到院党委组织科'} size={again ? 'small' : 'default'}>
      <Typography.Paragraph>
        {again ? (
          <>院党委组织科的密钥丢失、无法通知新密钥时，会为本支部重新制作登记文件。导入后电话核对新指纹；本机的数据、密钥和报送序号都保持不变。</>
        ) : (
          <>
            向院党委组织科报送数据之前，本机须先导入组织科为本支部制作的<Typography.Text strong>登记文件</Typography.Text>（.{ENROLMENT_EXTENSION}）。导入时会核对文件签名，并为本机生成一对密钥。
          </>
        )}
      </Typography.Paragraph>
      <Button type={again ? 'default' : 'primary'} onClick={() => void pick()}>
        {again ? '导入新的登记文件' : '导入登记文件'}
      </Button>
      {failure && <Alert style={{ marginTop: 12 }} type="error" showIcon message="不能导入登记文件" description={failure} />}
      <Modal
        open={preview !== null}
        title="核对登记文件"
        okText="确认登记"
        cancelText="取消"
        confirmLoading={saving}
        onCancel={() => setPreview(null)}
        onOk={() => void (preview?.reEnrolment ? accept({} as PassphraseValues) : form.validateFields().then(accept))}
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
            {!preview.reEnrolment && (
              <Form form={form} layout="vertical" preserve={false}>
                <PassphraseFields />
              </Form>
            )}
          </>
        )}
      </Modal>
    </Card>
  );
}
