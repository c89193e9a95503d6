import { DeleteOutlined, PaperClipOutlined } from '@ant-design/icons';
import { App, Button, List, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { DOCUMENT_FILE_EXTENSIONS, MEETING_FILE_EXTENSIONS, MEETING_FILES, type AttachmentAccept } from '../../../../shared/meetings/attachment-check';
import { ATTACHMENT_KIND_LABELS, ATTACHMENT_KINDS, type AttachmentKind } from '../../../../shared/meetings/meeting-types';
import { getPlatform } from '../../platform';
import { attachmentRepository, type AttachmentSummary } from '../../core/attachments/attachment-repository';

const KIND_OPTIONS = ATTACHMENT_KINDS.map((kind) => ({ value: kind, label: ATTACHMENT_KIND_LABELS[kind] }));

interface AttachmentsEditorProps {
  branchId: string;
  meetingId: string;
  value?: string[];
  onChange?: (ids: string[]) => void;
  /** The kind chosen at first: a meeting's files are mostly sign-in sheets, an activity's photos. */
  defaultKind?: AttachmentKind;
  /**
   * One document of a checklist (a development dossier's 入党申请书): no kind to choose, the
   * button named after the document, the file list without the kind, no size hint.
   */
  document?: string;
  /** What may be attached: a meeting's images and PDFs (the default), or a document's files with Word and Excel. */
  accept?: AttachmentAccept;
}

function sizeText(size: number): string {
  return size >= 1024 * 1024 ? `${(size / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(size / 1024))} KB`;
}

/** 附件 (通知、签到表、照片): a form control whose value is the meeting's attachment ids. */
export function AttachmentsEditor({ branchId, meetingId, value = [], onChange, defaultKind = 'signInSheet', document, accept = MEETING_FILES }: AttachmentsEditorProps) {
  const types = accept.officeFiles ? '图片（JPG、PNG、WEBP）、PDF、Word 或 Excel' : '图片（JPG、PNG、WEBP）或 PDF';
  const filters = [{ name: accept.officeFiles ? '图片、PDF、Word 或 Excel' : '图片或 PDF', extensions: [...(accept.officeFiles ? DOCUMENT_FILE_EXTENSIONS : MEETING_FILE_EXTENSIONS)] }];
  // A document's files have no kind to choose: they are the document.
  const chooseKind = !document && !accept.officeFiles;
  const { message } = App.useApp();
  const [kind, setKind] = useState<AttachmentKind>(defaultKind);
  const [items, setItems] = useState<AttachmentSummary[]>([]);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void attachmentRepository.summaries(value).then(setItems);
  }, [value]);

  async function add() {
    setBusy(true);
    try {
      const file = await getPlatform().openFile({ title: `选择附件（${filters[0]!.name}）`, filters });
      if (!file) return;
      const added = await attachmentRepository.add(branchId, meetingId, chooseKind ? kind : 'other', file.name, file.bytes, accept);
      onChange?.([...value, added.id]);
      message.success(`已添加附件“${added.fileName}”。`);
    } catch (error) {
      message.error((error as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space>
        {chooseKind && <Select aria-label="附件类别" value={kind} onChange={setKind} options={KIND_OPTIONS} style={{ width: 120 }} />}
        <Button icon={<PaperClipOutlined />} size={document ? 'small' : undefined} aria-label={document ? `上传${document}` : undefined} loading={busy} onClick={() => void add()}>
          {document ? '上传' : '添加附件'}
        </Button>
        {!document && (
          <Typography.Text type="secondary">
            {types}，单个不超过 {accept.maxBytes / 1024 / 1024} MB
          </Typography.Text>
        )}
      </Space>
      {items.length > 0 && (
        <List
          size="small"
          bordered
          dataSource={items}
          renderItem={(item) => (
            <List.Item
              actions={[
                <Button
                  key="remove"
                  type="text"
                  aria-label={`移除附件${item.fileName}`}
                  icon={<DeleteOutlined />}
                  onClick={() => onChange?.(value.filter((id) => id !== item.id))}
                />,
              ]}
            >
              {document ? '' : `${ATTACHMENT_KIND_LABELS[item.kind]}：`}
              {item.fileName}（{sizeText(item.size)}）
            </List.Item>
          )}
        />
      )}
    </Space>
  );
}
