import { App, Button, Form, Input, InputNumber, Modal, Popconfirm, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { formatFen } from '../../../../shared/dues/dues-amount';
import type { DuesRemittanceRecord } from '../../../../shared/dues/dues-types';
import { QUARTER_LABELS, QUARTERS, type Quarter } from '../../../../shared/dues/months';
import { remittanceStatus, type QuarterTotals } from '../../../../shared/dues/remittance';
import { navigate } from '../../core/navigation/hash-route';
import { DateInput } from '../../shell/DateInput';
import { useToday } from '../../core/today';
import { useActiveRules } from '../../core/rules/active-rules';
import { duesRepository } from './data/dues-repository';
import { duesPath } from '../../core/navigation/dues-routes';
import { fenToYuan, yuanToFen } from './money';
import { STATE_TAGS } from '../../shell/compliance-colors';


interface RemittancePanelProps {
  branchId: string;
  year: number;
  totals: Record<Quarter, QuarterTotals>;
  remittances: readonly DuesRemittanceRecord[];
  /** The central office reads a branch's quarters; only the branch marks or undoes a remittance. */
  readOnly?: boolean;
}

interface RemitTarget {
  quarter: Quarter;
  stored?: DuesRemittanceRecord;
  collectedFen: number;
}

function RemitDialog({ target, branchId, year, onClose }: { target: RemitTarget; branchId: string; year: number; onClose: () => void }) {
  const { message } = App.useApp();
  const today = useToday();
  const [form] = Form.useForm<{ remittedOn: string; amount: number | null; receiptRef: string }>();
  const [saving, setSaving] = useState(false);
  const label = `${year} 年${QUARTER_LABELS[target.quarter]}`;

  async function save() {
    const values = form.getFieldsValue(true) as { remittedOn: string; amount: number | null; receiptRef: string };
    setSaving(true);
    try {
      const input = { year, quarter: target.quarter, remittedOn: values.remittedOn, amountFen: yuanToFen(values.amount), receiptRef: (values.receiptRef ?? '').trim() };
      await duesRepository.markRemitted(branchId, input, today);
      message.success(`已记录 ${label}党费上缴 ${formatFen(input.amountFen)}。`);
      onClose();
    } catch (error) {
      message.error((error as Error).message);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal open title={`标记已上缴：${label}`} okText="保存" cancelText="取消" okButtonProps={{ loading: saving }} onOk={() => void save()} onCancel={onClose} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          remittedOn: target.stored?.remittedOn ?? today,
          amount: fenToYuan(target.stored?.amountFen ?? target.collectedFen),
          receiptRef: target.stored?.receiptRef ?? '',
        }}
      >
        <Form.Item name="remittedOn" label="上缴日期">
          <DateInput aria-label="上缴日期" />
        </Form.Item>
        <Form.Item name="amount" label="上缴金额" extra={`本季度实收 ${formatFen(target.collectedFen)}`}>
          <InputNumber aria-label="上缴金额" min={0} precision={2} addonAfter="元" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="receiptRef" label="收据号或转账凭证号">
          <Input aria-label="收据号或转账凭证号" maxLength={60} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function QuarterActions({ year, quarter, stored, onMark }: { year: number; quarter: Quarter; stored?: DuesRemittanceRecord; onMark: () => void }) {
  return (
    <Space size={4} wrap>
      <Button size="small" onClick={onMark}>
        {stored ? '修改' : '标记已上缴'}
      </Button>
      {stored && (
        <Popconfirm
          title={`撤销${QUARTER_LABELS[quarter]}的上缴记录？`}
          description="撤销会记入修改记录。"
          okText="撤销"
          cancelText="取消"
          onConfirm={() => duesRepository.removeRemittance(stored.id)}
        >
          <Button size="small" danger>
            撤销
          </Button>
        </Popconfirm>
      )}
      <Button size="small" onClick={() => navigate(duesPath.printQuarter(year, quarter))}>
        打印收据清单
      </Button>
    </Space>
  );
}

/** 季度上缴: what each quarter collected, when it is due to the hospital committee, and what was handed over. */
export function RemittancePanel({ branchId, year, totals, remittances, readOnly = false }: RemittancePanelProps) {
  const { ruleSet } = useActiveRules();
  const today = useToday();
  const [target, setTarget] = useState<RemitTarget>();
  const rows = QUARTERS.map((quarter) => {
    const stored = remittances.find((r) => r.year === year && r.quarter === quarter);
    return { quarter, stored, totals: totals[quarter], status: remittanceStatus(year, quarter, today, ruleSet.rules.dues, stored?.remittedOn ?? '') };
  });

  return (
    <>
      <Table
        size="small"
        rowKey="quarter"
        pagination={false}
        dataSource={rows}
        aria-label="季度党费上缴"
        className="dues-remittance"
        columns={[
          { title: '季度', render: (_, row) => QUARTER_LABELS[row.quarter] },
          { title: '应收', align: 'right', render: (_, row) => formatFen(row.totals.dueFen) },
          { title: '实收', align: 'right', render: (_, row) => formatFen(row.totals.paidFen) },
          { title: '未收', align: 'right', render: (_, row) => (row.totals.outstandingFen > 0 ? formatFen(row.totals.outstandingFen) : '') },
          { title: '交齐人数', render: (_, row) => `${row.totals.membersPaidUp}/${row.totals.members}` },
          { title: '上缴期限', render: (_, row) => row.status.dueDate },
          {
            title: '状态',
            // A quarter before the ledger began (or before anyone owed) has nothing to hand over.
            render: (_, row) =>
              row.totals.members === 0 && !row.stored ? <Tag>无应交</Tag> : <Tag color={STATE_TAGS[row.status.state].color}>{STATE_TAGS[row.status.state].label}</Tag>,
          },
          {
            title: '上缴记录',
            render: (_, row) =>
              row.stored ? `${row.stored.remittedOn} 上缴 ${formatFen(row.stored.amountFen)}${row.stored.receiptRef ? `（${row.stored.receiptRef}）` : ''}` : '',
          },
          ...(readOnly
            ? []
            : [
                {
                  title: '操作',
                  render: (_: unknown, row: (typeof rows)[number]) =>
                    row.totals.members === 0 && !row.stored ? null : (
                      <QuarterActions year={year} quarter={row.quarter} stored={row.stored} onMark={() => setTarget({ quarter: row.quarter, stored: row.stored, collectedFen: row.totals.paidFen })} />
                    ),
                },
              ]),
        ]}
      />
      {target && <RemitDialog target={target} branchId={branchId} year={year} onClose={() => setTarget(undefined)} />}
    </>
  );
}
