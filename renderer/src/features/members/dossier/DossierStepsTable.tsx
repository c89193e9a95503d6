import { Space, Table, Tag, Typography } from 'antd';
import { DOSSIER_PHASES, dossierStepStates, type DossierStepState } from '../../../../../shared/development/dossier-steps';
import type { DossierDocumentKind } from '../../../../../shared/development/dossier-types';
import type { MemberRecord } from '../../../../../shared/members/member';
import { DateInput } from '../../../shell/DateInput';
import { AttachmentDownloads, AttachmentsEditor } from '../../meetings';

const RECORDER_NOTES = { stage: '在“转为……”时登记', office: '院党委组织科审批后随回执记入' } as const;

interface DossierStepsTableProps {
  member: MemberRecord;
  /** Typed, not yet saved dates of the branch's steps, by step number. */
  dates: Record<number, string>;
  onDate?: (step: number, date: string) => void;
  onDocuments?: (kind: DossierDocumentKind, ids: string[]) => void;
}

/** The 25 steps with their dates and document checklist; editable on the branch, read only at the office. */
export function DossierStepsTable({ member, dates, onDate, onDocuments }: DossierStepsTableProps) {
  const editable = onDate !== undefined;
  return (
    <Table<DossierStepState>
      aria-label="发展党员二十五个步骤"
      rowKey={(state) => state.step.number}
      size="small"
      pagination={false}
      dataSource={dossierStepStates(member)}
      columns={[
        { title: '步骤', key: 'number', width: 56, render: (_, state) => state.step.number },
        {
          title: '环节',
          key: 'label',
          width: 200,
          render: (_, state) => (
            <Space direction="vertical" size={0}>
              <span>{state.step.label}</span>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {DOSSIER_PHASES[state.step.phase - 1]}
              </Typography.Text>
            </Space>
          ),
        },
        {
          title: '日期',
          key: 'date',
          width: 190,
          render: (_, state) => {
            if (!state.step.date) return <Typography.Text type="secondary">{state.done ? '已有材料或思想汇报' : '持续进行'}</Typography.Text>;
            if (editable && state.step.recordedBy === 'branch') {
              return <DateInput aria-label={`第${state.step.number}步日期`} value={dates[state.step.number] ?? state.date ?? ''} onChange={(value) => onDate(state.step.number, value)} />;
            }
            return (
              <Space direction="vertical" size={0}>
                <span>{state.date ?? '—'}</span>
                {state.step.recordedBy !== 'branch' && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {RECORDER_NOTES[state.step.recordedBy]}
                  </Typography.Text>
                )}
              </Space>
            );
          },
        },
        {
          title: '所需材料',
          key: 'documents',
          render: (_, state) => (
            <Space direction="vertical" style={{ width: '100%' }}>
              {state.documents.length === 0 && <Typography.Text type="secondary">无</Typography.Text>}
              {state.documents.map((document) => (
                <div key={document.kind}>
                  <Space>
                    <span>{document.label}</span>
                    {document.attachmentIds.length > 0 ? (
                      <Tag color="green">已附 {document.attachmentIds.length} 份</Tag>
                    ) : (
                      <Tag color={state.missingDocuments.includes(document.kind) ? 'red' : 'default'}>{state.missingDocuments.includes(document.kind) ? '缺' : '未附'}</Tag>
                    )}
                  </Space>
                  {onDocuments ? (
                    <AttachmentsEditor
                      branchId={member.branchId}
                      meetingId={member.id}
                      document={document.label}
                      value={document.attachmentIds}
                      onChange={(ids) => onDocuments(document.kind, ids)}
                    />
                  ) : (
                    document.attachmentIds.length > 0 && <AttachmentDownloads ids={document.attachmentIds} />
                  )}
                </div>
              ))}
            </Space>
          ),
        },
      ]}
    />
  );
}
