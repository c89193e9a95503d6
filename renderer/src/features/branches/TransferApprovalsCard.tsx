import { Alert, App, Button, Card, Form, Input, Modal, Select, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { duesPaidThroughOnMove, firstDuesMonthAfterMove, TRANSFER_STATUS_LABELS } from '../../../../shared/members/internal-transfer';
import { isValidDate } from '../../../../shared/dates';
import { monthKeyLabel } from '../../../../shared/dues/months';
import { DateInput } from '../../shell/DateInput';
import { useToday } from '../../core/today';
import { transferOrderRepository, type TransferRequestRow } from './data/transfer-order-repository';

interface ApprovalForm {
  toBranchId: string;
  effectiveOn: string;
  letterNumber: string;
  approvedBy: string;
}

/**
 * 院内调动 at the central office: the branches' requests as their reports brought them;
 * 批准 writes the release for the old branch and the admission, with the member's history,
 * for the new one. Each goes out with that branch's next return (导出回执).
 */
export function TransferApprovalsCard() {
  const { message } = App.useApp();
  const today = useToday();
  const data = useLiveQuery(async () => ({ rows: await transferOrderRepository.list(), branches: await transferOrderRepository.branches() }), []);
  const [approving, setApproving] = useState<TransferRequestRow>();
  const [form, setForm] = useState<ApprovalForm>({ toBranchId: '', effectiveOn: today, letterNumber: '', approvedBy: '' });
  const [refusal, setRefusal] = useState<string>();
  const [saving, setSaving] = useState(false);

  function open(row: TransferRequestRow) {
    // The branch named in the request, when one enrolled branch has that name.
    const named = data?.branches.find((branch) => branch.name === row.request.toBranchName.trim());
    setForm({ toBranchId: named?.id ?? '', effectiveOn: today, letterNumber: '', approvedBy: form.approvedBy });
    setRefusal(undefined);
    setApproving(row);
  }

  // A refusal speaks of the fields as they were: once one is changed it no longer applies.
  function edit(patch: Partial<ApprovalForm>) {
    setForm({ ...form, ...patch });
    setRefusal(undefined);
  }

  async function approve() {
    if (!approving) return;
    const toBranchName = data?.branches.find((branch) => branch.id === form.toBranchId)?.name ?? '';
    setSaving(true);
    try {
      await transferOrderRepository.approve(approving.request.id, { ...form, toBranchName }, today);
      message.success(`已批准：${approving.request.memberName} 自 ${form.effectiveOn} 由${approving.fromBranchName}调往${toBranchName}。请分别向这两个支部导出回执。`);
      setApproving(undefined);
    } catch (error) {
      setRefusal(`未批准：${(error as Error).message}`);
    } finally {
      setSaving(false);
    }
  }

  const columns: ColumnsType<TransferRequestRow> = [
    { title: '原支部', width: 150, render: (_, row) => row.fromBranchName },
    { title: '姓名', width: 90, render: (_, row) => row.request.memberName },
    { title: '申请调入', width: 150, render: (_, row) => row.request.toBranchName },
    { title: '申请日期', width: 110, render: (_, row) => row.request.requestedOn },
    { title: '原因', render: (_, row) => row.request.reason },
    {
      title: '状态',
      width: 260,
      render: (_, row) =>
        row.order ? (
          <span>
            <Tag color="green">{TRANSFER_STATUS_LABELS[row.status]}</Tag>
            {row.order.effectiveOn} 调往{row.order.toBranchName}，{row.order.letterNumber}
          </span>
        ) : (
          <Tag color="orange">{TRANSFER_STATUS_LABELS[row.status]}</Tag>
        ),
    },
    {
      title: '操作',
      width: 80,
      render: (_, row) =>
        row.status === 'requested' ? (
          <Button type="link" size="small" onClick={() => open(row)} aria-label={`批准${row.request.memberName}的调动`}>
            批准
          </Button>
        ) : null,
    },
  ];

  const choices = (data?.branches ?? []).filter((branch) => branch.id !== approving?.request.branchId).map((branch) => ({ value: branch.id, label: branch.name }));
  const datedOk = isValidDate(form.effectiveOn);

  return (
    <Card title="院内调动（支部之间的组织关系转接）">
      <Typography.Paragraph type="secondary">
        支部在报送包中提出调动申请；批准后，调出通知随原支部的回执发出，调入通知（含党员的发展材料、党费基数和本年学习笔记）随调入支部的回执发出，调入支部接收即可，无需重新录入。
      </Typography.Paragraph>
      <Table<TransferRequestRow>
        rowKey={(row) => row.request.id}
        size="small"
        columns={columns}
        dataSource={data?.rows ?? []}
        loading={!data}
        pagination={false}
        aria-label="院内调动申请"
        locale={{ emptyText: '没有支部提出的调动申请' }}
      />
      <Modal
        open={approving !== undefined}
        title={approving ? `批准调动：${approving.request.memberName}` : ''}
        okText="批准"
        cancelText="取消"
        okButtonProps={{ loading: saving }}
        onOk={() => void approve()}
        onCancel={() => setApproving(undefined)}
        destroyOnHidden
      >
        {approving && (
          <Typography.Paragraph>
            {approving.fromBranchName}申请将 {approving.request.memberName} 调往“{approving.request.toBranchName}”（{approving.request.requestedOn}）。
          </Typography.Paragraph>
        )}
        <Form layout="vertical">
          <Form.Item label="调入的支部">
            <Select value={form.toBranchId || undefined} options={choices} placeholder="选择已登记的支部" onChange={(toBranchId) => edit({ toBranchId })} aria-label="调入的支部" />
          </Form.Item>
          <Form.Item label="调动日期（到调入支部报到之日）" help={datedOk ? `党费：原支部收缴至 ${monthKeyLabel(duesPaidThroughOnMove(form.effectiveOn))}，调入支部自 ${monthKeyLabel(firstDuesMonthAfterMove(form.effectiveOn))}起收缴。` : undefined}>
            <DateInput value={form.effectiveOn} onChange={(effectiveOn) => edit({ effectiveOn })} aria-label="调动日期" />
          </Form.Item>
          <Form.Item label="介绍信编号">
            <Input value={form.letterNumber} maxLength={60} placeholder="如：院组字〔2026〕031 号" onChange={(event) => edit({ letterNumber: event.target.value })} aria-label="介绍信编号" />
          </Form.Item>
          <Form.Item label="审批人">
            <Input value={form.approvedBy} maxLength={30} onChange={(event) => edit({ approvedBy: event.target.value })} aria-label="审批人" />
          </Form.Item>
        </Form>
        {refusal && <Alert type="error" showIcon message={refusal} />}
      </Modal>
    </Card>
  );
}
