import { Alert, App, Button, Card, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { getPlatform } from '../../platform';
import { enrolmentRepository } from './data/sync-repository';
import { describeSyncError } from './data/sync-state';

/** Central office: one enrolment file per branch, to hand over on a USB stick. */
export function EnrolBranchCard() {
  const { message } = App.useApp();
  const [name, setName] = useState('');
  const [saved, setSaved] = useState<string | null>(null);

  async function enrol() {
    setSaved(null);
    try {
      const file = await enrolmentRepository.enrolBranch(name);
      const result = await getPlatform().saveFile(file.fileName, file.bytes, { title: '选择保存登记文件的文件夹' });
      if (result) {
        setSaved(`已为“${name.trim()}”制作登记文件：${result.location}`);
        setName('');
      }
    } catch (error) {
      message.error(describeSyncError(error));
    }
  }

  return (
    <Card title="登记支部">
      <Typography.Paragraph>为每个支部制作一份登记文件（含支部编号、本单位公钥和现行规则），拷给该支部在“数据交换”中导入。</Typography.Paragraph>
      <Space.Compact style={{ maxWidth: 480, width: '100%' }}>
        <Input placeholder="支部名称，如：内科第一党支部" value={name} onChange={(event) => setName(event.target.value)} aria-label="登记的支部名称" />
        <Button type="primary" onClick={() => void enrol()}>
          制作登记文件
        </Button>
      </Space.Compact>
      {saved && <Alert style={{ marginTop: 12 }} type="success" showIcon message={saved} />}
    </Card>
  );
}

/** Central office whose old key is lost: the branch's enrolment file again, same branch, the key in use now. */
export function ReEnrolButton({ branchId, branchName }: { branchId: string; branchName: string }) {
  const { message } = App.useApp();
  async function reEnrol() {
    const file = await enrolmentRepository.reEnrolBranch(branchId);
    const result = await getPlatform().saveFile(file.fileName, file.bytes, { title: '选择保存登记文件的文件夹' });
    if (result) message.success(`已为“${branchName}”重新制作登记文件：${result.location}。请支部导入后电话核对本单位密钥指纹。`);
  }
  return (
    <Button size="small" onClick={() => void reEnrol().catch((error: unknown) => message.error(describeSyncError(error)))}>
      重新制作登记文件
    </Button>
  );
}
