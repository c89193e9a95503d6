import { Descriptions, Drawer, Typography } from 'antd';
import { DOCUMENT_KIND_LABELS, type DocumentContent } from '../../../../shared/documents/document';
import { formatBytes } from '../../../../shared/storage/storage-space';
import { AttachmentDownloads } from '../meetings';

/** A document as read: its particulars, body and files to open (saved where the user chooses). */
export function DocumentView({ document, issuedBy, onClose }: { document: DocumentContent; issuedBy?: string; onClose: () => void }) {
  return (
    <Drawer open onClose={onClose} width={720} title={document.title} destroyOnHidden>
      <Descriptions size="small" column={2} bordered style={{ marginBottom: 16 }}>
        <Descriptions.Item label="文号">{document.number || '—'}</Descriptions.Item>
        <Descriptions.Item label="类别">{DOCUMENT_KIND_LABELS[document.kind]}</Descriptions.Item>
        <Descriptions.Item label="成文日期">{document.date}</Descriptions.Item>
        <Descriptions.Item label="发文单位">{issuedBy ?? '本支部'}</Descriptions.Item>
      </Descriptions>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="document-body">
        {document.body || '（正文见附件）'}
      </Typography.Paragraph>
      {/* A document's files are named by file name and size (stored with the meeting kind 'other', which means nothing here). */}
      <AttachmentDownloads ids={document.attachmentIds} label={(file) => `${file.fileName}（${formatBytes(file.size)}）`} />
    </Drawer>
  );
}
