import { Alert, App, Checkbox, Form, List, Modal, Radio, Select, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { formatFen } from '../../../../shared/dues/dues-amount';
import type { MemberDuesInput } from '../../../../shared/dues/dues-ledger';
import { everyonePaid, type DuesPaymentWrite } from '../../../../shared/dues/dues-payments';
import type { PaymentMethod } from '../../../../shared/dues/dues-types';
import { MONTHS_OF_YEAR } from '../../../../shared/dues/months';
import { DateInput } from '../../shell/DateInput';
import { useToday } from '../../core/today';
import { useActiveRules } from '../../core/rules/active-rules';
import { duesRepository } from './data/dues-repository';
import { METHOD_OPTIONS } from './PaymentDialog';

interface EveryonePaidDialogProps {
  open: boolean;
  branchId: string;
  year: number;
  initialMonth: number;
  inputs: readonly MemberDuesInput[];
  names: ReadonlyMap<string, string>;
  onClose: () => void;
}

const memberOf = (write: DuesPaymentWrite) => (write.kind === 'create' ? write.input.memberId : write.record.memberId);
const amountOf = (write: DuesPaymentWrite, month: number) => (write.kind === 'create' ? write.input.months : write.patch.months)[month - 1]?.paidFen ?? 0;

/**
 * 本月全部已交: lists who it covers (anyone who did not pay can be unticked) and who it
 * leaves alone and why, and writes nothing until confirmed.
 */
export function EveryonePaidDialog({ open, branchId, year, initialMonth, inputs, names, onClose }: EveryonePaidDialogProps) {
  const { message } = App.useApp();
  const { ruleSet } = useActiveRules();
  const today = useToday();
  const [month, setMonth] = useState(initialMonth);
  const [paidOn, setPaidOn] = useState(today);
  const [method, setMethod] = useState<PaymentMethod>('cash');
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!open) return;
    setMonth(initialMonth);
    setPaidOn(today);
    setLeft(new Set());
  }, [open, initialMonth, today]);

  const plan = useMemo(() => everyonePaid(inputs, year, month, { paidOn, method }, ruleSet.rules.dues), [inputs, year, month, paidOn, method, ruleSet]);
  const chosen = plan.writes.filter((write) => !left.has(memberOf(write)));
  const total = chosen.reduce((sum, write) => sum + amountOf(write, month), 0);
  const name = (memberId: string) => names.get(memberId) ?? '（已不在名册）';
  const toggle = (memberId: string, checked: boolean) =>
    setLeft((current) => {
      const next = new Set(current);
      if (checked) next.delete(memberId);
      else next.add(memberId);
      return next;
    });

  async function confirm() {
    if (paidOn > today) {
      message.error('交纳日期不能晚于今天。');
      return;
    }
    setSaving(true);
    try {
      await duesRepository.applyPayments(branchId, chosen);
      message.success(`已登记 ${chosen.length} 人 ${year} 年 ${month} 月党费，共 ${formatFen(total)}。`);
      onClose();
    } catch (error) {
      message.error(`保存失败，未登记任何人：${(error as Error).message}`);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      open={open}
      title="本月全部已交"
      okText={`确认 ${chosen.length} 人已交`}
      cancelText="取消"
      okButtonProps={{ disabled: chosen.length === 0, loading: saving }}
      onOk={() => void confirm()}
      onCancel={onClose}
      width={620}
      destroyOnHidden
    >
      <Form layout="inline" style={{ marginBottom: 12, rowGap: 8 }}>
        <Form.Item label="月份">
          <Select aria-label="交纳月份" value={month} onChange={setMonth} options={MONTHS_OF_YEAR.map((value) => ({ value, label: `${year}年${value}月` }))} style={{ width: 130 }} />
        </Form.Item>
        <Form.Item label="交纳日期">
          <DateInput aria-label="交纳日期" value={paidOn} onChange={setPaidOn} />
        </Form.Item>
        <Form.Item label="方式">
          <Radio.Group value={method} onChange={(event) => setMethod(event.target.value as PaymentMethod)} options={METHOD_OPTIONS} optionType="button" />
        </Form.Item>
      </Form>
      <Typography.Paragraph>
        以下党员将登记为已足额交纳 {year} 年 {month} 月党费（共 {chosen.length} 人，{formatFen(total)}）。未交的请取消勾选。
      </Typography.Paragraph>
      <section aria-label="将登记为已交的党员">
        <List
          size="small"
          bordered
          dataSource={plan.writes}
          locale={{ emptyText: '没有需要登记的党员。' }}
          renderItem={(write) => {
            const memberId = memberOf(write);
            return (
              <List.Item extra={formatFen(amountOf(write, month))}>
                <Checkbox checked={!left.has(memberId)} onChange={(event) => toggle(memberId, event.target.checked)}>
                  {name(memberId)}
                </Checkbox>
              </List.Item>
            );
          }}
        />
      </section>
      {plan.skipped.length > 0 && (
        <Alert
          style={{ marginTop: 12 }}
          type="info"
          showIcon
          message={`以下 ${plan.skipped.length} 人不在此次登记之列`}
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {plan.skipped.map((skip) => (
                <li key={skip.memberId}>
                  {name(skip.memberId)}：{skip.reason}
                </li>
              ))}
            </ul>
          }
        />
      )}
    </Modal>
  );
}
