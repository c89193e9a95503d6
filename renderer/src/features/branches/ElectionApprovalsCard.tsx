import { Button, Table, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { ELECTION_REVIEW_LABELS, ELECTION_STAGE_LABELS, electionSummary, type ElectionReviewKind } from '../../../../shared/branch/election';
import { useActiveRules } from '../../core/rules/active-rules';
import { ElectionPrintView } from '../branch';
import { DecisionModal } from './DecisionModal';
import { useDecision } from './use-decision';
import { electionReviewRepository, type ElectionCaseAtOffice } from './data/election-review-repository';

/**
 * 换届选举 at the central office: each branch's 换届请示 and election result as its 报送包 brought
 * them, with the 4/5 attendance and votes to read; the 批复 goes back in the branch's next 回执.
 */
export function ElectionApprovalsCard({ onPrintView }: { onPrintView: (view: ReactNode | undefined) => void }) {
  const rules = useActiveRules().ruleSet.rules.branch;
  const cases = useLiveQuery(() => electionReviewRepository.cases(), []);
  const decision = useDecision<{ entry: ElectionCaseAtOffice; kind: ElectionReviewKind }>(async ({ entry, kind }, form, today) => {
    await electionReviewRepository.decide(entry.election.id, kind, form, today);
    return `已记录${entry.branchName}的${ELECTION_REVIEW_LABELS[kind]}，请向该支部导出回执。`;
  });
  const deciding = decision.target;


  return (
    <>
      <Typography.Paragraph type="secondary">
        支部报送换届请示后待批复；选举后报送结果待审批。批复随该支部的下一次回执下发，结果经同意后支部导入回执时写入其支部信息。
      </Typography.Paragraph>
      <Table<ElectionCaseAtOffice>
        aria-label="换届选举"
        rowKey={(entry) => entry.election.id}
        size="small"
        loading={!cases}
        dataSource={[...(cases ?? [])].sort((a, b) => Number(a.pending === null) - Number(b.pending === null) || b.election.plan.requestedOn.localeCompare(a.election.plan.requestedOn))}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: '没有支部报送换届请示' }}
        columns={[
          { title: '支部', key: 'branch', width: 160, render: (_, entry) => entry.branchName },
          { title: '请示日期', key: 'requestedOn', width: 110, render: (_, entry) => entry.election.plan.requestedOn },
          { title: '情况', key: 'summary', render: (_, entry) => electionSummary(entry.election, rules) },
          { title: '状态', key: 'stage', width: 170, render: (_, entry) => <Tag color={entry.pending ? 'gold' : undefined}>{ELECTION_STAGE_LABELS[entry.stage]}</Tag> },
          {
            title: '操作',
            key: 'actions',
            width: 200,
            render: (_, entry) => (
              <>
                {entry.pending && (
                  <Button
                    type="link"
                    size="small"
                    onClick={() => decision.open({ entry, kind: entry.pending! })}
                  >
                    {entry.pending === 'plan' ? '批复请示' : '审批结果'}
                  </Button>
                )}
                {entry.election.resultSubmission > 0 && (
                  <Button type="link" size="small" onClick={() => onPrintView(<ElectionPrintView entry={entry} organisation={entry.branchName} rules={rules} onBack={() => onPrintView(undefined)} />)}>
                    打印选举记录
                  </Button>
                )}
              </>
            ),
          },
        ]}
      />
      <DecisionModal title={deciding ? `${deciding.entry.branchName}：${ELECTION_REVIEW_LABELS[deciding.kind]}` : ''} {...decision.modal} />
    </>
  );
}
