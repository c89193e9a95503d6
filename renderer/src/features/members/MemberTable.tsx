import { Space, Table, Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import { absenceOn, type MemberAbsence } from '../../../../shared/members/absence';
import { GENDER_LABELS, type MemberRecord } from '../../../../shared/members/member';
import { maskIdNumber } from '../../../../shared/members/member-validation';
import { compareMembers } from './member-filters';
import { StageTag } from './stage-tag';

interface MemberTableProps {
  members: MemberRecord[];
  /** Who is away (外出) is judged on this day. */
  today: string;
  partyGroupNames: ReadonlyMap<string, string>;
  onEdit: (member: MemberRecord) => void;
  onHistory: (member: MemberRecord) => void;
  /** 转出 or 出党. */
  onLeave: (member: MemberRecord) => void;
}

/** 外出 beside the stage, with where and until in its tooltip. */
function AwayTag({ name, absence }: { name: string; absence: MemberAbsence }) {
  const where = `外出：${absence.place}，${absence.from} 起，${absence.until ? `${absence.until} 返回` : '返回日期未定'}`;
  return (
    <Tooltip title={where}>
      <Tag color="purple" aria-label={`${name}${where}`} tabIndex={0}>
        外出
      </Tag>
    </Tooltip>
  );
}

/**
 * The roster. Virtual scrolling renders only the rows on screen, so a roster of
 * thousands scrolls as smoothly as one of forty.
 */
export function MemberTable({ members, today, partyGroupNames, onEdit, onHistory, onLeave }: MemberTableProps) {
  // Built once per roster view: a new column list would make every visible row render again.
  const columns = useMemo<ColumnsType<MemberRecord>>(() => [
    { title: '姓名', dataIndex: 'name', width: 100, fixed: 'left', sorter: compareMembers('name') },
    { title: '性别', dataIndex: 'gender', width: 60, render: (gender: MemberRecord['gender']) => GENDER_LABELS[gender] },
    { title: '出生日期', dataIndex: 'birthDate', width: 110, sorter: compareMembers('birthDate') },
    { title: '科室', dataIndex: 'department', width: 120, sorter: compareMembers('department') },
    { title: '职务', dataIndex: 'post', width: 100 },
    { title: '职称', dataIndex: 'title', width: 110 },
    {
      title: '党小组',
      dataIndex: 'partyGroupId',
      width: 110,
      render: (id: string) => partyGroupNames.get(id) ?? '',
    },
    {
      title: '类别',
      dataIndex: 'stage',
      width: 170,
      sorter: compareMembers('stage'),
      render: (_: unknown, member) => {
        const away = absenceOn(member, today);
        return (
          <Space size={4}>
            <StageTag stage={member.stage} />
            {member.retired && <Tag>离退休</Tag>}
            {away && <AwayTag name={member.name} absence={away} />}
          </Space>
        );
      },
    },
    { title: '入党时间', dataIndex: 'joinedOn', width: 110, sorter: compareMembers('joinedOn') },
    { title: '转正时间', dataIndex: 'fullMembershipOn', width: 110 },
    { title: '联系电话', dataIndex: 'phone', width: 130 },
    { title: '身份证号', dataIndex: 'idNumber', width: 180, render: (id: string) => (id ? maskIdNumber(id) : '') },
    {
      title: '操作',
      key: 'actions',
      width: 230,
      fixed: 'right',
      // Plain buttons styled as links (styles.css .row-action), not antd Buttons: each of these
      // is rendered again for every row scrolled into view, and three antd Buttons per row
      // (wave effect, context, style hooks) were most of a scrolled-in row's cost.
      render: (_: unknown, member) => (
        <span className="row-actions">
          <button type="button" className="row-action" onClick={() => onEdit(member)}>
            编辑
          </button>
          <button type="button" className="row-action" onClick={() => onHistory(member)}>
            修改记录
          </button>
          <button type="button" className="row-action" onClick={() => onLeave(member)} aria-label={`${member.name}转出或出党`}>
            转出/出党
          </button>
        </span>
      ),
    },
  ], [today, partyGroupNames, onEdit, onHistory, onLeave]);

  return (
    <Table<MemberRecord>
      rowKey="id"
      size="small"
      virtual
      scroll={{ x: 1500, y: 560 }}
      columns={columns}
      dataSource={members}
      pagination={false}
      onRow={(member) => ({ onDoubleClick: () => onEdit(member) })}
      aria-label="党员名册"
    />
  );
}
