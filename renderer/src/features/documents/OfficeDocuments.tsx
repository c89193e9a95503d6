import { Button, Card, Skeleton, Table, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { OFFICE_DOCUMENT_KINDS, publicationsOf, type OfficeDocumentRecord, type Publication } from '../../../../shared/documents/document';
import { newId } from '../../../../shared/records/base-record';
import { useInstallation } from '../../core/installation/use-installation';
import { useToday } from '../../core/today';
import { documentRepository } from './data/document-repository';
import { documentColumns } from './document-columns';
import { DocumentEditor } from './DocumentEditor';
import { DocumentView } from './DocumentView';

/** 文件 at the central office: 发布文件 to all or some branches, and per document which branch has read it (阅读回执). */
export function OfficeDocuments() {
  const installation = useInstallation();
  const today = useToday();
  const data = useLiveQuery(async () => {
    const [peers, documents, receipts] = await Promise.all([documentRepository.peers(), documentRepository.published(), documentRepository.receipts()]);
    return { peers, publications: publicationsOf(documents, receipts) };
  }, []);
  const [publishing, setPublishing] = useState<string | null>(null);
  const [reading, setReading] = useState<OfficeDocumentRecord | null>(null);
  const names = useMemo(() => new Map((data?.peers ?? []).map((peer) => [peer.peerId, peer.name])), [data]);

  if (!data) return <Skeleton active />;
  const branchOptions = data.peers.map((peer) => ({ value: peer.peerId, label: peer.name }));

  return (
    <Card
      title="院党委文件"
      extra={
        <Button type="primary" disabled={data.peers.length === 0} onClick={() => setPublishing(newId())}>
          发布文件
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">
        制度、上级文件、组织生活指南和通知，可附 PDF、Word、Excel 和图片；随各支部下一次回执送达，支部打开后的阅读回执随其下一次报送包报回。
        {data.peers.length === 0 && '尚无已登记的支部：请先在“数据交换”中制作登记文件。'}
      </Typography.Paragraph>
      <Table
        size="small"
        rowKey="publicationId"
        aria-label="已发布的文件"
        dataSource={data.publications}
        pagination={{ pageSize: 20 }}
        locale={{ emptyText: '还没有发布文件。' }}
        expandable={{ expandedRowRender: (publication) => <Receipts publication={publication} names={names} /> }}
        columns={[
          ...documentColumns<Publication>((publication) => publication.document),
          { title: '阅读回执', render: (_, publication) => `已读 ${publication.readCount} / ${publication.recipients.length} 个支部` },
          { title: '操作', render: (_, publication) => <Typography.Link onClick={() => setReading(publication.document)}>查看</Typography.Link> },
        ]}
      />
      {publishing && (
        <DocumentEditor
          title="发布文件"
          saveLabel="发布"
          kinds={OFFICE_DOCUMENT_KINDS}
          fileOwnerId={installation.ownerId}
          recordId={publishing}
          initial={{ kind: 'notice', title: '', number: '', date: '', body: '', attachmentIds: [], branchIds: branchOptions.map((option) => option.value) }}
          branchOptions={branchOptions}
          save={async (values) => {
            const sent = await documentRepository.publish(publishing, values.branchIds ?? [], { ...values, kind: values.kind as (typeof OFFICE_DOCUMENT_KINDS)[number] }, installation.name, today);
            return `已发布“${sent[0]!.title}”到 ${sent.length} 个支部，将随各支部下一次回执送达。`;
          }}
          onClose={() => setPublishing(null)}
        />
      )}
      {reading && <DocumentView document={reading} issuedBy={reading.issuedBy} onClose={() => setReading(null)} />}
    </Card>
  );
}

function Receipts({ publication, names }: { publication: Publication; names: ReadonlyMap<string, string> }) {
  return (
    <Table
      size="small"
      rowKey="documentId"
      pagination={false}
      aria-label={`${publication.document.title}的阅读回执`}
      dataSource={publication.recipients}
      columns={[
        { title: '支部', render: (_, row) => names.get(row.branchId) ?? row.branchId },
        {
          title: '阅读回执',
          render: (_, row) =>
            row.readAt ? <Tag color="green">{`已读 ${new Date(row.readAt).toLocaleString('zh-CN', { hour12: false })}（${row.reader}）`}</Tag> : <Tag>未读</Tag>,
        },
      ]}
    />
  );
}
