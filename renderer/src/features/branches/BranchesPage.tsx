import { Skeleton, Space, Tabs } from 'antd';
import { useState, type ReactNode } from 'react';
import { branchesPath } from '../../core/navigation/branches-routes';
import { navigate, useRouteQuery } from '../../core/navigation/hash-route';
import { ActivityYearTable } from '../activities';
import { BinderView } from '../binder';
import { ConflictsCard, ImportPanel } from '../sync';
import { BranchDetail } from './BranchDetail';
import { BranchOverviewTable } from './BranchOverviewTable';
import { ExcellentNotesCard } from './ExcellentNotesCard';
import { TransferApprovalsCard } from './TransferApprovalsCard';
import { DevelopmentApprovalsCard } from './DevelopmentApprovalsCard';
import { ElectionApprovalsCard } from './ElectionApprovalsCard';
import { useBranchOverview } from './use-branches';

/** 各支部 on the central office PC: import the branches' packages, the overview, the excellent notes, one branch's records. */
export function BranchesPage() {
  const rows = useBranchOverview();
  const branchId = useRouteQuery('branch');
  const binderYear = useRouteQuery('binder');
  const [printView, setPrintView] = useState<ReactNode>();
  if (!rows) return <Skeleton active />;
  if (printView) return printView;
  const selected = branchId ? rows.find((row) => row.peer.peerId === branchId) : undefined;
  if (selected && binderYear) return <BinderView branchId={selected.peer.peerId} year={Number(binderYear)} onBack={() => navigate(branchesPath.branch(selected.peer.peerId))} />;
  if (selected) return <BranchDetail peer={selected.peer} />;
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
          { key: 'excellent', label: '优秀学习笔记', children: <ExcellentNotesCard /> },
          { key: 'transfers', label: '院内调动', children: <TransferApprovalsCard /> },
          { key: 'development', label: '发展党员审批', children: <DevelopmentApprovalsCard onPrintView={setPrintView} /> },
          { key: 'elections', label: '换届选举', children: <ElectionApprovalsCard onPrintView={setPrintView} /> },
          {
            key: 'activities',
            label: '党建+业务',
            children: <ActivityYearTable branches={rows.map((row) => ({ id: row.peer.peerId, name: row.branch?.name ?? row.peer.name, brand: row.branch?.brand }))} onOpen={(id) => navigate(branchesPath.branch(id))} />,
          },
        ]}
      />
    </Space>
  );
}
