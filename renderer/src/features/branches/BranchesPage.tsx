import { Skeleton, Space, Tabs } from 'antd';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { branchesPath } from '../../core/navigation/branches-routes';
import { navigate, useRouteQuery } from '../../core/navigation/hash-route';
import { ConflictsCard, ImportPanel } from '../sync';
import { BranchOverviewTable } from './BranchOverviewTable';
import { useBranchOverview } from './use-branches';

/*
 * Only the overview is on the first screen: one branch's records, its binder and the other tabs
 * load when opened, so a first visit of 各支部 waits for the overview's code alone (at a city's
 * office the rest was half of the area's script: forms, date pickers, the binder, the print views).
 */
const BranchDetail = lazy(() => import('./BranchDetail').then((module) => ({ default: module.BranchDetail })));
const BinderView = lazy(() => import('../binder').then((module) => ({ default: module.BinderView })));
const ActivityYearTable = lazy(() => import('../activities').then((module) => ({ default: module.ActivityYearTable })));
const ExcellentNotesCard = lazy(() => import('./ExcellentNotesCard').then((module) => ({ default: module.ExcellentNotesCard })));
const TransferApprovalsCard = lazy(() => import('./TransferApprovalsCard').then((module) => ({ default: module.TransferApprovalsCard })));
const DevelopmentApprovalsCard = lazy(() => import('./DevelopmentApprovalsCard').then((module) => ({ default: module.DevelopmentApprovalsCard })));
const ElectionApprovalsCard = lazy(() => import('./ElectionApprovalsCard').then((module) => ({ default: module.ElectionApprovalsCard })));

const loading = <Skeleton active />;

/** 各支部 on the central office PC: import the branches' packages, the overview, the excellent notes, one branch's records. */
export function BranchesPage() {
  const rows = useBranchOverview();
  const branchId = useRouteQuery('branch');
  const binderYear = useRouteQuery('binder');
  const [printView, setPrintView] = useState<ReactNode>();
  if (!rows) return loading;
  if (printView) return printView;
  const selected = branchId ? rows.find((row) => row.peer.peerId === branchId) : undefined;
  if (selected && binderYear)
    return (
      <Suspense fallback={loading}>
        <BinderView branchId={selected.peer.peerId} year={Number(binderYear)} onBack={() => navigate(branchesPath.branch(selected.peer.peerId))} />
      </Suspense>
    );
  if (selected)
    return (
      <Suspense fallback={loading}>
        <BranchDetail peer={selected.peer} />
      </Suspense>
    );
  const later = (content: ReactNode) => <Suspense fallback={loading}>{content}</Suspense>;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <ImportPanel title="导入报送包" pickOneLabel="导入报送包" pickManyLabel="导入文件夹中的全部报送包" />
      {/* The excellent notes read every notebook held: only while their tab is shown. */}
      <Tabs
        destroyOnHidden
        items={[
          {
            key: 'overview',
            label: '报送情况',
            children: (
              <Space direction="vertical" size="middle" style={{ width: '100%' }}>
                <BranchOverviewTable rows={rows} />
                <ConflictsCard />
              </Space>
            ),
          },
          { key: 'excellent', label: '优秀学习笔记', children: later(<ExcellentNotesCard />) },
          { key: 'transfers', label: '院内调动', children: later(<TransferApprovalsCard />) },
          { key: 'development', label: '发展党员审批', children: later(<DevelopmentApprovalsCard onPrintView={setPrintView} />) },
          { key: 'elections', label: '换届选举', children: later(<ElectionApprovalsCard onPrintView={setPrintView} />) },
          {
            key: 'activities',
            label: '党建+业务',
            children: later(<ActivityYearTable branches={rows.map((row) => ({ id: row.peer.peerId, name: row.branch?.name ?? row.peer.name, brand: row.branch?.brand }))} onOpen={(id) => navigate(branchesPath.branch(id))} />),
          },
        ]}
      />
    </Space>
  );
}
