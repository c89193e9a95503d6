/**
 * What 首页 says about 组织生活月报: on a branch PC, last month's report while it is unsent (a
 * reminder until the report day, overdue after it) and every report the office returned; at
 * the central office, the branches that have not sent last month's report.
 */
import type { WarningSeverity } from '../branch/branch-warnings';
import { monthDayText as dueText } from '../dates';
import {
  monthLabel,
  reportDueOn,
  reportMonthBefore,
  reportOwed,
  reportReview,
  type MonthlyReportRecord,
  type MonthlyReportReturnRecord,
} from './monthly-report';

export interface ReportReminder {
  key: string;
  severity: WarningSeverity;
  text: string;
  /** The report's month (YYYY-MM), for the link to it. */
  month: string;
  /** Where the reminder sends the secretary: the report, or 数据交换 to make the package that carries it. */
  target: 'report' | 'export';
}

/** How this branch PC delivers reports: enrolled with the office, and when it last made a report package. */
export interface ReportDelivery {
  enrolled: boolean;
  lastExportAt?: string;
}

/** A branch's ledger began on the day its record was made (local date of the instant is close enough for a month's end). */
function ledgerSince(branch: { createdAt: string }): string {
  return branch.createdAt.slice(0, 10);
}

export function branchReportReminders(
  branch: { createdAt: string },
  reports: readonly MonthlyReportRecord[],
  returns: ReadonlyMap<string, MonthlyReportReturnRecord>,
  reportDay: number,
  today: string,
  delivery?: ReportDelivery,
): ReportReminder[] {
  const reminders: ReportReminder[] = [];
  const month = reportMonthBefore(today);
  const last = reports.find((report) => report.month === month);
  const due = reportDueOn(month, reportDay);
  if (reportOwed(month, ledgerSince(branch)) && !last?.submittedAt) {
    reminders.push(
      today > due
        ? { key: `monthly-report-${month}`, month, target: 'report', severity: 'error', text: `${monthLabel(month)}组织生活月报已超过报送截止日（${dueText(due)}）仍未签名提交：请在“组织生活月报”中核对、签名提交后导出报送包。` }
        : { key: `monthly-report-${month}`, month, target: 'report', severity: 'warning', text: `${monthLabel(month)}组织生活月报尚未签名提交：请在“组织生活月报”中核对、签名提交，并于${dueText(due)}前导出报送包。` },
    );
  }
  // Signed is not yet sent: the report reaches the office in the next report package made after it.
  if (last?.submittedAt && delivery?.enrolled && !(delivery.lastExportAt && delivery.lastExportAt >= last.submittedAt)) {
    reminders.push({
      key: `monthly-report-export-${month}`,
      month,
      target: 'export',
      severity: today > due ? 'error' : 'warning',
      text: `${monthLabel(month)}组织生活月报已签名提交，尚未随报送包交院党委：请在“数据交换”中导出报送包（截止${dueText(due)}）。`,
    });
  }
  for (const report of [...reports].sort((a, b) => a.month.localeCompare(b.month))) {
    const returned = returns.get(report.id);
    if (report.submittedAt && reportReview(report, returned) === 'returned') {
      reminders.push({ key: `monthly-report-returned-${report.month}`, month: report.month, target: 'report', severity: 'warning', text: `${monthLabel(report.month)}组织生活月报被院党委退回修改：${returned!.opinion}` });
    }
  }
  return reminders;
}

export function officeReportReminders(branches: readonly { id: string; name: string; createdAt: string }[], reports: readonly MonthlyReportRecord[], reportDay: number, today: string): ReportReminder[] {
  const month = reportMonthBefore(today);
  const due = reportDueOn(month, reportDay);
  if (today <= due) return [];
  const sent = new Set(reports.filter((report) => report.month === month && report.submittedAt).map((report) => report.branchId));
  const missing = branches.filter((branch) => reportOwed(month, ledgerSince(branch)) && !sent.has(branch.id));
  if (missing.length === 0) return [];
  return [{ key: `monthly-report-missing-${month}`, month, target: 'report', severity: 'error', text: `${missing.length} 个支部逾期未报${monthLabel(month)}组织生活月报（截止${dueText(due)}）：${missing.map((branch) => branch.name).join('、')}` }];
}
