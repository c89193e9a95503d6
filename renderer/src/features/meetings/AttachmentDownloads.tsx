import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { getPlatform } from '../../platform';
import { attachmentRepository } from '../../core/attachments/attachment-repository';
import type { AttachmentSummary } from '../../core/attachments/attachment-repository';
import { attachmentLabel, useAttachmentSummaries } from './use-attachments';

/**
 * The record's attachments, each saved back out as the file it was (to view or print it). Named
 * by kind (签到表：…) unless `label` says otherwise: a document's files have no meeting kind.
 */
export function AttachmentDownloads({ ids, label = attachmentLabel }: { ids: readonly string[]; label?: (item: AttachmentSummary) => string }) {
  const { message } = App.useApp();
  const attachments = useAttachmentSummaries(ids);
  if (!attachments || attachments.length === 0) return null;

  async function save(id: string) {
    try {
      const file = await attachmentRepository.content(id);
      if (!file) throw new Error('附件已被删除。');
      const saved = await getPlatform().saveFile(file.fileName, file.bytes, { title: '保存附件' });
      if (saved) message.success(`已保存到 ${saved.location}`);
    } catch (error) {
      message.error(`未能保存附件：${(error as Error).message}`);
    }
  }

  return (
    <Space wrap className="no-print">
      <span>附件：</span>
      {attachments.map((item) => (
        <Button key={item.id} size="small" icon={<DownloadOutlined />} onClick={() => void save(item.id)}>
          {label(item)}
        </Button>
      ))}
    </Space>
  );
}
