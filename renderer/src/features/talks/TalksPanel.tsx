import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Popconfirm, Select, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { BranchRecord } from '../../../../shared/branch/branch';
import type { MemberRecord } from '../../../../shared/members/member';
import type { TalkCoverageRow } from '../../../../shared/talks/talk-coverage';
import { TALK_KIND_LABELS, type TalkRecord } from '../../../../shared/talks/talk';
import { useActiveRules } from '../../core/rules/active-rules';
import { useToday } from '../../core/today';
import { talkRepository } from './data/talk-repository';
import { TalkDialog } from './TalkDialog';
import { useTalkCoverage } from './use-talk-coverage';
import { useTalks } from './use-talks';

interface TalksPanelProps {
  branch: BranchRecord;
  members: readonly MemberRecord[];
}

/** The years offered: every year with a talk, and the current one, newest first. */
function yearsOf(talks: readonly TalkRecord[], currentYear: number): number[] {
  return [...new Set([currentYear, ...talks.map((talk) => Number(talk.date.slice(0, 4)))])].sort((a, b) => b - a);
}

/**
 * 谈心谈话 on the branch PC: the year's coverage (who has been talked with, by the rule set's
 * number) and the talks themselves, each 登记 with who talked with whom.
 */
export function TalksPanel({ branch, members }: TalksPanelProps) {
  const { message } = App.useApp();
  const today = useToday();
  const { ruleSet } = useActiveRules();
  const talks = useTalks(branch.id);
  const [year, setYear] = useState(Number(today.slice(0, 4)));
  const [editing, setEditing] = useState<TalkRecord | null>();
  const coverage = useTalkCoverage(branch, members, talks, year, today);
  const names = useMemo(() => new Map(members.map((member) => [member.id, member.name])), [members]);
  const secretaryId = branch.committee?.find((seat) => seat.role === 'secretary' && seat.memberId)?.memberId;
  const nameList = (ids: readonly string[]) => ids.map((id) => names.get(id) ?? '（已删除）').join('、');
  const rule = ruleSet.rules.meetings.heartToHeartTalk;

  if (!talks || !coverage) return null;
  const yearTalks = talks.filter((talk) => talk.date.startsWith(`${year}-`)).sort((a, b) => b.date.localeCompare(a.date));
  const uncovered = coverage.rows.length - coverage.coveredCount;
  const remove = (talk: TalkRecord) =>
    talkRepository.remove(talk.id).then(
      () => message.success(`已删除 ${talk.date} 的谈话记录。`),
      (error: Error) => message.error(`未删除：${error.message}`),
    );

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap size="large">
        <Select aria-label="谈话年度" value={year} onChange={setYear} options={yearsOf(talks, Number(today.slice(0, 4))).map((each) => ({ value: each, label: `${each}年度` }))} style={{ width: 120 }} />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
          登记谈心谈话
        </Button>
        <Typography.Text type="secondary">
          规则：{rule.description}（{rule.source.regulation} {rule.source.article}）本年每名党员与书记或委员至少谈 {coverage.required} 次，支委之间两两至少谈 {coverage.required} 次。
        </Typography.Text>
      </Space>
      {!coverage.hasCommittee && <Alert type="warning" showIcon message="“支部信息”中尚未指定支部书记和委员：暂按与任何人的谈话统计。请先填写支部委员会。" />}
      <Card size="small" title={`${year}年度谈心谈话覆盖情况`}>
        <Space size="large" style={{ marginBottom: 12 }}>
          <Statistic title="应谈人数" value={coverage.rows.length} />
          <Statistic title="已谈" value={coverage.coveredCount} />
          <Statistic title="尚未谈话" value={uncovered} valueStyle={uncovered > 0 ? { color: '#cf1322' } : undefined} />
          <Statistic title="本年谈话记录" value={yearTalks.length} suffix="次" />
        </Space>
        <Table<TalkCoverageRow>
          aria-label={`${year}年度谈心谈话覆盖情况`}
          rowKey="memberId"
          size="small"
          pagination={false}
          dataSource={[...coverage.rows].sort((a, b) => Number(a.covered) - Number(b.covered))}
          columns={[
            { title: '姓名', dataIndex: 'name', width: 110, render: (name: string, row) => (row.onCommittee ? `${name}（支委）` : name) },
            { title: '本年谈话', dataIndex: 'talks', width: 90, render: (count: number) => `${count} 次` },
            { title: '最近一次', dataIndex: 'lastTalkOn', width: 120, render: (date: string | null) => date ?? '—' },
            { title: '状态', key: 'covered', width: 90, render: (_, row) => (row.covered ? <Tag color="green">已谈</Tag> : <Tag color="red">未谈</Tag>) },
            { title: '尚未谈话的支委', key: 'missing', render: (_, row) => (row.missing.length > 0 ? row.missing.join('、') : '') },
          ]}
        />
      </Card>
      <Card size="small" title={`${year}年度谈话记录（${yearTalks.length} 次）`}>
        <Table<TalkRecord>
          aria-label={`${year}年度谈话记录`}
          rowKey="id"
          size="small"
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          dataSource={yearTalks}
          columns={[
            { title: '日期', dataIndex: 'date', width: 110 },
            { title: '类别', dataIndex: 'kind', width: 100, render: (kind: TalkRecord['kind']) => <Tag>{TALK_KIND_LABELS[kind]}</Tag> },
            { title: '谈话人', key: 'talkers', width: 140, render: (_, talk) => nameList(talk.talkerIds) },
            { title: '谈话对象', key: 'members', render: (_, talk) => nameList(talk.memberIds) },
            { title: '主题', dataIndex: 'topic' },
            {
              title: '',
              key: 'actions',
              width: 130,
              render: (_, talk) => (
                <Space size="small">
                  <Button size="small" onClick={() => setEditing(talk)} aria-label={`修改${talk.date}的谈话`}>
                    修改
                  </Button>
                  <Popconfirm title="删除这条谈话记录？" okText="删除" cancelText="取消" onConfirm={() => void remove(talk)}>
                    <Button size="small" danger aria-label={`删除${talk.date}的谈话`}>
                      删除
                    </Button>
                  </Popconfirm>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <TalkDialog branchId={branch.id} members={members} defaultTalkerId={secretaryId} editing={editing} onClose={() => setEditing(undefined)} />
    </Space>
  );
}
