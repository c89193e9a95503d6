import { useInstallation } from '../../core/installation/use-installation';
import { BranchMonthlyReport } from './BranchMonthlyReport';
import { OfficeMonthlyReports } from './OfficeMonthlyReports';

/** 组织生活月报: the branch fills and submits its month; the central office sees every branch's and returns them. */
export function MonthlyReportPage() {
  return useInstallation().role === 'central' ? <OfficeMonthlyReports /> : <BranchMonthlyReport />;
}
