import { Alert, Button, List, Select, Space, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { MEETING_TYPE_LABELS, MEETING_TYPES, type MeetingDraft, type MeetingRecord, type MeetingType } from '../../../../shared/meetings/meeting-types';
import { navigate } from '../../core/navigation/hash-route';
import { attendanceSummary } from '../../../../shared/meetings/attendance';
import { meetingPath } from '../../core/navigation/meeting-routes';
import { MakeUpTag } from './MakeUpTag';
import { MeetingStatusTag } from './MeetingStatusTag';

/** A year of a busy branch is about a hundred records; past this many the list renders virtually. */
const VIRTUAL_FROM_ROWS = 200;

const TYPE_OPTIONS = [{ value: 'all', label: '全部类型' }, ...MEETING_TYPES.map((type) => ({ value: type, label: MEETING_TYPE_LABELS[type] }))];
const QUARTER_OPTIONS = [
  { value: 0, label: '全年' },
  ...[1, 2, 3, 4].map((quarter) => ({ value: quarter, label: `第${'一二三四'[quarter - 1]}季度` })),
];

interface MeetingListProps {
  meetings: readonly MeetingRecord[];
  drafts: readonly MeetingDraft[];
  year: number;
  years: number[];
  onYearChange: (year: number) => void;
}

function inQuarter(meeting: MeetingRecord, quarter: number): boolean {
  return quarter === 0 || Math.ceil(Number(meeting.startAt.slice(5, 7)) / 3) === quarter;
}

/** 会议记录 of a year, newest first, filtered by type and quarter; unfinished drafts on top. Rows are virtual. */
export function MeetingList({ meetings, drafts, year, years, onYearChange }: MeetingListProps) {
  const [type, setType] = useState<MeetingType | 'all'>('all');
  const [quarter, setQuarter] = useState(0);
  const shown = useMemo(
    () =>
      meetings
        .filter((meeting) => meeting.startAt.startsWith(String(year)) && (type === 'all' || meeting.type === type) && inQuarter(meeting, quarter))
        .sort((a, b) => b.startAt.localeCompare(a.startAt)),
    [meetings, year, type, quarter],
  );

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {drafts.length > 0 && (
        <Alert
          type="warning"
          showIcon
          message={`有 ${drafts.length} 份未保存的会议记录草稿`}
          description={
            <List
              size="small"
              dataSource={drafts}
              renderItem={(draft) => (
                <List.Item actions={[<Button key="open" size="small" onClick={() => navigate(meetingPath.edit(draft.id))}>继续填写</Button>]}>
                  {draft.content.sessionName}（{draft.isNew ? '新建' : '修改'}，{new Date(draft.savedAt).toLocaleString('zh-CN', { hour12: false })} 自动保存）
                </List.Item>
              )}
            />
          }
        />
      )}
      <Space wrap>
        <Select aria-label="年度" value={year} onChange={onYearChange} options={years.map((value) => ({ value, label: `${value}年` }))} style={{ width: 100 }} />
        <Select aria-label="季度" value={quarter} onChange={setQuarter} options={QUARTER_OPTIONS} style={{ width: 110 }} />
        <Select aria-label="会议类型筛选" value={type} onChange={setType} options={TYPE_OPTIONS} style={{ width: 140 }} />
        <span>共 {shown.length} 条</span>
      </Space>
      <Table
        size="middle"
        rowKey="id"
        dataSource={shown}
        // Virtual rows past a few screens: a branch with thousands of records renders only the rows on screen.
        // Shorter lists stay a plain table, whose rows and cells keep their table roles for screen readers.
        virtual={shown.length > VIRTUAL_FROM_ROWS}
        scroll={{ y: 560 }}
        pagination={false}
        onRow={(meeting) => ({ onClick: () => navigate(meetingPath.view(meeting.id)), style: { cursor: 'pointer' } })}
        columns={[
          { title: '日期', width: 110, render: (_, meeting) => meeting.startAt.slice(0, 10) },
          { title: '类型', width: 130, render: (_, meeting) => <Tag color="red">{MEETING_TYPE_LABELS[meeting.type]}</Tag> },
          { title: '会议名称', dataIndex: 'sessionName', width: 320 },
          { title: '出席', width: 260, render: (_, meeting) => attendanceSummary(meeting.attendance) },
          {
            title: '状态',
            width: 200,
            render: (_, meeting) => (
              <Space size={4}>
                <MeetingStatusTag meeting={meeting} />
                <MakeUpTag meeting={meeting} />
              </Space>
            ),
          },
        ]}
        locale={{ emptyText: '这一期间还没有会议记录。' }}
      />
    </Space>
  );
}
