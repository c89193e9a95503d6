import { Alert, App, Button, Card, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { monthKeyLabel } from '../../../../shared/dues/months';
import {
  duesPaidThroughOnMove,
  firstDuesMonthAfterMove,
  transferStatus,
  TRANSFER_STATUS_LABELS,
  type TransferOrderRecord,
  type TransferRequestRecord,
} from '../../../../shared/members/internal-transfer';
import type { MemberRecord } from '../../../../shared/members/member';
import { DateInput } from '../../shell/DateInput';
import { useToday } from '../../core/today';
import { transferRepository } from './data/transfer-repository';

interface RequestForm {
  memberId: string;
  toBranchName: string;
  requestedOn: string;
  reason: string;
}

interface TransferPanelProps {
  branchId: string;
  /** Who is on the roster now: only they can be asked to move. */
  onRoster: readonly MemberRecord[];
}

/**
 * 院内调动 on a branch PC: the requests made here (sent in the report, approved by the
 * central office), and the people the office sends here (接收: no typing, the history
 * comes with them). A release the office sends is carried out on import.
 */
export function TransferPanel({ branchId, onRoster }: TransferPanelProps) {
  const { message } = App.useApp();
  const today = useToday();
  const data = useLiveQuery(
    async () => ({
      requests: await transferRepository.listRequests(branchId),
      orders: await transferRepository.listOrders(branchId),
      arriving: await transferRepository.pendingAdmissions(branchId),
    }),
    [branchId],
  );
  const [form, setForm] = useState<RequestForm>();
  const [refusal, setRefusal] = useState<string>();
  const [accepting, setAccepting] = useState<string>();

  async function submit() {
    if (!form) return;
    const member = onRoster.find((each) => each.id === form.memberId);
    if (!member) {
      setRefusal('请选择要调动的党员。');
      return;
    }
    try {
      await transferRepository.request(branchId, member, form.toBranchName, form.requestedOn, form.reason);
      message.success(`已提交 ${member.name} 的调动申请。请导出报送包交院党委组织科审批；批准前此人仍在本支部名册中。`);
      setForm(undefined);
    } catch (error) {
      setRefusal(`未提交：${(error as Error).message}`);
    }
  }

  async function withdraw(request: TransferRequestRecord) {
    try {
      await transferRepository.withdraw(request);
      message.success(`已撤回 ${request.memberName} 的调动申请，将随下一次报送包告知院党委组织科。`);
    } catch (error) {
      message.error(`未撤回：${(error as Error).message}`);
    }
  }

  async function accept(order: TransferOrderRecord) {
    setAccepting(order.id);
    try {
      const member = await transferRepository.accept(branchId, order);
      message.success(`已接收 ${member.name}：自 ${order.effectiveOn} 起列入本支部党员名册，党费自 ${monthKeyLabel(firstDuesMonthAfterMove(order.effectiveOn))}起由本支部收缴。请在党员名册中为其指定党小组。`);
    } catch (error) {
      message.error(`未接收，未做任何更改：${(error as Error).message}`);
    } finally {
      setAccepting(undefined);
    }
  }

  const orders = data?.orders ?? [];
  const requestColumns: ColumnsType<TransferRequestRecord> = [
    { title: '姓名', width: 90, render: (_, request) => request.memberName },
    { title: '申请调入', width: 160, render: (_, request) => request.toBranchName },
    { title: '申请日期', width: 110, render: (_, request) => request.requestedOn },
    { title: '原因', render: (_, request) => request.reason },
    {
      title: '状态',
      width: 300,
      render: (_, request) => {
        const status = transferStatus(request, orders);
        const order = orders.find((each) => each.role === 'release' && each.requestId === request.id);
        if (!order) return <Tag color={status === 'withdrawn' ? 'default' : 'orange'}>{TRANSFER_STATUS_LABELS[status]}</Tag>;
        return (
          <span>
            <Tag color="green">{TRANSFER_STATUS_LABELS[status]}</Tag>
            {order.effectiveOn} 调往{order.toBranchName}（{order.letterNumber}），党费交至 {monthKeyLabel(duesPaidThroughOnMove(order.effectiveOn))}
          </span>
        );
      },
    },
    {
      title: '操作',
      width: 80,
      render: (_, request) =>
        transferStatus(request, orders) === 'requested' ? (
          <Popconfirm title={`撤回 ${request.memberName} 的调动申请？`} okText="撤回" cancelText="取消" onConfirm={() => withdraw(request)}>
            <Button type="link" size="small" danger>
              撤回
            </Button>
          </Popconfirm>
        ) : null,
    },
  ];

  const arrivingColumns: ColumnsType<TransferOrderRecord> = [
    { title: '姓名', width: 90, render: (_, order) => order.memberName },
    { title: '原支部', width: 160, render: (_, order) => order.fromBranchName },
    { title: '调入日期', width: 110, render: (_, order) => order.effectiveOn },
    { title: '介绍信编号', width: 180, render: (_, order) => order.letterNumber },
    {
      title: '随转材料',
      render: (_, order) =>
        `发展材料与入党时间；${order.carried?.duesBase ? '党费基数；' : ''}${order.carried?.year ?? ''}年学习笔记 ${order.carried?.notes.length ?? 0} 篇；党费原支部交至 ${monthKeyLabel(duesPaidThroughOnMove(order.effectiveOn))}`,
    },
    {
      title: '操作',
      width: 90,
      render: (_, order) => (
        <Button type="primary" size="small" loading={accepting === order.id} onClick={() => void accept(order)} aria-label={`接收${order.memberName}`}>
          接收
        </Button>
      ),
    },
  ];

  const memberOptions = onRoster.map((member) => ({ value: member.id, label: `${member.name}${member.department ? `（${member.department}）` : ''}` }));

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {(data?.arriving.length ?? 0) > 0 && (
        <Card size="small" title="待接收的调入党员（院党委组织科已批准）">
          <Table<TransferOrderRecord> rowKey="id" size="small" columns={arrivingColumns} dataSource={data?.arriving} pagination={false} aria-label="待接收的调入党员" />
        </Card>
      )}
      <Card
        size="small"
        title="本支部提出的院内调动"
        extra={
          <Button
            onClick={() => {
              setRefusal(undefined);
              setForm({ memberId: '', toBranchName: '', requestedOn: today, reason: '' });
            }}
          >
            申请院内调动
          </Button>
        }
      >
        <Typography.Paragraph type="secondary">
          党员调往本院其他支部：在此提出申请，随报送包交院党委组织科审批。批准后，回执导入时此人自调动日期起调出本支部（记录保留在“已转出/已出党”中），调入支部接收其发展材料、党费基数和本年学习笔记，无需重新录入。调往本院以外的党组织请用名册中的“转出/出党”。
        </Typography.Paragraph>
        <Table<TransferRequestRecord>
          rowKey="id"
          size="small"
          columns={requestColumns}
          dataSource={data?.requests ?? []}
          loading={!data}
          pagination={false}
          aria-label="院内调动申请"
          locale={{ emptyText: '尚未提出院内调动申请' }}
        />
      </Card>
      <Modal open={form !== undefined} title="申请院内调动" okText="提交申请" cancelText="取消" onOk={() => void submit()} onCancel={() => setForm(undefined)} destroyOnHidden>
        {form && (
          <Form layout="vertical">
            <Form.Item label="党员">
              <Select
                showSearch
                optionFilterProp="label"
                value={form.memberId || undefined}
                options={memberOptions}
                onChange={(memberId) => setForm({ ...form, memberId })}
                aria-label="调动的党员"
              />
            </Form.Item>
            <Form.Item label="调入的支部">
              <Input value={form.toBranchName} maxLength={60} placeholder="如：外科党支部" onChange={(event) => setForm({ ...form, toBranchName: event.target.value })} aria-label="调入的支部" />
            </Form.Item>
            <Form.Item label="申请日期">
              <DateInput value={form.requestedOn} onChange={(requestedOn) => setForm({ ...form, requestedOn })} aria-label="申请日期" />
            </Form.Item>
            <Form.Item label="原因">
              <Input.TextArea value={form.reason} rows={2} maxLength={300} onChange={(event) => setForm({ ...form, reason: event.target.value })} aria-label="调动原因" />
            </Form.Item>
          </Form>
        )}
        {refusal && <Alert type="error" showIcon message={refusal} />}
      </Modal>
    </Space>
  );
}
