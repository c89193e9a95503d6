import { FileExcelOutlined } from '@ant-design/icons';
import { Button, Card, Select, Skeleton, Space, Tabs } from 'antd';
import { lazy, Suspense, useMemo, useState } from 'react';
import { navigate, useRouteQuery } from '../../core/navigation/hash-route';
import { useToday } from '../../core/today';
import { MemberNotebook } from './MemberNotebook';
import { NoteEntryPanel } from './NoteEntryPanel';
import { NotebookPrintPage } from './print/NotebookPrintPage';
import { OpeningHoursDialog } from './OpeningHoursDialog';
import { StudyLedgerTable, StudySummaryCards } from './StudyLedgerTable';
import { studyPath } from '../../core/navigation/study-routes';
import { useLedgerExport } from './use-ledger-export';
import { useStudyData } from './use-study';

const TABS = ['ledger', 'entry', 'charts'] as const;

// ECharts is about a third of the app's code: loaded when the charts are first opened, so it never slows the start.
const StudyCharts = lazy(() => import('./StudyCharts').then((module) => ({ default: module.StudyCharts })));

/** The years offered: every year with a notebook, and the current one. */
function yearsOf(notebookYears: readonly number[], currentYear: number): number[] {
  return [...new Set([currentYear, ...notebookYears])].sort((a, b) => b - a);
}

/** 学习: the hours ledger, fast note entry and charts for a year; a member's notebook and its print view by route. */
export function StudyPage() {
  const today = useToday();
  const currentYear = Number(today.slice(0, 4));
  const yearQuery = Number(useRouteQuery('year'));
  const year = Number.isInteger(yearQuery) && yearQuery > 1900 ? yearQuery : currentYear;
  const tabQuery = useRouteQuery('tab');
  const tab = TABS.find((name) => name === tabQuery) ?? 'ledger';
  const memberId = useRouteQuery('member');
  const printId = useRouteQuery('print');
  const data = useStudyData(year);
  const exporter = useLedgerExport(data);
  const years = useMemo(() => yearsOf((data?.notebooks ?? []).map((book) => book.year), currentYear), [data, currentYear]);
  const [openingOpen, setOpeningOpen] = useState(false);

  if (!data) return <Skeleton active />;
  if (printId) return <NotebookPrintPage data={data} memberId={printId} year={year} />;
  if (memberId) return <MemberNotebook key={`${memberId}-${year}`} data={data} memberId={memberId} year={year} />;

  const toolbar = (
    <Space>
      <Button onClick={() => setOpeningOpen(true)}>登记期初学时</Button>
      <Select aria-label="年度" value={year} onChange={(value) => navigate(studyPath.tab(tab, value))} options={years.map((value) => ({ value, label: `${value}年` }))} style={{ width: 100 }} />
      <Button icon={<FileExcelOutlined />} loading={exporter.busy} onClick={() => void exporter.run()}>
        导出学时台账
      </Button>
    </Space>
  );

  return (
    <Card>
      <Tabs
        activeKey={tab}
        onChange={(key) => navigate(studyPath.tab(key, year === currentYear ? undefined : year))}
        tabBarExtraContent={toolbar}
        items={[
          {
            key: 'ledger',
            label: '学时台账',
            children: (
              <Space direction="vertical" style={{ width: '100%' }} size="middle">
                <StudySummaryCards ledger={data.ledger} />
                <StudyLedgerTable ledger={data.ledger} />
                <OpeningHoursDialog open={openingOpen} ledger={data.ledger} branchId={data.branch.id} onClose={() => setOpeningOpen(false)} />
              </Space>
            ),
          },
          { key: 'entry', label: '登记学习笔记', children: <NoteEntryPanel data={data} year={year} /> },
          {
            key: 'charts',
            label: '统计图表',
            children: (
              <Suspense fallback={<Skeleton active />}>
                <StudyCharts ledger={data.ledger} />
              </Suspense>
            ),
          },
        ]}
      />
    </Card>
  );
}
