import { Button, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import { COMMITTEE_ROLE_LABELS } from '../../../../../shared/branch/branch';
import { ELECTION_STAGE_LABELS, decisionText, electionStage, votersOn } from '../../../../../shared/branch/election';
import type { MemberRecord } from '../../../../../shared/members/member';
import type { BranchRules } from '../../../../../shared/rules/rule-types';
import { electionRepository, type ElectionCase } from '../data/election-repository';
import { ElectionMeetingForm } from './ElectionMeetingForm';
import { ElectionPlanForm } from './ElectionPlanForm';

/**
 * 换届选举 on 支部信息: the 请示 (报院党委批复), the election meeting once it is approved, the
 * result reported for approval, and the new committee written to 支部信息 when the approval
 * comes back in a 回执.
 */
export function ElectionCard({ branchId, members, rules, today, onPrint }: { branchId: string; members: readonly MemberRecord[]; rules: BranchRules; today: string; onPrint: (entry: ElectionCase) => void }) {
  const current = useLiveQuery(() => electionRepository.current(branchId), [branchId]);
  const votersOf = useCallback((date: string) => votersOn(members, date), [members]);
  const [startingNext, setStartingNext] = useState(false);
  if (current === undefined && !members) return null;
  const stage = current ? electionStage(current.election, current.review) : undefined;
  const done = stage === 'applied' || stage === 'approved';
  const meeting = current?.election.meeting;

  return (
    <Card
      title="换届选举"
      style={{ marginBottom: 16 }}
      extra={
        <Space>
          {stage && <Tag color={done ? 'green' : stage.endsWith('Returned') ? 'red' : 'gold'}>{ELECTION_STAGE_LABELS[stage]}</Tag>}
          {meeting && current.election.resultSubmission > 0 && <Button onClick={() => onPrint(current)}>打印选举记录</Button>}
        </Space>
      }
    >
      {current && (
        <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
          <Descriptions.Item label="请示">
            {current.election.plan.requestedOn}，应选 {current.election.plan.seats} 人，候选人 {current.election.plan.candidateIds.map((id) => current.election.names[id]).join('、')}
          </Descriptions.Item>
          <Descriptions.Item label="请示批复">{decisionText(current.review?.plan?.submission === current.election.planSubmission ? current.review.plan : undefined)}</Descriptions.Item>
          {meeting && current.election.resultSubmission > 0 && (
            <>
              <Descriptions.Item label="选举结果">
                {meeting.heldOn} 选举，当选：
                {Object.entries(meeting.roles)
                  .map(([id, role]) => `${current.election.names[id]}（${COMMITTEE_ROLE_LABELS[role]}）`)
                  .join('、')}
                ；任期 {meeting.termStart} 至 {meeting.termEnd}
              </Descriptions.Item>
              <Descriptions.Item label="结果批复">{decisionText(current.review?.result?.submission === current.election.resultSubmission ? current.review.result : undefined)}</Descriptions.Item>
            </>
          )}
        </Descriptions>
      )}
      {!current && <Typography.Paragraph type="secondary">任期届满前，先向院党委报送换届请示（委员名额和候选人名单），批复后召开党员大会选举。</Typography.Paragraph>}
      {stage === 'applied' && !startingNext && (
        <Space>
          <Typography.Text type="secondary">本次换届已完成。下一届任期届满前再发起换届。</Typography.Text>
          <Button onClick={() => setStartingNext(true)}>发起新一届换届</Button>
        </Space>
      )}
      {(!current || (stage === 'applied' && startingNext) || stage === 'planPending' || stage === 'planReturned') && (
        <ElectionPlanForm key={current?.election.id ?? 'new'} branchId={branchId} current={stage === 'applied' ? undefined : current} voters={votersOf(today)} members={members} rules={rules} today={today} />
      )}
      {current && (stage === 'meeting' || stage === 'resultPending' || stage === 'resultReturned') && (
        <ElectionMeetingForm key={`${current.election.id}-${current.election.resultSubmission}`} current={current} votersOf={votersOf} members={members} rules={rules} today={today} />
      )}
      {stage === 'approved' && <Typography.Paragraph>院党委已批复选举结果；导入回执时新一届支部委员会写入支部信息。</Typography.Paragraph>}
    </Card>
  );
}
