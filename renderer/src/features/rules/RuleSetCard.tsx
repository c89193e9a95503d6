import { Alert, App, Button, Card, Col, Descriptions, Divider, Form, Input, InputNumber, Row, Select, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { BRANCH_KIND_LABELS, BRANCH_KINDS } from '../../../../shared/branch/branch';
import { FREQUENCY_CHOICES, frequencyKey } from '../../../../shared/rules/frequency-text';
import { NATIONAL_RULE_SET } from '../../../../shared/rules/national-rule-set';
import { MEETING_TYPE_LABELS, MEETING_TYPES, type MeetingFrequency, type MeetingType, type RuleSet } from '../../../../shared/rules/rule-types';
import { useInstallation } from '../../core/installation/use-installation';
import { RuleSetRefusedError, ruleSetRepository, type RuleSetEdit } from '../../core/rules/rule-set-repository';
import { localToday } from '../../core/today';
import { DateInput } from '../../shell/DateInput';
import { ActiveRuleSetLabel } from './ActiveRuleSetLabel';
import { CalendarYearCard } from './CalendarYearCard';

const PLAN_DUE_FIELDS = [
  ['annualPlan', '年度工作计划'],
  ['developmentPlan', '发展党员工作计划'],
  ['yearSummary', '年度工作总结'],
] as const;

/** The form's values: frequencies as select keys ('1/month'), the rest as the edit has them. */
type FormValues = Omit<RuleSetEdit, 'meetings'> & { meetings: Record<MeetingType, string> };

const CHOICE_BY_KEY = new Map(FREQUENCY_CHOICES.map((choice) => [frequencyKey(choice.value), choice.value]));

function choicesFor(current: MeetingFrequency) {
  const options = FREQUENCY_CHOICES.map((choice) => ({ label: choice.label, value: frequencyKey(choice.value) }));
  // A frequency the set has but the choices lack (e.g. 3 a quarter from a hand-made set) stays selectable.
  const key = frequencyKey(current);
  return CHOICE_BY_KEY.has(key) ? options : [...options, { label: `当前：${current.times} 次/${current.per}`, value: key }];
}

function formValuesOf(ruleSet: RuleSet, name: string): FormValues {
  const { meetings, study } = ruleSet.rules;
  return {
    name,
    effectiveFrom: localToday(),
    meetings: Object.fromEntries(MEETING_TYPES.map((type) => [type, frequencyKey(meetings[type].value)])) as Record<MeetingType, string>,
    studySessionsPerMonth: study.collectiveStudy.value.per === 'month' ? study.collectiveStudy.value.times : 1,
    study: { memberAnnualHours: study.memberAnnualHours.value, leaderAnnualHours: study.leaderAnnualHours.value },
    noteTargets: study.noteTargets.value,
    monthlyReportDay: meetings.monthlyReportDay.value,
    planDue: { annualPlan: meetings.annualPlanDue.value, developmentPlan: meetings.developmentPlanDue.value, yearSummary: meetings.yearSummaryDue.value },
  };
}

/**
 * Central office: its local rules — how often each meeting is held, study sessions a month,
 * 学时, note targets by branch kind, the monthly report day, the days plans and summaries are due — published as a new version of
 * the rule set with a date from which the changes apply, and sent with the next enrolment
 * files and 回执; the working-day calendar below is published the same way.
 */
export function RuleSetCard() {
  const { message } = App.useApp();
  const installation = useInstallation();
  // The set as published, future-dated values included: that is what the office edits.
  const published = useLiveQuery(async () => (await ruleSetRepository.active()).ruleSet, []);
  const [form] = Form.useForm<FormValues>();
  const [errors, setErrors] = useState<string[]>([]);
  const effectiveFrom = Form.useWatch('effectiveFrom', form);

  useEffect(() => {
    if (!published) return;
    // A set of the office's own gets its name, not the national defaults' one.
    form.setFieldsValue(formValuesOf(published, published.id === NATIONAL_RULE_SET.id ? `${installation.name}规则` : published.name));
  }, [form, published, installation.name]);

  async function publish(values: FormValues) {
    setErrors([]);
    const meetings = Object.fromEntries(MEETING_TYPES.map((type) => [type, CHOICE_BY_KEY.get(values.meetings[type]) ?? published!.rules.meetings[type].value]));
    try {
      const saved = await ruleSetRepository.publish({ ...values, meetings }, { id: installation.ownerId, name: installation.name });
      message.success(`已保存规则集“${saved.name}”第 ${saved.version} 版，自 ${saved.effectiveFrom} 起适用，将随下一次导出的回执和登记文件下发各支部。`);
    } catch (error) {
      if (error instanceof RuleSetRefusedError) setErrors(error.errors);
      else throw error;
    }
  }

  const backdated = typeof effectiveFrom === 'string' && effectiveFrom !== '' && effectiveFrom < localToday();

  return (
    <>
      <Card title="下发规则集">
        <Space direction="vertical" style={{ width: '100%' }}>
          <Descriptions size="small" bordered column={1}>
            <Descriptions.Item label="现行规则集">
              <ActiveRuleSetLabel storedSource="本机保存于" />
            </Descriptions.Item>
          </Descriptions>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            修改后保存为新的版本，随每个支部的下一次回执（及新的登记文件）下发。改动自“生效日期”起适用：此前已开始的月份、季度或年度仍按原规则核算，不会把过去的台账改成“未召开”；如需追溯，请选择更早的生效日期。未列出的规则沿用全国通用默认值。
          </Typography.Paragraph>
          {/* No submit on Enter: typing a date and pressing Enter must not publish a version. */}
          <Form form={form} layout="vertical" aria-label="本院规则">
            <Row gutter={16}>
              <Col span={10}>
                <Form.Item name="name" label="规则集名称" rules={[{ required: true, message: '请填写规则集名称' }]}>
                  <Input />
                </Form.Item>
              </Col>
              <Col span={6}>
                <Form.Item name="effectiveFrom" label="生效日期" rules={[{ required: true, message: '请选择生效日期' }]}>
                  <DateInput aria-label="生效日期" />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item name="monthlyReportDay" label="每月报送截止日" rules={[{ required: true, message: '请填写报送截止日' }]}>
                  <InputNumber min={1} max={31} precision={0} addonBefore="每月" addonAfter="日前" style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            </Row>
            {backdated && <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={`生效日期早于今天：改动将追溯适用于 ${effectiveFrom} 起开始的期间，各支部这些期间的落实情况会按新规则重新核算。`} />}
            <Divider titlePlacement="start" plain>
              计划总结报送截止日期
            </Divider>
            <Row gutter={16}>
              {PLAN_DUE_FIELDS.map(([key, label]) => (
                <Col span={8} key={key}>
                  <Space.Compact block>
                    <Form.Item name={['planDue', key, 'month']} label={`${label}：月`} rules={[{ required: true, message: '请填写月份' }]} style={{ width: '50%' }}>
                      <InputNumber aria-label={`${label}截止月`} min={1} max={12} precision={0} addonAfter="月" style={{ width: '100%' }} />
                    </Form.Item>
                    <Form.Item name={['planDue', key, 'day']} label="日" rules={[{ required: true, message: '请填写日期' }]} style={{ width: '50%' }}>
                      <InputNumber aria-label={`${label}截止日`} min={1} max={31} precision={0} addonAfter="日前" style={{ width: '100%' }} />
                    </Form.Item>
                  </Space.Compact>
                </Col>
              ))}
            </Row>
            <Divider titlePlacement="start" plain>
              会议频次
            </Divider>
            <Row gutter={16}>
              {MEETING_TYPES.map((type) => (
                <Col span={6} key={type}>
                  <Form.Item name={['meetings', type]} label={MEETING_TYPE_LABELS[type]}>
                    <Select aria-label={MEETING_TYPE_LABELS[type]} options={published ? choicesFor(published.rules.meetings[type].value) : []} />
                  </Form.Item>
                </Col>
              ))}
            </Row>
            <Divider titlePlacement="start" plain>
              学习
            </Divider>
            <Row gutter={16}>
              <Col span={6}>
                <Form.Item name="studySessionsPerMonth" label="每月集中学习次数" rules={[{ required: true, message: '请填写次数' }]}>
                  <InputNumber min={1} max={8} precision={0} addonAfter="次" style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col span={6}>
                <Form.Item name={['study', 'memberAnnualHours']} label="党员每年学习学时" rules={[{ required: true, message: '请填写学时' }]}>
                  <InputNumber min={0} precision={0} addonAfter="学时" style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col span={6}>
                <Form.Item name={['study', 'leaderAnnualHours']} label="支部委员每年学习学时" rules={[{ required: true, message: '请填写学时' }]}>
                  <InputNumber min={0} precision={0} addonAfter="学时" style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            </Row>
            <Typography.Text strong>学习笔记要求（每名党员每年，按支部类别；0 为不作要求）</Typography.Text>
            <Row gutter={16} style={{ marginTop: 8 }}>
              {BRANCH_KINDS.map((kind) => (
                <Col span={8} key={kind}>
                  <Space.Compact block>
                    <Form.Item name={['noteTargets', kind, 'words']} label={`${BRANCH_KIND_LABELS[kind]}：笔记字数`} style={{ width: '55%' }}>
                      <InputNumber min={0} precision={0} step={1000} addonAfter="字" style={{ width: '100%' }} />
                    </Form.Item>
                    <Form.Item name={['noteTargets', kind, 'reflections']} label={`${BRANCH_KIND_LABELS[kind]}：心得体会`} style={{ width: '45%' }}>
                      <InputNumber min={0} precision={0} addonAfter="篇" style={{ width: '100%' }} />
                    </Form.Item>
                  </Space.Compact>
                </Col>
              ))}
            </Row>
            <Button type="primary" onClick={() => void form.validateFields().then(publish)}>
              保存为新版本
            </Button>
          </Form>
          {errors.length > 0 && <Alert type="error" showIcon message="规则集未保存" description={errors.join('')} />}
        </Space>
      </Card>
      <CalendarYearCard typedYears={published?.calendar?.years ?? {}} />
    </>
  );
}
