import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import {
  DUES_ARRANGEMENT_LABELS,
  DUES_ARRANGEMENTS,
  reachesTransferMonths,
  type AbsenceForm,
  type MemberAbsence,
} from '../../../../shared/members/absence';
import type { MemberRecord } from '../../../../shared/members/member';
import { useActiveRules } from '../../core/rules/active-rules';
import { useToday } from '../../core/today';
import { DateInput } from '../../shell/DateInput';
import { absenceRepository } from './data/absence-repository';
import { isPartyMember, memberOptions } from './member-options';

interface AbsenceRow {
  member: MemberRecord;
  absence: MemberAbsence;
}

interface Editing {
  memberId: string;
  /** The absence replaced; absent for a new one. */
  id?: string;
  form: AbsenceForm;
}

const DUES_OPTIONS = DUES_ARRANGEMENTS.map((value) => ({ value, label: DUES_ARRANGEMENT_LABELS[value] }));
const blank = (today: string): AbsenceForm => ({ from: today, until: '', place: '', reason: '', certificate: '', duesArrangement: 'branch', duesNote: '' });

function statusOf(absence: MemberAbsence, today: string) {
  if (absence.from > today) return <Tag>尚未外出</Tag>;
  if (absence.until !== '' && absence.until < today) return <Tag color="default">已返回</Tag>;
  return <Tag color="orange">外出中</Tag>;
}

/**
 * 外出党员（流动党员）on the branch PC: who is away, from when to when and where, and how they
 * pay dues meanwhile. While away they are not on meetings' expected lists (the meeting form
 * offers to add them when they attended).
 */
export function AbsencePanel({ members }: { members: readonly MemberRecord[] }) {
  const { message } = App.useApp();
  const today = useToday();
  const { ruleSet } = useActiveRules();
  const [editing, setEditing] = useState<Editing>();
  const [refusal, setRefusal] = useState<string>();
  useEffect(() => setRefusal(undefined), [editing]);

  const rows: AbsenceRow[] = members
    .flatMap((member) => (member.absences ?? []).map((absence) => ({ member, absence })))
    .sort((a, b) => b.absence.from.localeCompare(a.absence.from));
  const transferMonths = ruleSet.rules.branch.awayTransferMonths;
  const patch = (change: Partial<AbsenceForm>) => setEditing((current) => current && { ...current, form: { ...current.form, ...change } });

  async function save() {
    if (!editing) return;
    try {
      await absenceRepository.record(editing.memberId, editing.form, editing.id);
      const name = members.find((member) => member.id === editing.memberId)?.name ?? '';
      message.success(`已登记${name}外出：${editing.form.from} 起，${editing.form.place.trim()}。`);
      setEditing(undefined);
    } catch (error) {
      setRefusal(`未保存：${(error as Error).message}`);
    }
  }

  const remove = ({ member, absence }: AbsenceRow) =>
    absenceRepository.remove(member.id, absence.id).then(
      () => message.success(`已删除${member.name} ${absence.from} 起的外出登记。`),
      (error: Error) => message.error(`未删除：${error.message}`),
    );

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ memberId: '', form: blank(today) })}>
          登记外出
        </Button>
        <Typography.Text type="secondary">
          外出学习、工作（进修、援派等）期间不计入会议应到人员（参加了会议的仍可加入出席名单）。{transferMonths.description}（{transferMonths.source.regulation}
          {transferMonths.source.article}）
        </Typography.Text>
      </Space>
      <Table<AbsenceRow>
        aria-label="外出党员"
        rowKey={(row) => row.absence.id}
        size="small"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: '姓名', width: 90, render: (_, row) => row.member.name },
          { title: '外出时间', width: 200, render: (_, row) => `${row.absence.from} 至 ${row.absence.until || '未定'}` },
          { title: '外出地点', width: 200, render: (_, row) => row.absence.place },
          { title: '事由', width: 120, render: (_, row) => row.absence.reason || '—' },
          { title: '流动党员活动证', width: 130, render: (_, row) => row.absence.certificate || '—' },
          { title: '党费', width: 220, render: (_, row) => `${DUES_ARRANGEMENT_LABELS[row.absence.duesArrangement]}${row.absence.duesNote ? `；${row.absence.duesNote}` : ''}` },
          {
            title: '状态',
            width: 170,
            render: (_, row) => (
              <Space size={4} wrap>
                {statusOf(row.absence, today)}
                {reachesTransferMonths(row.absence, today, ruleSet.rules) && <Tag color="red">满{transferMonths.value}个月，应转移组织关系</Tag>}
              </Space>
            ),
          },
          {
            title: '',
            width: 130,
            render: (_, row) => (
              <Space size="small">
                <Button size="small" onClick={() => setEditing({ memberId: row.member.id, id: row.absence.id, form: { ...row.absence } })} aria-label={`修改${row.member.name}的外出登记`}>
                  修改
                </Button>
                <Popconfirm title="删除这条外出登记？" okText="删除" cancelText="取消" onConfirm={() => void remove(row)}>
                  <Button size="small" danger aria-label={`删除${row.member.name}的外出登记`}>
                    删除
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <Modal open={editing !== undefined} title={editing?.id ? '修改外出登记' : '登记外出党员'} okText="保存" cancelText="取消" onOk={() => void save()} onCancel={() => setEditing(undefined)} destroyOnHidden width={600}>
        {editing && (
          <Form layout="vertical">
            <Form.Item label="党员" required>
              <Select
                aria-label="外出党员"
                showSearch
                optionFilterProp="label"
                disabled={editing.id !== undefined}
                value={editing.memberId || undefined}
                options={memberOptions(members, isPartyMember)}
                onChange={(memberId: string) => setEditing({ ...editing, memberId })}
              />
            </Form.Item>
            <Space style={{ width: '100%' }} styles={{ item: { flex: 1 } }}>
              <Form.Item label="外出日期" required>
                <DateInput aria-label="外出日期" value={editing.form.from} onChange={(from) => patch({ from })} />
              </Form.Item>
              <Form.Item label="返回日期" extra="未定的留空，返回后再填">
                <DateInput aria-label="返回日期" value={editing.form.until} onChange={(until) => patch({ until })} />
              </Form.Item>
            </Space>
            <Form.Item label="外出地点" required>
              <Input aria-label="外出地点" value={editing.form.place} onChange={(event) => patch({ place: event.target.value })} placeholder="如：北京协和医院心内科" />
            </Form.Item>
            <Form.Item label="事由">
              <Input aria-label="外出事由" value={editing.form.reason} onChange={(event) => patch({ reason: event.target.value })} placeholder="如：进修、援疆、外派学习" />
            </Form.Item>
            <Form.Item label="流动党员活动证编号">
              <Input aria-label="流动党员活动证编号" value={editing.form.certificate} onChange={(event) => patch({ certificate: event.target.value })} />
            </Form.Item>
            <Form.Item label="外出期间党费" required>
              <Select aria-label="外出期间党费" value={editing.form.duesArrangement} options={DUES_OPTIONS} onChange={(duesArrangement) => patch({ duesArrangement })} />
            </Form.Item>
            <Form.Item label="党费说明">
              <Input aria-label="党费说明" value={editing.form.duesNote} onChange={(event) => patch({ duesNote: event.target.value })} placeholder="如：已预交至 2027 年 6 月" />
            </Form.Item>
            {editing.form.from && reachesTransferMonths(editing.form, today, ruleSet.rules) && (
              <Alert type="warning" showIcon message={`外出满 ${transferMonths.value} 个月：${transferMonths.description}`} style={{ marginBottom: 12 }} />
            )}
            {refusal && <Alert type="error" showIcon role="alert" message={refusal} />}
          </Form>
        )}
      </Modal>
    </Space>
  );
}
