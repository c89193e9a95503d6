import { App, Button, Card, Input, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ACTIVITY_KIND_LABELS, ACTIVITY_KINDS, type ActivityKind } from '../../../../shared/assessment/member-activity';
import type { MemberPointsRow } from '../../../../shared/assessment/member-points';
import { MEMBER_POINT_UNITS } from '../../../../shared/assessment/scheme-types';
import { useToday } from '../../core/today';
import { DateInput } from '../../shell/DateInput';
import { isPartyMember, memberOptions, useMembers } from '../members';
import { activityRepository } from './data/activity-repository';
import { useActivities, useAssessmentScheme, useMemberPoints } from './use-assessment';
import { YearSelect } from './YearSelect';

const KIND_OPTIONS = ACTIVITY_KINDS.map((kind) => ({ value: kind, label: ACTIVITY_KIND_LABELS[kind] }));

/** Branch: 登记 one volunteer service or 先锋岗/示范岗 duty; refused on screen with the reason. */
function ActivityForm({ branchId }: { branchId: string }) {
  const { message } = App.useApp();
  const today = useToday();
  const members = useMembers();
  const [memberId, setMemberId] = useState<string>();
  const [kind, setKind] = useState<ActivityKind>('volunteer');
  const [date, setDate] = useState(today);
  const [title, setTitle] = useState('');
  const [hours, setHours] = useState<number | null>(null);

  async function add() {
    try {
      await activityRepository.add(branchId, { memberId: memberId ?? '', kind, date, title, hours: kind === 'volunteer' ? (hours ?? 0) : 0, note: '' }, today);
      message.success(`已登记${ACTIVITY_KIND_LABELS[kind]}“${title.trim()}”。`);
      setTitle('');
      setHours(null);
    } catch (error) {
      message.error(`未登记：${(error as Error).message}`);
    }
  }

  return (
    <Card size="small" title="登记志愿服务与先锋岗、示范岗">
      <Space wrap>
        <Select aria-label="党员" showSearch optionFilterProp="label" placeholder="党员" value={memberId} onChange={setMemberId} options={memberOptions(members ?? [], isPartyMember)} style={{ width: 180 }} />
        <Select aria-label="活动类别" value={kind} onChange={setKind} options={KIND_OPTIONS} style={{ width: 130 }} />
        <div style={{ width: 150 }}>
          <DateInput aria-label="活动日期" value={date} onChange={setDate} />
        </div>
        <Input aria-label="活动名称" placeholder={kind === 'volunteer' ? '如：义诊进社区' : '如：急诊科党员先锋岗'} value={title} onChange={(event) => setTitle(event.target.value)} style={{ width: 220 }} />
        {kind === 'volunteer' && <InputNumber aria-label="服务时长" min={0} step={0.5} value={hours} onChange={setHours} addonAfter="小时" style={{ width: 130 }} />}
        <Button type="primary" onClick={() => void add()}>
          登记
        </Button>
      </Space>
    </Card>
  );
}

/**
 * 党员积分: each member's points for the year by the scheme's items (attendance, make-ups,
 * 学时, volunteer hours, 先锋岗/示范岗), ranked inside the branch. The branch registers
 * activities here; the office reads the same figures from the branch's report.
 */
export function MemberPointsPanel({ branchId, editable }: { branchId: string; editable: boolean }) {
  const { message } = App.useApp();
  const today = useToday();
  const [year, setYear] = useState(Number(today.slice(0, 4)));
  const scheme = useAssessmentScheme();
  const rows = useMemberPoints(branchId, year);
  const activities = useActivities(branchId);
  const names = new Map((rows ?? []).map((row) => [row.memberId, row.name]));
  const remove = (activity: { id: string; title: string }) =>
    activityRepository.remove(activity.id).then(
      () => message.success(`已删除“${activity.title}”。`),
      (error: Error) => message.error(`未删除：${error.message}`),
    );
  const yearActivities = (activities ?? []).filter((activity) => activity.date.startsWith(String(year))).sort((a, b) => (a.date < b.date ? 1 : -1));

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap size="large">
        <YearSelect value={year} onChange={setYear} today={today} label="积分年度" />
        <Typography.Text type="secondary">
          计分项目：{scheme.memberPoints.map((item) => `${item.label}每${MEMBER_POINT_UNITS[item.source]} ${item.pointsPerUnit} 分（最高 ${item.maxPoints} 分）`).join('；')}。
        </Typography.Text>
      </Space>
      {editable && <ActivityForm branchId={branchId} />}
      <Table<MemberPointsRow>
        aria-label={`${year}年度党员积分排名`}
        rowKey="memberId"
        size="small"
        loading={!rows}
        pagination={false}
        dataSource={rows ?? []}
        columns={[
          { title: '名次', dataIndex: 'rank', width: 60 },
          { title: '姓名', dataIndex: 'name', width: 100 },
          ...scheme.memberPoints.map((item) => ({
            title: `${item.label}（${item.maxPoints}）`,
            key: item.id,
            render: (_: unknown, row: MemberPointsRow) => {
              const line = row.lines.find((each) => each.itemId === item.id);
              return line ? `${line.points}（${line.units}${MEMBER_POINT_UNITS[item.source]}）${line.capped ? ' 封顶' : ''}` : '—';
            },
          })),
          { title: '积分合计', dataIndex: 'total', width: 90, render: (total: number) => <Typography.Text strong>{total}</Typography.Text> },
        ]}
      />
      <Card size="small" title={`${year}年度志愿服务与先锋岗、示范岗记录（${yearActivities.length} 条）`}>
        <Table
          rowKey="id"
          size="small"
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          dataSource={yearActivities}
          columns={[
            { title: '日期', dataIndex: 'date', width: 110 },
            { title: '党员', key: 'member', width: 100, render: (_, activity) => names.get(activity.memberId) ?? '—' },
            { title: '类别', key: 'kind', width: 110, render: (_, activity) => <Tag>{ACTIVITY_KIND_LABELS[activity.kind]}</Tag> },
            { title: '活动', dataIndex: 'title' },
            { title: '时长', key: 'hours', width: 80, render: (_, activity) => (activity.kind === 'volunteer' ? `${activity.hours} 小时` : '1 次') },
            ...(editable
              ? [{ title: '', key: 'remove', width: 70, render: (_: unknown, activity: { id: string; title: string }) => <Button size="small" danger onClick={() => void remove(activity)} aria-label={`删除${activity.title}`}>删除</Button> }]
              : []),
          ]}
        />
      </Card>
    </Space>
  );
}
