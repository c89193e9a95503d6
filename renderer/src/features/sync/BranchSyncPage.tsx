import { useLiveQuery } from 'dexie-react-hooks';
import { Skeleton, Space } from 'antd';
import { useInstallation } from '../../core/installation/use-installation';
import { BranchLinkCard } from './BranchLinkCard';
import { CentralKeySwitchCard } from './CentralKeySwitchCard';
import { ConflictsCard } from './ConflictsCard';
import { syncReads } from './data/sync-repository';
import { EnrolmentImportCard } from './EnrolmentImportCard';
import { ImportPanel } from './ImportPanel';
import { ReceivedFromCentral } from './ReceivedFromCentral';
import { ReportExportCard } from './ReportExportCard';

/** 数据交换 on a branch PC: enrolment, 导出报送包, 导入回执/下发包, what came back. */
export function BranchSyncPage() {
  const installation = useInstallation();
  // Re-read whenever sync state changes (an export, an import, the enrolment).
  const status = useLiveQuery(() => syncReads.branchStatus(), [installation.ownerId]);
  if (!status) return <Skeleton active />;
  if (!status.enrolment) return <EnrolmentImportCard />;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <CentralKeySwitchCard status={status} />
      <BranchLinkCard status={status} branchName={installation.name} />
      <ReportExportCard status={status} />
      <ImportPanel title="导入回执/下发包" pickOneLabel="导入回执/下发包" />
      <ReceivedFromCentral branchId={installation.ownerId} />
      <ConflictsCard />
      <EnrolmentImportCard again />
    </Space>
  );
}
