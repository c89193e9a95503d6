import { Button, Table, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { REVIEW_KIND_LABELS, REVIEW_KINDS, type ReviewKind } from '../../../../shared/development/development-review';
import { STAGE_LABELS } from '../../../../shared/members/member';
import { useToday } from '../../core/today';
import { DossierDrawer, DossierPrintView } from '../members';
import { DecisionModal } from './DecisionModal';
import { useDecision } from './use-decision';
import { developmentReviewRepository, type DevelopmentCase } from './data/development-review-repository';

/**
 * 发展党员审批 at the central office: the people the branches' reports bring for 预审, 审批
 * (接收预备党员) and 转正审批, with their dossier to read and print. A decision goes back to the
 * branch in its next 回执, where it is dated into the person's dossier.
 */
export function DevelopmentApprovalsCard({ onPrintView }: { onPrintView: (view: ReactNode | undefined) => void }) {
  const today = useToday();
  const cases = useLiveQuery(() => developmentReviewRepository.cases(), []);
  const decision = useDecision<{ entry: DevelopmentCase; kind: ReviewKind }>(async ({ entry, kind }, form, day) => {
    await developmentReviewRepository.decide(entry.member.id, kind, form, day);
    return `已记录 ${entry.member.name} 的${REVIEW_KIND_LABELS[kind]}，请向${entry.branchName || '该支部'}导出回执。`;
  });
  const deciding = decision.target;
  const [reading, setReading] = useState<DevelopmentCase>();

  // The 纪实表 takes the whole page (the import panel and tabs are not printed with it).
  const print = (entry: DevelopmentCase) =>
    onPrintView(<DossierPrintView member={entry.member} review={entry.review} organisation={entry.branchName} today={today} onBack={() => onPrintView(undefined)} />);

  const open = (entry: DevelopmentCase, kind: ReviewKind) => decision.open({ entry, kind });

  const sorted = [...(cases ?? [])].sort((a, b) => Number(a.pending === null) - Number(b.pending === null) || a.branchName.localeCompare(b.branchName, 'zh-Hans-CN'));
  return (
    <>
      <Typography.Paragraph type="secondary">
        支部登记“支部委员会审查”后待预审，支部大会接收后待审批，支部大会讨论转正后待转正审批。记录后随该支部的下一次回执下发，支部导入后记入其发展纪实。
      </Typography.Paragraph>
      <Table<DevelopmentCase>
        aria-label="发展党员审批"
        rowKey={(entry) => entry.member.id}
        size="small"
        loading={!cases}
        dataSource={sorted}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: '没有待预审或待审批的人员' }}
        columns={[
          { title: '支部', key: 'branch', render: (_, entry) => entry.branchName },
          { title: '姓名', key: 'name', width: 100, render: (_, entry) => entry.member.name },
          { title: '阶段', key: 'stage', width: 110, render: (_, entry) => STAGE_LABELS[entry.member.stage] },
          {
            title: '待办',
            key: 'pending',
            width: 170,
            render: (_, entry) => (entry.pending ? <Tag color="gold">待{REVIEW_KIND_LABELS[entry.pending]}</Tag> : <Tag>无</Tag>),
          },
          {
            title: '已有意见',
            key: 'decisions',
            render: (_, entry) =>
              REVIEW_KINDS.filter((kind) => entry.review?.decisions[kind])
                .map((kind) => `${REVIEW_KIND_LABELS[kind]}：${entry.review!.decisions[kind]!.agreed ? '同意' : '不同意'}（${entry.review!.decisions[kind]!.on}）`)
                .join('；') || '—',
          },
          {
            title: '操作',
            key: 'actions',
            width: 220,
            render: (_, entry) => (
              <>
                <Button type="link" size="small" onClick={() => setReading(entry)}>
                  查看纪实
                </Button>
                {entry.pending && (
                  <Button type="link" size="small" onClick={() => open(entry, entry.pending!)}>
                    {entry.pending === 'preReview' ? '预审' : entry.pending === 'admissionApproval' ? '审批' : '转正审批'}
                  </Button>
                )}
              </>
            ),
          },
        ]}
      />
      {reading && (
        <DossierDrawer
          member={reading.member}
          review={reading.review}
          onPrint={() => {
            print(reading);
            setReading(undefined);
          }}
          onClose={() => setReading(undefined)}
        />
      )}
      <DecisionModal title={deciding ? `${deciding.entry.member.name}：${REVIEW_KIND_LABELS[deciding.kind]}` : ''} {...decision.modal} />
    </>
  );
}
