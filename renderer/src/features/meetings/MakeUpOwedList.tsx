import { Button, Table } from 'antd';
import { useMemo } from 'react';
import type { MemberRecord } from '../../../../shared/members/member';
import { branchOwedMakeUps } from '../../../../shared/meetings/attendance';
import { LEAVE_REASON_LABELS, MEETING_TYPE_LABELS, type MeetingRecord } from '../../../../shared/meetings/meeting-types';
import { navigate } from '../../core/navigation/hash-route';
import { meetingPath } from '../../core/navigation/meeting-routes';
import { nameOf, useMemberNames } from './member-names';

/** 补课: everyone who missed a meeting and has not yet made it up, oldest meeting first. */
export function MakeUpOwedList({ meetings, members }: { meetings: readonly MeetingRecord[]; members: readonly MemberRecord[] }) {
  const { names } = useMemberNames(members);
  const rows = useMemo(() => {
    const byId = new Map(meetings.map((meeting) => [meeting.id, meeting]));
    return branchOwedMakeUps(meetings)
      .owed.map((item) => ({ ...item, meeting: byId.get(item.meetingId)! }))
      .sort((a, b) => a.meeting.startAt.localeCompare(b.meeting.startAt));
  }, [meetings]);

  return (
    <Table
      size="middle"
      rowKey={(row) => `${row.meetingId}-${row.memberId}`}
      dataSource={rows}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: '没有需要补课的党员。' }}
      columns={[
        { title: '姓名', render: (_, row) => nameOf(names, row.memberId) },
        { title: '会议日期', render: (_, row) => row.meeting.startAt.slice(0, 10) },
        { title: '会议', render: (_, row) => `${MEETING_TYPE_LABELS[row.meeting.type]}：${row.meeting.sessionName}` },
        {
          title: '缺席原因',
          render: (_, row) => {
            const entry = row.meeting.attendance.find((item) => item.memberId === row.memberId);
            return entry?.status === 'leave' ? `请假（${entry.leaveReason ? LEAVE_REASON_LABELS[entry.leaveReason] : '未注明'}）` : '缺席';
          },
        },
        { title: '', render: (_, row) => <Button size="small" onClick={() => navigate(meetingPath.view(row.meetingId))}>登记补课</Button> },
      ]}
    />
  );
}
