import { useInstallation } from '../../core/installation/use-installation';
import { BranchDocuments } from './BranchDocuments';
import { OfficeDocuments } from './OfficeDocuments';

/** 文件: the office publishes and follows the 阅读回执; a branch reads what came and keeps its own. */
export function DocumentsPage() {
  const installation = useInstallation();
  return installation.role === 'central' ? <OfficeDocuments /> : <BranchDocuments branchId={installation.ownerId} />;
}
