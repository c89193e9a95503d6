import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Input, InputNumber, Select, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { maxTotal } from '../../../../shared/assessment/points';
import { ASSESSMENT_PERIODS, MEMBER_POINT_UNITS, type MemberPointsItem, PERIOD_KIND_LABELS, type AssessmentItem, type AssessmentScheme } from '../../../../shared/assessment/scheme-types';
import { newId } from '../../../../shared/records/base-record';
import { RuleSetRefusedError, ruleSetRepository } from '../../core/rules/rule-set-repository';
import { useInstallation } from '../../core/installation/use-installation';
import { AreaEditor } from './AreaEditor';
import { RuleCell } from './RuleCell';
import { useAssessmentScheme } from './use-assessment';

const PERIOD_OPTIONS = ASSESSMENT_PERIODS.map((period) => ({ value: period, label: PERIOD_KIND_LABELS[period] }));

type NewItemKind = 'manual' | 'automatic' | 'deduction' | 'veto';
const NEW_ITEMS: Record<NewItemKind, { title: string; scoring: AssessmentItem['scoring']; maxPoints: number }> = {
  manual: { title: '新增考核项目', scoring: { kind: 'manual' }, maxPoints: 5 },
  automatic: { title: '新增自动计分项目', scoring: { kind: 'automatic', figure: 'talkCoverage', rule: { kind: 'linear', zeroAtPercent: 0, fullAtPercent: 100 }, whenNoData: 'full' }, maxPoints: 5 },
  deduction: { title: '新增扣分项目', scoring: { kind: 'deduction' }, maxPoints: 5 },
  veto: { title: '新增一票否决项目', scoring: { kind: 'veto', capAt: 59 }, maxPoints: 0 },
};

/**
 * Central office: the 考核方案 editor. Every save is checked whole (validateAssessmentScheme)
 * and published as a new version with the rule set, which every enrolment file and 回执 carries.
 */
export function SchemeEditor() {
  const { message } = App.useApp();
  const installation = useInstallation();
  const current = useAssessmentScheme();
  const [draft, setDraft] = useState<AssessmentScheme>(current);
  const [errors, setErrors] = useState<string[]>([]);
  useEffect(() => setDraft(current), [current]);
  const areaOptions = draft.areas.map((area) => ({ value: area.id, label: area.label }));

  const setItem = (id: string, patch: Partial<AssessmentItem>) => setDraft({ ...draft, items: draft.items.map((item) => (item.id === id ? { ...item, ...patch } : item)) });
  const setPointsItem = (id: string, patch: Partial<MemberPointsItem>) => setDraft({ ...draft, memberPoints: draft.memberPoints.map((item) => (item.id === id ? { ...item, ...patch } : item)) });
  /**
   * A new item at the end, in the first area: scored by the office, from a figure of the ledger
   * (谈心谈话覆盖率 first; any other can be picked), a deduction (up to its points) or a veto
   * (capping the total at 59, as the default scheme's). The office then names it and says what it checks.
   */
  function addItem(kind: NewItemKind) {
    const { title, scoring, maxPoints } = NEW_ITEMS[kind];
    const item: AssessmentItem = { id: newId(), areaId: draft.areas[0]!.id, title, criteria: '', maxPoints, period: kind === 'veto' || kind === 'deduction' ? 'quarter' : 'year', scoring, source: `${installation.name}规定` };
    setDraft({ ...draft, items: [...draft.items, item] });
  }

  async function save() {
    try {
      const published = await ruleSetRepository.publishAssessment(draft, { id: installation.ownerId, name: installation.name });
      setErrors([]);
      message.success(`考核方案已保存为第 ${published.assessment!.version} 版，随登记文件和回执下发各支部。`);
    } catch (error) {
      setErrors(error instanceof RuleSetRefusedError ? error.errors : [(error as Error).message]);
      message.error('考核方案未保存，请按提示修改。');
    }
  }

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Card>
        <Space wrap size="large">
          <Input aria-label="考核方案名称" value={draft.name} onChange={(event) => setDraft({ ...draft, name: event.target.value })} style={{ width: 320 }} />
          <Space>
            <span>每季度流动红旗</span>
            <InputNumber aria-label="每季度流动红旗数量" min={0} value={draft.flagsPerQuarter} onChange={(value) => setDraft({ ...draft, flagsPerQuarter: value ?? Number.NaN })} addonAfter="面" style={{ width: 110 }} />
          </Space>
          <Space>
            <span>一至五星门槛</span>
            {draft.starThresholds.map((threshold, index) => (
              <InputNumber
                key={index}
                aria-label={`${index + 1}星门槛`}
                size="small"
                value={threshold}
                style={{ width: 64 }}
                onChange={(value) => setDraft({ ...draft, starThresholds: draft.starThresholds.map((each, at) => (at === index ? (value ?? Number.NaN) : each)) as AssessmentScheme['starThresholds'] })}
              />
            ))}
          </Space>
        </Space>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          当前第 {current.version} 版。季度满分 {maxTotal(draft.items, 'quarter')} 分（季度排名、流动红旗），年度满分 {maxTotal(draft.items, 'year')} 分（星级）。并列时依次比较：
          {draft.tieBreaks.map((rule) => (rule.kind === 'automatic' ? '自动计分合计' : rule.kind === 'deductions' ? '扣分较少' : `“${draft.areas.find((area) => area.id === rule.areaId)?.label}”得分`)).join('、')}。
        </Typography.Paragraph>
      </Card>
      <AreaEditor scheme={draft} onChange={(areas) => setDraft({ ...draft, areas })} />
      {errors.length > 0 && <Alert type="error" showIcon message="考核方案未保存" description={<ul>{errors.map((error) => <li key={error}>{error}</li>)}</ul>} />}
      <Table<AssessmentItem>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={draft.items}
        columns={[
          { title: '类别', key: 'area', width: 120, render: (_, item) => <Select aria-label={`${item.title}类别`} size="small" showSearch optionFilterProp="label" value={item.areaId} options={areaOptions} onChange={(areaId) => setItem(item.id, { areaId })} style={{ width: 110 }} /> },
          {
            title: '考核项目与考核标准',
            key: 'title',
            width: 260,
            render: (_, item) => (
              <Space direction="vertical" size={2} style={{ width: '100%' }}>
                <Input aria-label={`${item.title}名称`} size="small" value={item.title} onChange={(event) => setItem(item.id, { title: event.target.value })} />
                <Input.TextArea aria-label={`${item.title}考核标准`} size="small" autoSize={{ minRows: 1, maxRows: 4 }} value={item.criteria} placeholder="考核标准：检查什么、如何计分（支部在考核页面看到）" onChange={(event) => setItem(item.id, { criteria: event.target.value })} />
              </Space>
            ),
          },
          { title: '周期', key: 'period', width: 90, render: (_, item) => <Select aria-label={`${item.title}周期`} size="small" value={item.period} options={PERIOD_OPTIONS} onChange={(period) => setItem(item.id, { period })} /> },
          { title: '分值', key: 'max', width: 90, render: (_, item) => <InputNumber aria-label={`${item.title}分值`} size="small" value={item.maxPoints} onChange={(value) => setItem(item.id, { maxPoints: value ?? Number.NaN })} style={{ width: 80 }} /> },
          { title: '计分', key: 'rule', width: 280, render: (_, item) => <RuleCell item={item} onChange={(scoring) => setItem(item.id, { scoring })} /> },
          { title: '来源/依据', key: 'source', width: 200, render: (_, item) => <Input.TextArea aria-label={`${item.title}依据`} size="small" autoSize={{ minRows: 1, maxRows: 4 }} value={item.source} placeholder="出处：文件、细则条款或党委决定" onChange={(event) => setItem(item.id, { source: event.target.value })} /> },
          { title: '', key: 'remove', width: 50, render: (_, item) => <Button type="text" aria-label={`删除${item.title}`} icon={<DeleteOutlined />} onClick={() => setDraft({ ...draft, items: draft.items.filter((each) => each.id !== item.id) })} /> },
        ]}
      />
      <Card size="small" title="党员积分与评先评优">
        <Table<MemberPointsItem>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={draft.memberPoints}
          columns={[
            { title: '积分项目', dataIndex: 'label', width: 160 },
            {
              title: '每单位积分',
              key: 'per',
              width: 170,
              render: (_, item) => (
                <InputNumber aria-label={`${item.label}每单位积分`} size="small" value={item.pointsPerUnit} onChange={(value) => setPointsItem(item.id, { pointsPerUnit: value ?? Number.NaN })} addonAfter={`分/${MEMBER_POINT_UNITS[item.source]}`} style={{ width: 150 }} />
              ),
            },
            { title: '全年最高', key: 'max', width: 130, render: (_, item) => <InputNumber aria-label={`${item.label}最高积分`} size="small" value={item.maxPoints} onChange={(value) => setPointsItem(item.id, { maxPoints: value ?? Number.NaN })} addonAfter="分" style={{ width: 110 }} /> },
            { title: '依据', dataIndex: 'basis', render: (basis: string) => <Typography.Text type="secondary">{basis}</Typography.Text> },
          ]}
        />
        <Space style={{ marginTop: 8 }}>
          <span>评先评优公示期</span>
          <InputNumber aria-label="评先评优公示工作日" min={1} value={draft.awards.publicityWorkingDays} onChange={(value) => setDraft({ ...draft, awards: { publicityWorkingDays: value ?? Number.NaN } })} addonAfter="个工作日" style={{ width: 150 }} />
        </Space>
      </Card>
      <Space>
        <Button icon={<PlusOutlined />} onClick={() => addItem('manual')}>
          新增人工评分项目
        </Button>
        <Button icon={<PlusOutlined />} onClick={() => addItem('automatic')}>
          新增自动计分项目
        </Button>
        <Button icon={<PlusOutlined />} onClick={() => addItem('deduction')}>
          新增扣分项目
        </Button>
        <Button icon={<PlusOutlined />} onClick={() => addItem('veto')}>
          新增一票否决项目
        </Button>
        <Button onClick={() => { setDraft(current); setErrors([]); }}>放弃修改</Button>
        <Button type="primary" onClick={() => void save()}>
          保存并下发考核方案
        </Button>
      </Space>
    </Space>
  );
}
