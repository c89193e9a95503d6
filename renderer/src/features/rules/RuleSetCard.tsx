import { Alert, App, Button, Card, Descriptions, Form, Input, InputNumber, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { NATIONAL_RULE_SET } from '../../../../shared/rules/national-rule-set';
import { useInstallation } from '../../core/installation/use-installation';
import { useActiveRules } from '../../core/rules/active-rules';
import { ActiveRuleSetLabel } from './ActiveRuleSetLabel';
import { EDITABLE_STUDY_RULES, RuleSetRefusedError, ruleSetRepository, type EditableStudyRule, type RuleSetEdit } from '../../core/rules/rule-set-repository';

const STUDY_KEYS = Object.keys(EDITABLE_STUDY_RULES) as EditableStudyRule[];

/** Central office: the rule set every branch applies, its study targets editable, sent with the next enrolment files and 回执. */
export function RuleSetCard() {
  const { message } = App.useApp();
  const installation = useInstallation();
  const { ruleSet } = useActiveRules();
  const [form] = Form.useForm<RuleSetEdit>();
  const [errors, setErrors] = useState<string[]>([]);

  useEffect(() => {
    // A set of the office's own gets its name, not the national defaults' one.
    const name = ruleSet.id === NATIONAL_RULE_SET.id ? `${installation.name}规则` : ruleSet.name;
    form.setFieldsValue({ name, study: Object.fromEntries(STUDY_KEYS.map((key) => [key, ruleSet.rules.study[key].value])) as RuleSetEdit['study'] });
  }, [form, ruleSet, installation.name]);

  async function publish(edit: RuleSetEdit) {
    setErrors([]);
    try {
      const saved = await ruleSetRepository.publish(edit, { id: installation.ownerId, name: installation.name });
      message.success(`已保存规则集“${saved.name}”第 ${saved.version} 版，将随下一次导出的回执和登记文件下发各支部。`);
    } catch (error) {
      if (error instanceof RuleSetRefusedError) setErrors(error.errors);
      else throw error;
    }
  }

  return (
    <Card title="下发规则集">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Descriptions size="small" bordered column={1}>
          <Descriptions.Item label="现行规则集">
            <ActiveRuleSetLabel storedSource="本机保存于" />
          </Descriptions.Item>
        </Descriptions>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          修改后保存为新的版本，随每个支部的下一次回执（及新的登记文件）下发；支部导入后即按新规则核算。其余规则沿用全国通用默认值。
        </Typography.Paragraph>
        <Form form={form} layout="inline" onFinish={(edit) => void publish(edit)}>
          <Form.Item name="name" label="规则集名称" rules={[{ required: true, message: '请填写规则集名称' }]}>
            <Input style={{ width: 240 }} />
          </Form.Item>
          {STUDY_KEYS.map((key) => (
            <Form.Item key={key} name={['study', key]} label={EDITABLE_STUDY_RULES[key].label} rules={[{ required: true, message: '请填写学时' }]}>
              <InputNumber min={0} precision={0} addonAfter="学时" style={{ width: 140 }} />
            </Form.Item>
          ))}
          <Form.Item>
            <Button type="primary" htmlType="submit">
              保存为新版本
            </Button>
          </Form.Item>
        </Form>
        {errors.length > 0 && <Alert type="error" showIcon message="规则集未保存" description={errors.join('')} />}
      </Space>
    </Card>
  );
}
