import { useInstallation } from '../../core/installation/use-installation';
import { BranchSyncPage } from './BranchSyncPage';
import { CentralSyncPage } from './CentralSyncPage';

/** 数据交换: what it offers depends on what this PC is. */
export function SyncPage() {
  const { role } = useInstallation();
  return role === 'central' ? <CentralSyncPage /> : <BranchSyncPage />;
}
