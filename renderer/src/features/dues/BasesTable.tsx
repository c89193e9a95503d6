import { Button, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { formatFen } from '../../../../shared/dues/dues-amount';
import { baseForMonth } from '../../../../shared/dues/dues-ledger';
import { DUES_CATEGORY_LABELS, type DuesBaseRecord } from '../../../../shared/dues/dues-types';
import { monthKey } from '../../../../shared/dues/months';
import type { MemberRecord } from '../../../../shared/members/member';
import { useActiveRules } from '../../core/rules/active-rules';
import { computeBase, rateText } from './base-form';
import type { BaseTarget } from './BaseFormDrawer';
import { duesRepository } from './data/dues-repository';

interface BasesTableProps {
  payers: readonly MemberRecord[];
  bases: readonly DuesBaseRecord[];
  year: number;
  /** The month whose base the table shows: this month in the current year, December otherwise. */
  month: number;
  onEdit: (target: BaseTarget) => void;
}

function hardshipText(base: DuesBaseRecord): string {
  if (!base.hardship) return '';
  return `${base.hardship.kind === 'waived' ? '免交' : '少交'}（${base.hardship.approvalRef}）`;
}

/** One line per base a member ever had: where it starts, what it yields. */
function BaseHistory({ bases, onEdit }: { bases: readonly DuesBaseRecord[]; onEdit: (target: BaseTarget) => void }) {
  const { ruleSet } = useActiveRules();
  const sorted = [...bases].sort((a, b) => monthKey(b.year, b.fromMonth).localeCompare(monthKey(a.year, a.fromMonth)));
  return (
    <Space direction="vertical" size={2}>
      {sorted.map((base) => (
        <Space key={base.id} wrap>
          <Typography.Text>
            {base.year} 年 {base.fromMonth} 月起：{DUES_CATEGORY_LABELS[base.category]}，每月应交 {formatFen(computeBase(base, ruleSet.rules.dues).monthlyFen)}
            {base.hardship ? `，${hardshipText(base)}` : ''}
          </Typography.Text>
          <Button size="small" type="link" onClick={() => onEdit({ base })}>
            修改
          </Button>
          <Popconfirm
            title="删除这条党费基数？"
            description="已登记的交纳记录保留原应交金额；删除会记入修改记录。"
            okText="删除"
            cancelText="取消"
            onConfirm={() => duesRepository.removeBase(base.id)}
          >
            <Button size="small" type="link" danger>
              删除
            </Button>
          </Popconfirm>
        </Space>
      ))}
    </Space>
  );
}

/** 党费基数: each member's base in force, with the way to set a new one from a month. */
export function BasesTable({ payers, bases, year, month, onEdit }: BasesTableProps) {
  const { ruleSet } = useActiveRules();
  const rows = payers.map((member) => {
    const own = bases.filter((base) => base.memberId === member.id);
    return { member, own, current: baseForMonth(own, monthKey(year, month)) };
  });
  return (
    <Table
      size="small"
      rowKey={(row) => row.member.id}
      pagination={false}
      dataSource={rows}
      aria-label="党费基数"
      expandable={{
        rowExpandable: (row) => row.own.length > 0,
        expandedRowRender: (row) => <BaseHistory bases={row.own} onEdit={onEdit} />,
      }}
      columns={[
        { title: '姓名', render: (_, row) => row.member.name, width: 100 },
        {
          title: '类别',
          render: (_, row) => (row.current ? DUES_CATEGORY_LABELS[row.current.category] : <Tag color="orange">未核定</Tag>),
        },
        { title: '月缴纳基数', align: 'right', render: (_, row) => (row.current && row.current.category !== 'flat' ? formatFen(computeBase(row.current, ruleSet.rules.dues).baseFen) : '—') },
        {
          title: '比例',
          align: 'right',
          render: (_, row) => {
            const rate = row.current ? computeBase(row.current, ruleSet.rules.dues).rateBasisPoints : null;
            return row.current ? (rate === null ? '固定' : rateText(rate)) : '—';
          },
        },
        { title: '每月应交', align: 'right', render: (_, row) => (row.current ? formatFen(computeBase(row.current, ruleSet.rules.dues).monthlyFen) : '—') },
        { title: '执行起始', render: (_, row) => (row.current ? `${row.current.year} 年 ${row.current.fromMonth} 月` : '') },
        { title: '减免', render: (_, row) => (row.current ? hardshipText(row.current) : '') },
        {
          title: '操作',
          render: (_, row) => (
            <Button size="small" aria-label={`为${row.member.name}${row.current ? "调整" : "登记"}党费基数`} onClick={() => onEdit({ memberId: row.member.id, year, fromMonth: month })}>
              {row.current ? '调整基数' : '登记基数'}
            </Button>
          ),
        },
      ]}
    />
  );
}
