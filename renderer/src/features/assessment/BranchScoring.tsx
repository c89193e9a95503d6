import { Descriptions, Space, Table, Tag, Typography } from 'antd';
import { itemsOfPeriod } from '../../../../shared/assessment/points';
import { SCORING_KIND_LABELS, type AssessmentItem, type AssessmentScheme } from '../../../../shared/assessment/scheme-types';
import { AttachmentDownloads } from '../meetings';
import type { BranchSheet } from './data/period-sheet';
import { EntryEditor } from './EntryEditor';
import { useReport } from './use-assessment';

/** One branch's items for the office: automatic points explained, the branch's evidence, and an entry for every other item. */
export function BranchScoring({ sheet, scheme, period }: { sheet: BranchSheet; scheme: AssessmentScheme; period: string }) {
  const report = useReport(sheet.branchId, period);
  const items = itemsOfPeriod(scheme.items, period.includes('Q') ? 'quarter' : 'year');
  const scoreOf = (id: string) => sheet.score.items.find((item) => item.itemId === id);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Table<AssessmentItem>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={items}
        columns={[
          { title: '考核项目', key: 'title', width: 160, render: (_, item) => <Typography.Text strong>{item.title}</Typography.Text> },
          { title: '分值', dataIndex: 'maxPoints', width: 60 },
          { title: '方式', key: 'kind', width: 90, render: (_, item) => <Tag>{SCORING_KIND_LABELS[item.scoring.kind]}</Tag> },
          {
            title: '得分与依据',
            key: 'score',
            width: 280,
            render: (_, item) => {
              const score = scoreOf(item.id);
              return (
                <Space direction="vertical" size={0}>
                  <Typography.Text strong>{score?.points === null || score === undefined ? (score?.vetoed ? '已否决' : '—') : `${score.points} 分`}</Typography.Text>
                  <Typography.Text type="secondary">{score?.explanation}</Typography.Text>
                </Space>
              );
            },
          },
          {
            title: '支部佐证材料',
            key: 'evidence',
            width: 240,
            render: (_, item) => {
              const evidence = report?.evidence[item.id];
              if (!evidence || (!evidence.text && evidence.attachmentIds.length === 0)) return <Typography.Text type="secondary">未提供</Typography.Text>;
              return (
                <Space direction="vertical" size={0}>
                  <Typography.Paragraph ellipsis={{ rows: 3, expandable: true }} style={{ marginBottom: 0 }}>
                    {evidence.text}
                  </Typography.Paragraph>
                  <AttachmentDownloads ids={evidence.attachmentIds} />
                </Space>
              );
            },
          },
          {
            title: '组织科评定',
            key: 'entry',
            width: 250,
            render: (_, item) =>
              item.scoring.kind === 'automatic' ? (
                <Typography.Text type="secondary">按台账自动计分</Typography.Text>
              ) : (
                <EntryEditor key={`${sheet.branchId}-${period}-${item.id}`} branchId={sheet.branchId} branchName={sheet.branchName} period={period} scheme={scheme} item={item} entry={sheet.result?.entries[item.id]} />
              ),
          },
        ]}
      />
      <Descriptions bordered size="small" column={1}>
        <Descriptions.Item label="支部自评">{report?.selfAssessment || '未提交'}</Descriptions.Item>
        {!period.includes('Q') && (
          <Descriptions.Item label="书记述职">
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{report?.secretaryReport.text || '未提交'}</Typography.Paragraph>
            <AttachmentDownloads ids={report?.secretaryReport.attachmentIds ?? []} />
          </Descriptions.Item>
        )}
      </Descriptions>
    </Space>
  );
}
