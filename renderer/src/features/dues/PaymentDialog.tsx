import { App, Button, Descriptions, Form, InputNumber, Modal, Popconfirm, Radio, Space, type GetRef } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { formatFen } from '../../../../shared/dues/dues-amount';
import { DUES_MONTH_STATUS_LABELS, ledgerMonth, type MemberDuesInput } from '../../../../shared/dues/dues-ledger';
import { clearMonth, payMonthAmount, payQuarter, type PaymentResult } from '../../../../shared/dues/dues-payments';
import { PAYMENT_METHOD_LABELS, PAYMENT_METHODS, type PaymentMethod } from '../../../../shared/dues/dues-types';
import { monthKey, QUARTER_LABELS, quarterOfMonth } from '../../../../shared/dues/months';
import { DateInput } from '../../shell/DateInput';
import { useToday } from '../../core/today';
import { useActiveRules } from '../../core/rules/active-rules';
import { duesRepository } from './data/dues-repository';
import { fenToYuan, yuanToFen } from './money';

/** The cell being entered: whose, which month. */
export interface PaymentTarget {
  input: MemberDuesInput;
  name: string;
  year: number;
  month: number;
}

interface PaymentFormValues {
  paid: number | null;
  paidOn: string;
  method: PaymentMethod;
}

export const METHOD_OPTIONS = PAYMENT_METHODS.map((value) => ({ value, label: PAYMENT_METHOD_LABELS[value] }));

/**
 * One cell of the grid: Enter in the amount saves, so a secretary goes cell by cell from
 * the keyboard. The quarter button pays the cell's quarter in advance.
 */
export function PaymentDialog({ target, branchId, onClose }: { target: PaymentTarget | undefined; branchId: string; onClose: () => void }) {
  const { message } = App.useApp();
  const { ruleSet } = useActiveRules();
  const rules = ruleSet.rules.dues;
  const today = useToday();
  const [form] = Form.useForm<PaymentFormValues>();
  const [saving, setSaving] = useState(false);
  const amountRef = useRef<GetRef<typeof InputNumber>>(null);
  const line = target ? ledgerMonth(target.input, monthKey(target.year, target.month), rules) : undefined;

  useEffect(() => {
    if (!target || !line) return;
    form.setFieldsValue({
      paid: line.entry ? fenToYuan(line.entry.paidFen) : line.dueFen !== null ? fenToYuan(line.dueFen) : null,
      paidOn: line.entry?.paidOn || today,
      method: line.entry?.method ?? 'cash',
    });
    // Only when another cell opens: typing must not be reset by a live re-read.
  }, [target]);

  if (!target || !line) return null;
  const what = `${target.name} ${target.year} 年 ${target.month} 月`;
  const quarter = quarterOfMonth(target.month);

  async function store(result: PaymentResult, done: string) {
    if (!result.ok) {
      message.error(result.error);
      return;
    }
    setSaving(true);
    try {
      await duesRepository.applyPayments(branchId, [result.write]);
      message.success(done);
      onClose();
    } catch (error) {
      message.error(`保存失败：${(error as Error).message}`);
    } finally {
      setSaving(false);
    }
  }

  const values = () => form.getFieldsValue(true) as PaymentFormValues;
  const save = () => {
    const { paid, paidOn, method } = values();
    const paidFen = yuanToFen(paid);
    return store(payMonthAmount(target.input, target.year, target.month, { paidFen, paidOn, method }, today, rules), `已登记${what}交纳 ${formatFen(paidFen)}。`);
  };
  const saveQuarter = () => {
    const { paidOn, method } = values();
    return store(payQuarter(target.input, target.year, quarter, { paidOn, method }, rules), `已登记${target.name}${target.year} 年${QUARTER_LABELS[quarter]}党费。`);
  };

  return (
    <Modal
      open
      title={`登记党费：${what}`}
      onCancel={onClose}
      destroyOnHidden
      // The dialog takes the focus when it opens; hand it to the amount, selected, so typing replaces it.
      afterOpenChange={(open) => {
        if (open) amountRef.current?.select();
      }}
      footer={
        <Space wrap>
          {line.entry && (
            <Popconfirm title={`清除${what}的交纳记录？`} description="清除会记入修改记录。" okText="清除" cancelText="取消" onConfirm={() => store({ ok: true, write: clearMonth(target.input, target.year, target.month) }, `已清除${what}的交纳记录。`)}>
              <Button danger>清除</Button>
            </Popconfirm>
          )}
          <Button onClick={() => void saveQuarter()} loading={saving}>
            按季交纳{QUARTER_LABELS[quarter]}
          </Button>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={saving} onClick={() => void save()}>
            保存
          </Button>
        </Space>
      }
    >
      <Descriptions size="small" column={2} style={{ marginBottom: 16 }}>
        <Descriptions.Item label="应交">{line.dueFen === null ? '未核定基数' : formatFen(line.dueFen)}</Descriptions.Item>
        <Descriptions.Item label="状态">{DUES_MONTH_STATUS_LABELS[line.status]}</Descriptions.Item>
      </Descriptions>
      <Form form={form} layout="vertical" onFinish={() => void save()}>
        <Form.Item name="paid" label="实交金额">
          <InputNumber ref={amountRef} aria-label="实交金额" min={0} precision={2} addonAfter="元" style={{ width: '100%' }} onPressEnter={() => void save()} />
        </Form.Item>
        <Form.Item name="paidOn" label="交纳日期">
          <DateInput aria-label="交纳日期" />
        </Form.Item>
        <Form.Item name="method" label="交纳方式">
          <Radio.Group options={METHOD_OPTIONS} optionType="button" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
