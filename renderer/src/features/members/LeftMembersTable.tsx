import { App, Button, Popconfirm, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import { undoLeavingPatch } from '../../../../shared/members/leaving-edit';
import type { MemberRecord } from '../../../../shared/members/member';
import { currentLeaving, LEAVING_LABELS, type Leaving } from '../../../../shared/members/roster-periods';
import { memberRepository } from './data/member-repository';
import { StageTag } from './stage-tag';

interface LeftRow {
  member: MemberRecord;
  leaving: Leaving;
}

interface LeftMembersTableProps {
  members: readonly MemberRecord[];
  onEdit: (member: MemberRecord) => void;
  onHistory: (member: MemberRecord) => void;
}

/** 已转出 / 已出党: everyone who left, latest first, with what was recorded; the records and their history stay. */
export function LeftMembersTable({ members, onEdit, onHistory }: LeftMembersTableProps) {
  const { message } = App.useApp();
  const rows = useMemo(
    () =>
      members
        .flatMap((member) => {
          const leaving = member.deleted ? null : currentLeaving(member);
          return leaving ? [{ member, leaving }] : [];
        })
        .sort((a, b) => b.leaving.date.localeCompare(a.leaving.date)),
    [members],
  );

  async function undo(member: MemberRecord) {
    const patch = undoLeavingPatch(member);
    if (!patch) return;
    try {
      await memberRepository.update(member.id, patch);
      message.success(`已撤销 ${member.name} 的转出或出党登记，重新列入党员名册。`);
    } catch (error) {
      message.error(`撤销失败，未做任何更改：${(error as Error).message}`);
    }
  }

  const columns: ColumnsType<LeftRow> = [
    { title: '姓名', width: 100, render: (_, row) => row.member.name },
    { title: '科室', width: 110, render: (_, row) => row.member.department },
    { title: '类别', width: 110, render: (_, row) => <StageTag stage={row.member.stage} /> },
    {
      title: '方式',
      width: 100,
      render: (_, row) => <Tag color={row.leaving.kind === 'transferOut' ? 'blue' : 'default'}>{row.member.transfers.at(-1)?.orderId ? '院内调动' : LEAVING_LABELS[row.leaving.kind]}</Tag>,
    },
    { title: '日期', width: 110, render: (_, row) => row.leaving.date },
    { title: '转往的党组织', width: 160, render: (_, row) => row.leaving.counterpart },
    { title: '介绍信编号 / 决定文件', width: 180, render: (_, row) => row.leaving.document },
    { title: '原因', render: (_, row) => row.leaving.reason },
    {
      title: '操作',
      width: 200,
      render: (_, { member }) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => onEdit(member)}>
            查看
          </Button>
          <Button type="link" size="small" onClick={() => onHistory(member)}>
            修改记录
          </Button>
          {/* A move ordered by the central office is not this branch's entry to undo. */}
          {member.transfers.at(-1)?.orderId ? null : (
          <Popconfirm title={`撤销 ${member.name} 的这次登记？`} description="仅用于更正登记错误；撤销会记入修改记录。" okText="撤销" cancelText="取消" onConfirm={() => undo(member)}>
            <Button type="link" size="small" danger>
              撤销
            </Button>
          </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  return <Table<LeftRow> rowKey={(row) => row.member.id} size="small" columns={columns} dataSource={rows} pagination={false} aria-label="已转出和已出党人员" locale={{ emptyText: '没有已转出或已出党的人员' }} />;
}
