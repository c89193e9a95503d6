import { Alert, App, Button, Descriptions, Divider, Drawer, Form, Input, InputNumber, Radio, Row, Select, Space } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { formatFen } from '../../../../shared/dues/dues-amount';
import { DUES_CATEGORIES, DUES_CATEGORY_LABELS, INCOME_PART_LABELS, type DuesBaseRecord } from '../../../../shared/dues/dues-types';
import { validateDuesBase } from '../../../../shared/dues/dues-validation';
import { MONTHS_OF_YEAR } from '../../../../shared/dues/months';
import { FormField } from '../../shell/FormField';
import { formErrorsOf } from '../../shell/form-errors';
import { useActiveRules } from '../../core/rules/active-rules';
import { baseInputOf, computeBase, formPartsOf, formValuesOf, rateText, startingBase, type BaseFormValues } from './base-form';
import { duesRepository } from './data/dues-repository';

/** What the drawer edits: a stored base, or a new one for a member from a month. */
export type BaseTarget = { base: DuesBaseRecord } | { memberId: string; year: number; fromMonth: number };

interface BaseFormDrawerProps {
  target: BaseTarget | undefined;
  branchId: string;
  memberName: (memberId: string) => string;
  bases: readonly DuesBaseRecord[];
  onClose: () => void;
}

const CATEGORY_OPTIONS = DUES_CATEGORIES.map((value) => ({ value, label: DUES_CATEGORY_LABELS[value] }));
const MONTH_OPTIONS = MONTHS_OF_YEAR.map((value) => ({ value, label: `${value}月` }));
const HARDSHIP_OPTIONS = [
  { value: 'none', label: '无' },
  { value: 'reduced', label: '少交' },
  { value: 'waived', label: '免交' },
];

function MoneyField({ name, label }: { name: (string | number)[]; label: string }) {
  return (
    <FormField name={name} label={label} span={8}>
      <InputNumber aria-label={label} min={0} precision={2} step={100} addonAfter="元" style={{ width: '100%' }} />
    </FormField>
  );
}

/** 党费基数: the income parts, the category, a hardship reduction, and the live result. */
export function BaseFormDrawer({ target, branchId, memberName, bases, onClose }: BaseFormDrawerProps) {
  const { message } = App.useApp();
  const { ruleSet } = useActiveRules();
  const rules = ruleSet.rules.dues;
  const [form] = Form.useForm<BaseFormValues>();
  const [saving, setSaving] = useState(false);
  const fieldsInError = useRef<string[]>([]);
  const editing = target && 'base' in target ? target.base : undefined;
  const start = useMemo(() => {
    if (!target) return undefined;
    return formValuesOf('base' in target ? target.base : startingBase(target.memberId, bases, target.year, target.fromMonth));
  }, [target, bases]);
  const values = Form.useWatch([], form) as BaseFormValues | undefined;
  const category = values?.category ?? start?.category ?? 'employed';
  const hardshipKind = values?.hardship?.kind ?? 'none';
  const computed = useMemo(() => (values?.category ? computeBase(baseInputOf(values), rules) : undefined), [values, rules]);

  useEffect(() => {
    if (!start) return;
    form.resetFields();
    form.setFieldsValue(start);
    fieldsInError.current = [];
  }, [start, form]);

  if (!target || !start) return null;
  const name = memberName(start.memberId);

  async function save() {
    const input = baseInputOf(form.getFieldsValue(true) as BaseFormValues);
    const errors = validateDuesBase(input, rules);
    form.setFields(formErrorsOf(errors, fieldsInError.current) as never);
    fieldsInError.current = Object.keys(errors);
    if (fieldsInError.current.length > 0) {
      message.error(`有 ${fieldsInError.current.length} 处需要修改，请查看标红的栏目。`);
      return;
    }
    setSaving(true);
    try {
      await duesRepository.saveBase(branchId, input, rules, editing?.id);
      message.success(`已保存${name}自 ${input.year} 年 ${input.fromMonth} 月起的党费基数，每月应交 ${formatFen(computeBase(input, rules).monthlyFen)}。`);
      onClose();
    } catch (error) {
      message.error(`保存失败，已填写的内容仍在表单中：${(error as Error).message}`);
    } finally {
      setSaving(false);
    }
  }

  const footer = (
    <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
      <Button onClick={onClose}>取消</Button>
      <Button type="primary" loading={saving} onClick={() => void save()}>
        保存基数
      </Button>
    </Space>
  );

  return (
    <Drawer open onClose={onClose} width={760} title={`${editing ? '修改' : '登记'}党费基数：${name}`} footer={footer} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={start}>
        <Row gutter={16}>
          <FormField name="year" label="年度" span={8} required>
            <InputNumber aria-label="年度" min={2008} max={2100} precision={0} style={{ width: '100%' }} />
          </FormField>
          <FormField name="fromMonth" label="自几月起执行" span={8} required tooltip="新基数从该月起计算，之前的月份仍按原基数。">
            <Select aria-label="自几月起执行" options={MONTH_OPTIONS} />
          </FormField>
          <FormField name="category" label="党员类别" span={8} required>
            <Select aria-label="党员类别" options={CATEGORY_OPTIONS} />
          </FormField>
        </Row>
        {category === 'flat' ? (
          <Alert type="info" showIcon message={`学生党员、下岗失业党员、领取最低生活保障金的党员每月交纳 ${formatFen(rules.flatMonthlyFen.value)}，无需填写收入。`} />
        ) : (
          <>
            <Divider titlePlacement="start">{category === 'retired' ? '离退休费（每月）' : '每月工资收入（按税后计算）'}</Divider>
            <Row gutter={16}>
              {formPartsOf(category).map((part) => (
                <MoneyField key={part} name={['income', part]} label={INCOME_PART_LABELS[part]} />
              ))}
            </Row>
          </>
        )}
        <Divider titlePlacement="start">生活困难党员少交或免交</Divider>
        <Row gutter={16}>
          <FormField name={['hardship', 'kind']} label="减免" span={8}>
            <Radio.Group options={HARDSHIP_OPTIONS} optionType="button" />
          </FormField>
          {hardshipKind === 'reduced' && <MoneyField name={['hardship', 'monthlyFen']} label="批准后每月交纳" />}
          {hardshipKind !== 'none' && (
            <FormField name={['hardship', 'approvalRef']} label="上级党委批准文号" span={8} required>
              <Input aria-label="上级党委批准文号" maxLength={60} placeholder="如：院党委〔2026〕12号" />
            </FormField>
          )}
        </Row>
        <Row gutter={16}>
          <FormField name="note" label="备注" span={24}>
            <Input.TextArea aria-label="备注" maxLength={200} autoSize={{ minRows: 1, maxRows: 3 }} />
          </FormField>
        </Row>
      </Form>
      {computed && (
        <section aria-label="党费计算结果">
          <Descriptions bordered size="small" column={2} title="计算结果">
            <Descriptions.Item label="月缴纳基数">{category === 'flat' ? '—' : formatFen(computed.baseFen)}</Descriptions.Item>
            <Descriptions.Item label="交纳比例">{computed.rateBasisPoints === null ? '固定金额' : rateText(computed.rateBasisPoints)}</Descriptions.Item>
            <Descriptions.Item label="按规定每月应交">{formatFen(computed.standardFen)}</Descriptions.Item>
            <Descriptions.Item label="每月实际应交">
              <strong>{formatFen(computed.monthlyFen)}</strong>
              {computed.monthlyFen !== computed.standardFen && '（经批准减免）'}
            </Descriptions.Item>
          </Descriptions>
        </section>
      )}
    </Drawer>
  );
}
