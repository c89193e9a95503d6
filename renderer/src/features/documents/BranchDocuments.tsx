import { App, Button, Card, Popconfirm, Skeleton, Table, Tabs, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { BRANCH_DOCUMENT_KINDS, receiptIdOf, type BranchDocumentRecord, type DocumentContent, type OfficeDocumentRecord } from '../../../../shared/documents/document';
import { newId } from '../../../../shared/records/base-record';
import { useToday } from '../../core/today';
import { documentRepository } from './data/document-repository';
import { documentColumns } from './document-columns';
import { DocumentEditor } from './DocumentEditor';
import { DocumentView } from './DocumentView';

/** A line of the 院党委文件 list: a document, or a notice from before notices became documents. */
interface ReceivedRow {
  id: string;
  content: DocumentContent;
  issuedBy: string;
  document?: OfficeDocumentRecord;
  readAt?: string;
}

/** 文件 on a branch PC: what the office sent (opening one records its 阅读回执) and the branch's own documents. */
export function BranchDocuments({ branchId }: { branchId: string }) {
  const today = useToday();
  const { message } = App.useApp();
  const data = useLiveQuery(async () => {
    const [received, receipts, notices, own] = await Promise.all([
      documentRepository.received(branchId),
      documentRepository.receiptsOf(branchId),
      documentRepository.notices(branchId),
      documentRepository.own(branchId),
    ]);
    const readAt = new Map(receipts.map((receipt) => [receipt.id, receipt.readAt]));
    const rows: ReceivedRow[] = [
      ...received.map((document) => ({ id: document.id, content: document, issuedBy: document.issuedBy, document, readAt: readAt.get(receiptIdOf(document.id)) })),
      ...notices.map((notice) => ({
        id: notice.id,
        content: { kind: 'notice' as const, title: notice.title, number: '', date: notice.createdAt.slice(0, 10), body: notice.body, attachmentIds: [] },
        issuedBy: notice.issuedBy,
      })),
    ].sort((a, b) => b.content.date.localeCompare(a.content.date));
    return { rows, own: own.sort((a, b) => b.date.localeCompare(a.date)) };
  }, [branchId]);
  const [reading, setReading] = useState<{ content: DocumentContent; issuedBy?: string } | null>(null);
  const [editing, setEditing] = useState<BranchDocumentRecord | 'new' | null>(null);
  const [newDocumentId, setNewDocumentId] = useState(newId);

  if (!data) return <Skeleton active />;

  function open(row: ReceivedRow) {
    setReading({ content: row.content, issuedBy: row.issuedBy });
    if (row.document) void documentRepository.markRead(row.document);
  }

  async function remove(document: BranchDocumentRecord) {
    try {
      await documentRepository.removeOwn(document.id);
      message.success(`已删除文件“${document.title}”，删除将随下一次报送包报院党委组织科。`);
    } catch (error) {
      message.error(`文件没有删除：${(error as Error).message}`);
    }
  }

  const editingId = editing === 'new' ? newDocumentId : editing?.id;
  return (
    <Card>
      <Tabs
        items={[
          {
            key: 'received',
            label: `院党委文件（${data.rows.length}）`,
            children: (
              <Table
                size="small"
                rowKey="id"
                aria-label="院党委文件"
                dataSource={data.rows}
                pagination={{ pageSize: 20 }}
                locale={{ emptyText: '尚未收到院党委的文件：文件随回执送达。' }}
                columns={[
                  ...documentColumns<ReceivedRow>((row) => row.content),
                  { title: '附件', render: (_, row) => `${row.content.attachmentIds.length} 个` },
                  {
                    title: '阅读',
                    render: (_, row) =>
                      !row.document ? <Tag>旧版通知</Tag> : row.readAt ? <Tag color="green">已读</Tag> : <Tag color="orange">未读</Tag>,
                  },
                  { title: '操作', render: (_, row) => <Typography.Link onClick={() => open(row)}>打开</Typography.Link> },
                ]}
              />
            ),
          },
          {
            key: 'own',
            label: `本支部文件（${data.own.length}）`,
            children: (
              <>
                <Typography.Paragraph type="secondary">
                  本支部制度、纸质收到后扫描的上级来文等，登记后随报送包报院党委组织科。{' '}
                  <Button
                    type="primary"
                    onClick={() => {
                      setNewDocumentId(newId());
                      setEditing('new');
                    }}
                  >
                    登记文件
                  </Button>
                </Typography.Paragraph>
                <Table
                  size="small"
                  rowKey="id"
                  aria-label="本支部文件"
                  dataSource={data.own}
                  pagination={{ pageSize: 20 }}
                  locale={{ emptyText: '还没有登记本支部的文件。' }}
                  columns={[
                    ...documentColumns<BranchDocumentRecord>((document) => document),
                    { title: '附件', render: (_, document) => `${document.attachmentIds.length} 个` },
                    {
                      title: '操作',
                      render: (_, document) => (
                        <>
                          <Typography.Link onClick={() => setReading({ content: document })}>打开</Typography.Link>{' '}
                          <Typography.Link onClick={() => setEditing(document)}>修改</Typography.Link>{' '}
                          {/* Only the branch's own documents: what the office published is not the branch's to delete. */}
                          <Popconfirm
                            title={`删除文件“${document.title}”？`}
                            description="文件和附件一并删除，删除随下一次报送包报院党委组织科，不能恢复。"
                            okText="删除"
                            okButtonProps={{ danger: true }}
                            cancelText="取消"
                            onConfirm={() => remove(document)}
                          >
                            <Typography.Link type="danger">删除</Typography.Link>
                          </Popconfirm>
                        </>
                      ),
                    },
                  ]}
                />
              </>
            ),
          },
        ]}
      />
      {reading && <DocumentView document={reading.content} issuedBy={reading.issuedBy} onClose={() => setReading(null)} />}
      {editing && editingId && (
        <DocumentEditor
          title={editing === 'new' ? '登记本支部文件' : `修改文件：${editing.title}`}
          saveLabel="保存文件"
          kinds={BRANCH_DOCUMENT_KINDS}
          fileOwnerId={branchId}
          recordId={editingId}
          initial={editing === 'new' ? { kind: 'branchRegulation', title: '', number: '', date: '', body: '', attachmentIds: [] } : editing}
          save={async (values) => {
            const saved = await documentRepository.saveOwn(branchId, editingId, { ...values, kind: values.kind as (typeof BRANCH_DOCUMENT_KINDS)[number] }, today);
            return `已保存文件“${saved.title}”。`;
          }}
          onClose={() => setEditing(null)}
        />
      )}
    </Card>
  );
}
