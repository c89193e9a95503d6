import { PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Skeleton, Space, Tabs } from 'antd';
import { useMemo, useState } from 'react';
import { navigate, useRouteQuery } from '../../core/navigation/hash-route';
import { useToday } from '../../core/today';
import { useOwnBranch } from '../branch';
import { useMembers } from '../members';
import { TalksPanel } from '../talks';
import { MakeUpOwedList } from './MakeUpOwedList';
import { MeetingEditor } from './MeetingEditor';
import { MeetingList } from './MeetingList';
import { meetingPath } from '../../core/navigation/meeting-routes';
import { MeetingView } from './MeetingView';
import { NewMeetingDialog } from './NewMeetingDialog';
import { MeetingPrintPage } from './print/MeetingPrintPage';
import { YearLedgerPrintPage } from './print/YearLedgerPrintPage';
import { useKeptEditor } from './use-kept-editor';
import { useMeetingDrafts, useMeetings } from './use-meetings';
import { YearGrid } from './YearGrid';

const TABS = ['list', 'grid', 'makeups', 'talks'] as const;

/** The years a selector offers: every year with a meeting, and the current one. */
function yearsOf(startAts: readonly string[], currentYear: number): number[] {
  return [...new Set([currentYear, ...startAts.map((startAt) => Number(startAt.slice(0, 4)))])].sort((a, b) => b - a);
}

/** 三会一课: the list, the yearly grid and make-ups, and the editor, record and print views by route. */
export function MeetingsPage() {
  const branch = useOwnBranch();
  const members = useMembers();
  const meetings = useMeetings();
  const drafts = useMeetingDrafts();
  const today = useToday();
  const editId = useRouteQuery('edit');
  const viewId = useRouteQuery('view');
  const printId = useRouteQuery('print');
  const printYear = useRouteQuery('printYear');
  const tabQuery = useRouteQuery('tab');
  const editorId = useKeptEditor(editId, viewId);
  const tab = TABS.find((name) => name === tabQuery) ?? 'list';
  const [year, setYear] = useState(Number(today.slice(0, 4)));
  const [creating, setCreating] = useState(false);
  const years = useMemo(() => yearsOf((meetings ?? []).map((meeting) => meeting.startAt), Number(today.slice(0, 4))), [meetings, today]);

  if (!branch || !members || !meetings || !drafts) return <Skeleton active />;
  // At the same place whether shown or kept hidden after 保存 (use-kept-editor.ts), so hiding it does not mount it again.
  const editor = editorId ? (
    <div hidden={!editId}>
      <MeetingEditor key={editorId} id={editorId} branch={branch} members={members} />
    </div>
  ) : null;
  if (editId) return <>{editor}{null}</>;
  if (viewId) return <>{editor}<MeetingView key={viewId} id={viewId} branch={branch} members={members} /></>;
  if (printId) return <MeetingPrintPage id={printId} branch={branch} members={members} />;
  if (printYear) return <YearLedgerPrintPage year={Number(printYear)} branch={branch} members={members} meetings={meetings} />;

  const toolbar = (
    <Space>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
        新建会议记录
      </Button>
      <Button icon={<PrinterOutlined />} onClick={() => navigate(meetingPath.printYear(year))}>
        打印{year}年台账
      </Button>
    </Space>
  );

  return (
    <Card>
      <Tabs
        activeKey={tab}
        onChange={(key) => navigate(meetingPath.list(key === 'list' ? undefined : key))}
        tabBarExtraContent={toolbar}
        items={[
          {
            key: 'list',
            label: '会议记录',
            children: <MeetingList meetings={meetings} drafts={drafts} year={year} years={years} onYearChange={setYear} />,
          },
          {
            key: 'grid',
            label: '年度台账',
            children: <YearGrid branch={branch} members={members} meetings={meetings} year={year} years={years} onYearChange={setYear} />,
          },
          { key: 'makeups', label: '补课', children: <MakeUpOwedList meetings={meetings} members={members} /> },
          { key: 'talks', label: '谈心谈话', children: <TalksPanel branch={branch} members={members} /> },
        ]}
      />
      <NewMeetingDialog branchId={branch.id} open={creating} onClose={() => setCreating(false)} />
    </Card>
  );
}
