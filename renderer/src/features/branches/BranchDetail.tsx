import { Button, Card, Result, Skeleton, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { STAGE_LABELS } from '../../../../shared/members/member';
import { attendanceSummary } from '../../../../shared/meetings/attendance';
import { branchCompliance } from '../../../../shared/meetings/compliance';
import { REVIEW_VERDICT_LABELS } from '../../../../shared/meetings/meeting-review';
import { MEETING_TYPE_LABELS, type MeetingRecord } from '../../../../shared/meetings/meeting-types';
import { periodOf } from '../../../../shared/meetings/periods';
import { navigate } from '../../core/navigation/hash-route';
import type { PeerRow } from '../sync';
import { useToday } from '../../core/today';
import { STATUS_STYLE } from '../../shell/compliance-colors';
import { useActiveRules } from '../../core/rules/active-rules';
import { branchesPath } from '../../core/navigation/branches-routes';
import { BranchActivitiesTab } from './BranchActivitiesTab';
import { BranchDuesTab } from './BranchDuesTab';
import { BranchStudyTab } from './BranchStudyTab';
import { ExportReturnButton } from './ExportReturnButton';
import { BinderCard } from '../binder';
import { ReviewDialog } from './ReviewDialog';
import { useBranchRecords } from './use-branches';

/** One branch's records as received, read-only, with 审阅 of its meeting records. */
export function BranchDetail({ peer }: { peer: PeerRow }) {
  const records = useBranchRecords(peer.peerId);
  const { ruleSet } = useActiveRules();
  const today = useToday();
  const [reviewing, setReviewing] = useState<MeetingRecord | null>(null);
  const names = useMemo(() => new Map((records?.members ?? []).map((member) => [member.id, member.name])), [records]);
  const compliance = useMemo(
    () => (records?.branch ? branchCompliance({ branch: records.branch, meetings: records.meetings, rules: ruleSet.rules.meetings, period: periodOf('year', today), today }) : undefined),
    [records, ruleSet, today],
  );

  if (!records) return <Skeleton active />;
  if (!records.branch) return <Result status="info" title="尚未收到这个支部的数据" extra={<Button onClick={() => navigate(branchesPath.list())}>返回</Button>} />;
  const meetings = [...records.meetings].sort((a, b) => b.startAt.localeCompare(a.startAt));

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <Button onClick={() => navigate(branchesPath.list())}>返回各支部</Button>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {records.branch.name}
        </Typography.Title>
        <Tag>只读：记录由支部维护</Tag>
        <ExportReturnButton peer={peer} type="primary" />
        <ExportReturnButton peer={peer} type="default" resendAll />
        <BinderCard size="small" onOpen={(year) => navigate(branchesPath.binder(peer.peerId, year))} />
      </Space>
      <Card>
        <Tabs
          items={[
            {
              key: 'meetings',
              label: `会议记录（${meetings.length}）`,
              children: (
                <Table
                  size="small"
                  rowKey="id"
                  dataSource={meetings}
                  pagination={{ pageSize: 20 }}
                  columns={[
                    { title: '日期', render: (_, meeting) => meeting.startAt.slice(0, 10) },
                    { title: '会议', dataIndex: 'sessionName' },
                    { title: '类型', render: (_, meeting) => MEETING_TYPE_LABELS[meeting.type] },
                    { title: '主持人', render: (_, meeting) => names.get(meeting.hostMemberId) ?? '—' },
                    { title: '出席', render: (_, meeting) => attendanceSummary(meeting.attendance) },
                    { title: '签字确认', render: (_, meeting) => (meeting.confirmation ? '已确认' : '未确认') },
                    {
                      title: '审阅',
                      render: (_, meeting) => {
                        const review = records.reviews.get(meeting.id);
                        return review ? <Tag color={review.verdict === 'approved' ? 'green' : 'red'}>{REVIEW_VERDICT_LABELS[review.verdict]}</Tag> : '未审阅';
                      },
                    },
                    {
                      title: '操作',
                      render: (_, meeting) => (
                        <Button size="small" onClick={() => setReviewing(meeting)}>
                          审阅
                        </Button>
                      ),
                    },
                  ]}
                  expandable={{ expandedRowRender: (meeting) => <MeetingSummary meeting={meeting} /> }}
                />
              ),
            },
            {
              key: 'compliance',
              label: '本年三会一课',
              children: compliance && (
                <Table
                  size="small"
                  rowKey="type"
                  pagination={false}
                  dataSource={compliance.types.filter((type) => type.required > 0)}
                  columns={[
                    { title: '类型', render: (_, type) => MEETING_TYPE_LABELS[type.type] },
                    { title: '应开', dataIndex: 'required' },
                    { title: '按时', dataIndex: 'onTime' },
                    { title: '补开', dataIndex: 'late' },
                    { title: '未召开', dataIndex: 'missing' },
                    { title: '状态', render: (_, type) => <Tag color={STATUS_STYLE[type.status].color}>{STATUS_STYLE[type.status].label}</Tag> },
                  ]}
                />
              ),
            },
            {
              key: 'dues',
              label: '党费',
              children: <BranchDuesTab branchId={peer.peerId} records={records.dues} meetings={records.meetings} />,
            },
            {
              key: 'study',
              label: '学习',
              children: <BranchStudyTab branch={records.branch} members={records.members} meetings={records.meetings} />,
            },
            {
              key: 'activities',
              label: '党建+业务',
              children: <BranchActivitiesTab branchId={peer.peerId} brand={records.branch.brand} names={names} />,
            },
            {
              key: 'members',
              label: `党员（${records.members.length}）`,
              children: (
                <Table
                  size="small"
                  rowKey="id"
                  dataSource={records.members}
                  pagination={{ pageSize: 20 }}
                  columns={[
                    { title: '姓名', dataIndex: 'name' },
                    { title: '发展阶段', render: (_, member) => STAGE_LABELS[member.stage] },
                    { title: '科室', dataIndex: 'department' },
                    { title: '职务', dataIndex: 'post' },
                  ]}
                />
              ),
            },
          ]}
        />
      </Card>
      <ReviewDialog meeting={reviewing} onClose={() => setReviewing(null)} />
    </Space>
  );
}

function MeetingSummary({ meeting }: { meeting: MeetingRecord }) {
  return (
    <Space direction="vertical" size={0}>
      <span>地点：{meeting.place || '—'}</span>
      <span>议程：{meeting.agendaItems.join('；') || '—'}</span>
      <span>讨论情况：{meeting.discussionSummary || '—'}</span>
    </Space>
  );
}
