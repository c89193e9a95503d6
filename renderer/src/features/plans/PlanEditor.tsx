import { Alert, Button, Form, Input, InputNumber, Popconfirm, Select, Space, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { MemberRecord } from '../../../../shared/members/member';
import {
  DEVELOPMENT_TARGET_LABELS,
  DEVELOPMENT_TARGETS,
  PLAN_BODY_MAX,
  PLAN_COUNT_MAX,
  PLAN_MEETINGS_MAX,
  PLAN_THEME_MAX,
  planTitle,
  type BranchPlanRecord,
  type DevelopmentTarget,
  type PlanKind,
  type PlanMonth,
} from '../../../../shared/plans/plan';
import { developmentCandidates, PLAN_BODY_TEMPLATES, planMonths, planPerson, stageLabel, type YearSummaryDraft } from '../../../../shared/plans/plan-prefill';
import type { PlanDraft } from '../../../../shared/plans/plan-validation';
import type { MeetingRules } from '../../../../shared/rules/rule-types';
import { DateInput } from '../../shell/DateInput';
import { useBusyAction } from '../../shell/use-busy-action';
import { planRepository, PlanRefusedError } from './data/plan-repository';
import { PlanFigures } from './PlanContentView';

interface EditorValues {
  body: string;
  months: PlanMonth[];
  developmentCount: number;
  peopleIds: string[];
  targets: Record<string, DevelopmentTarget>;
  signedBy: string;
  signedOn: string;
}

export interface PlanEditorProps {
  branchId: string;
  year: number;
  kind: PlanKind;
  existing: BranchPlanRecord | undefined;
  members: readonly MemberRecord[];
  meetings: MeetingRules;
  /** The 总结's figures and body as the ledger makes them now (yearSummary only). */
  summary: YearSummaryDraft | undefined;
  signer: string;
  today: string;
  onSent: () => void;
}

function initialValues({ existing, kind, year, meetings, summary, signer, today }: PlanEditorProps): EditorValues {
  const people = existing?.people ?? [];
  return {
    body: existing?.body ?? (kind === 'yearSummary' ? (summary?.body ?? '') : PLAN_BODY_TEMPLATES[kind]),
    months: existing?.months.length ? existing.months : kind === 'annualPlan' ? planMonths(meetings, year) : [],
    developmentCount: existing?.developmentCount ?? 0,
    peopleIds: people.map((person) => person.memberId),
    targets: Object.fromEntries(people.map((person) => [person.memberId, person.target])),
    signedBy: existing?.signedBy || signer,
    signedOn: existing?.signedOn || today,
  };
}

/**
 * The secretary's editor of one plan or summary: pre-filled (the months from the rule set, the
 * 总结 from the year's figures), edited, saved as a draft or signed and sent. A refusal lists
 * every reason and stores nothing.
 */
export function PlanEditor(props: PlanEditorProps) {
  const { branchId, year, kind, existing, members, meetings, summary, today, onSent } = props;
  const [form] = Form.useForm<EditorValues>();
  const [errors, setErrors] = useState<string[]>([]);
  const saving = useBusyAction();
  const candidates = useMemo(() => developmentCandidates(members, today), [members, today]);
  const chosen = Form.useWatch('peopleIds', form) ?? [];
  const title = planTitle(year, kind);

  function draftOf(values: EditorValues): PlanDraft {
    const byId = new Map(candidates.map((member) => [member.id, member]));
    const planned = new Map((existing?.people ?? []).map((person) => [person.memberId, person]));
    return {
      year,
      kind,
      body: values.body ?? '',
      months: kind === 'annualPlan' ? values.months : [],
      developmentCount: kind === 'developmentPlan' ? (values.developmentCount ?? 0) : 0,
      people:
        kind === 'developmentPlan'
          ? (values.peopleIds ?? []).map((id) => {
              const member = byId.get(id);
              // A person planned before and since moved on keeps the line as planned.
              const base = member ? planPerson(member) : planned.get(id) ?? { memberId: id, name: id, stage: 'applicant' as const, target: 'activist' as const };
              return { ...base, target: values.targets?.[id] ?? base.target };
            })
          : [],
      figures: kind === 'yearSummary' ? (summary?.figures ?? []) : [],
      signedBy: values.signedBy ?? '',
      signedOn: values.signedOn ?? '',
    };
  }

  function run(task: (draft: PlanDraft) => Promise<string>, then?: () => void) {
    setErrors([]);
    const draft = draftOf(form.getFieldsValue(true) as EditorValues);
    void saving.run(async () => {
      try {
        return await task(draft);
      } catch (error) {
        if (error instanceof PlanRefusedError) setErrors(error.errors);
        throw error instanceof PlanRefusedError ? new Error(`${title}未保存，请按提示修改。`) : error;
      }
    }, then);
  }

  const saveDraft = () => run(async (draft) => (await planRepository.saveDraft(branchId, draft, today), `${title}草稿已保存。`));
  const send = () =>
    run(async (draft) => {
      await planRepository.submit(branchId, draft, today, new Set(candidates.map((member) => member.id).concat(existing?.people.map((person) => person.memberId) ?? [])));
      return `${title}已签发，请在“数据交换”中导出报送包报送院党委。`;
    }, onSent);

  return (
    <Form<EditorValues> form={form} layout="vertical" initialValues={initialValues(props)} aria-label={`${title}编辑`}>
      <Form.Item name="body" label={kind === 'yearSummary' ? '总结正文' : '计划正文'}>
        <Input.TextArea rows={10} maxLength={PLAN_BODY_MAX} showCount />
      </Form.Item>
      {kind === 'annualPlan' && (
        <>
          <Space style={{ marginBottom: 8 }}>
            <Typography.Text strong>主题党日和会议安排（按本院规则集的会议频次预填，可修改）</Typography.Text>
            <Popconfirm title="按规则集重新填写会议安排？" description="各月已填写的会议安排和主题将被替换。" okText="重新填写" cancelText="取消" onConfirm={() => form.setFieldValue('months', planMonths(meetings, year))}>
              <Button size="small">按规则集重新填写</Button>
            </Popconfirm>
          </Space>
          <Form.List name="months">
            {(fields) => (
              <Table
                size="small"
                bordered
                pagination={false}
                rowKey="key"
                aria-label="逐月安排"
                dataSource={fields}
                columns={[
                  { title: '月份', width: 60, render: (_, field) => `${field.name + 1}月` },
                  {
                    title: '主题党日主题',
                    render: (_, field) => (
                      <Form.Item name={[field.name, 'theme']} noStyle>
                        <Input aria-label={`${field.name + 1}月主题党日主题`} maxLength={PLAN_THEME_MAX} />
                      </Form.Item>
                    ),
                  },
                  {
                    title: '会议安排',
                    render: (_, field) => (
                      <Form.Item name={[field.name, 'meetings']} noStyle>
                        <Input aria-label={`${field.name + 1}月会议安排`} maxLength={PLAN_MEETINGS_MAX} />
                      </Form.Item>
                    ),
                  },
                ]}
              />
            )}
          </Form.List>
        </>
      )}
      {kind === 'developmentPlan' && (
        <>
          <Form.Item name="developmentCount" label="计划发展（接收为预备党员）人数" style={{ maxWidth: 320 }}>
            <InputNumber min={0} max={PLAN_COUNT_MAX} precision={0} addonAfter="名" style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="peopleIds" label="培养发展名单（从名册中的入党申请人、积极分子、发展对象中选择）" extra={candidates.length === 0 ? '名册中没有入党申请人、积极分子或发展对象。' : undefined}>
            <Select mode="multiple" aria-label="培养发展名单" placeholder="选择人员" optionFilterProp="label" options={candidates.map((member) => ({ value: member.id, label: `${member.name}（${stageLabel(member.stage)}）` }))} />
          </Form.Item>
          {chosen.length > 0 && (
            <Table
              size="small"
              bordered
              pagination={false}
              rowKey={(id) => id}
              aria-label="本年度安排"
              dataSource={chosen}
              columns={[
                { title: '姓名', render: (_, id: string) => candidates.find((member) => member.id === id)?.name ?? existing?.people.find((person) => person.memberId === id)?.name ?? id },
                {
                  title: '本年度安排',
                  render: (_, id: string) => {
                    const member = candidates.find((each) => each.id === id);
                    return (
                      <Form.Item name={['targets', id]} noStyle initialValue={member ? planPerson(member).target : undefined}>
                        <Select aria-label={`${member?.name ?? id}本年度安排`} style={{ width: 200 }} options={DEVELOPMENT_TARGETS.map((value) => ({ value, label: DEVELOPMENT_TARGET_LABELS[value] }))} />
                      </Form.Item>
                    );
                  },
                },
              ]}
              style={{ marginBottom: 16 }}
            />
          )}
        </>
      )}
      {kind === 'yearSummary' && summary && (
        <div style={{ marginBottom: 16 }}>
          <Typography.Text strong>全年数据（由台账自动生成，签发时随总结报送；如有不符，请先修改相应记录）</Typography.Text>
          <PlanFigures figures={summary.figures} />
        </div>
      )}
      <Space wrap align="start">
        <Form.Item name="signedBy" label="签发人" style={{ width: 200 }}>
          <Input maxLength={50} aria-label="签发人" />
        </Form.Item>
        <Form.Item name="signedOn" label="签发日期" style={{ width: 200 }}>
          <DateInput aria-label="签发日期" />
        </Form.Item>
      </Space>
      {errors.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          message={`${title}未保存`}
          description={
            <ul className="plain-list">
              {errors.map((error) => (
                <li key={error}>{error}</li>
              ))}
            </ul>
          }
        />
      )}
      <Space style={{ display: 'flex' }}>
        {!existing?.submittedAt && (
          <Button onClick={saveDraft} loading={saving.busy}>
            保存草稿
          </Button>
        )}
        {existing?.submittedAt ? (
          <Popconfirm title={`重新报送${title}？`} description="将替换已报送的版本，院党委需重新审阅。" okText="签发并报送" cancelText="取消" onConfirm={send}>
            <Button type="primary" loading={saving.busy}>
              签发并报送
            </Button>
          </Popconfirm>
        ) : (
          <Button type="primary" onClick={send} loading={saving.busy}>
            签发并报送
          </Button>
        )}
      </Space>
    </Form>
  );
}
