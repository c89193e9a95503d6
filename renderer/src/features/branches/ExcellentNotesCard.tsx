import { Button, Card, Form, Input, InputNumber, Modal, Space, Table, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { CONFIRMATION_OPINION_MAX } from '../../../../shared/study/note-confirmation';
import { formatHours } from '../../../../shared/study/study-ledger';
import { STUDY_FORM_LABELS, STUDY_KIND_LABELS } from '../../../../shared/study/study-types';
import { useToday } from '../../core/today';
import { useInstallation } from '../../core/installation/use-installation';
import { useBusyAction } from '../../shell/use-busy-action';
import { branchesRepository, type ExcellentNoteRow } from './data/branches-repository';
import { noteConfirmationRepository } from './data/note-confirmation-repository';
import { officeSigner } from './office-signer';

/** 确认 of one excellent note, with an optional opinion; sent to the branch with its next return package. */
function ConfirmDialog({ row, onClose }: { row: ExcellentNoteRow; onClose: () => void }) {
  const installation = useInstallation();
  const action = useBusyAction();
  const [opinion, setOpinion] = useState(row.confirmation?.opinion ?? '');
  const confirm = () =>
    action.run(async () => {
      await noteConfirmationRepository.confirm(row.notebookId, row.note.id, opinion, await officeSigner(installation.name));
      return `已确认${row.memberName}的优秀学习笔记，将随下一次回执发给${row.branchName}。`;
    }, onClose);

  return (
    <Modal open title={`确认优秀学习笔记：${row.memberName}`} okText="确认" cancelText="取消" confirmLoading={action.busy} onOk={() => void confirm()} onCancel={onClose} destroyOnHidden>
      <Typography.Paragraph>
        {row.branchName}　{row.note.date}　{row.note.materialTitle}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">支部评语：{row.note.excellent.comment}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label="确认意见（可不填）">
          <Input.TextArea aria-label="确认意见（可不填）" rows={3} maxLength={CONFIRMATION_OPINION_MAX} showCount value={opinion} onChange={(event) => setOpinion(event.target.value)} placeholder="如：推荐参加全院优秀学习笔记展评。" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Every branch's 优秀学习笔记 of a year, those waiting for the office's 确认 first. */
export function ExcellentNotesCard() {
  const today = useToday();
  const [year, setYear] = useState(Number(today.slice(0, 4)));
  const rows = useLiveQuery(() => branchesRepository.excellentNotes(year), [year]);
  const [confirming, setConfirming] = useState<ExcellentNoteRow>();
  const waiting = rows?.filter((row) => !row.confirmation).length ?? 0;

  return (
    <Card
      title={`各支部优秀学习笔记${rows ? `（待确认 ${waiting} 篇）` : ''}`}
      extra={
        <Space>
          <span>年度</span>
          <InputNumber aria-label="优秀学习笔记年度" min={2000} max={2100} value={year} onChange={(value) => value && setYear(value)} />
        </Space>
      }
    >
      <Table
        size="small"
        aria-label="各支部优秀学习笔记"
        loading={!rows}
        rowKey={(row) => row.note.id}
        dataSource={rows ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: `${year} 年尚无支部评出的优秀学习笔记` }}
        columns={[
          { title: '支部', dataIndex: 'branchName', onCell: () => ({ style: { whiteSpace: 'nowrap' } }) },
          { title: '党员', dataIndex: 'memberName', onCell: () => ({ style: { whiteSpace: 'nowrap' } }) },
          { title: '日期', width: 104, render: (_, row) => row.note.date },
          {
            title: '学习材料',
            width: 170,
            render: (_, row) => (
              <Space direction="vertical" size={0}>
                <strong>{row.note.materialTitle}</strong>
                <span>
                  {STUDY_KIND_LABELS[row.note.kind]}·{STUDY_FORM_LABELS[row.note.form]}
                </span>
              </Space>
            ),
          },
          { title: '学时', width: 56, render: (_, row) => formatHours(row.note.hours) },
          { title: '支部评语', width: 180, render: (_, row) => `${row.note.excellent.comment}（${row.note.excellent.markedBy}）` },
          {
            title: '笔记内容',
            width: '28%',
            render: (_, row) =>
              row.note.text ? (
                <Typography.Paragraph className="note-text" style={{ margin: 0 }} ellipsis={{ rows: 3, expandable: true, symbol: '展开' }}>
                  {row.note.text}
                </Typography.Paragraph>
              ) : (
                <Typography.Text type="secondary">（未录入，见手写笔记本{row.note.attachmentId ? '照片' : ''}）</Typography.Text>
              ),
          },
          {
            title: '组织部门确认',
            onHeaderCell: () => ({ style: { whiteSpace: 'nowrap' } }),
            render: (_, row) =>
              row.confirmation ? (
                <Space direction="vertical" size={0}>
                  <Tag color="green">已确认</Tag>
                  {row.confirmation.opinion && <Typography.Text type="secondary">{row.confirmation.opinion}</Typography.Text>}
                </Space>
              ) : (
                <Tag>待确认</Tag>
              ),
          },
          {
            title: '操作',
            render: (_, row) => (
              <Button size="small" type={row.confirmation ? 'default' : 'primary'} onClick={() => setConfirming(row)}>
                {row.confirmation ? '修改意见' : '确认'}
              </Button>
            ),
          },
        ]}
      />
      {confirming && <ConfirmDialog row={confirming} onClose={() => setConfirming(undefined)} />}
    </Card>
  );
}
