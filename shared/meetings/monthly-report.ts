import { compareDates, daysBetween, parseDate } from '../dates';
import { addMonthsToKey, dayOfMonth, monthKey, parseMonthKey, type MonthKey } from '../dues/months';

/**
 * The monthly 组织生活月报: by the rule set's report day (`meetings.monthlyReportDay`) a branch
 * hands the office a package with last month's organisational life. A package made (on the
 * branch) or received (at the office) on or after the 1st of this month covers last month.
 */
export interface MonthlyReportDue {
  /** The month reported on: last month. */
  month: MonthKey;
  /** This month's report day (the rule's day, clamped to the month's length). */
  deadline: string;
  state: 'sent' | 'due' | 'overdue';
  /** Days from today to the deadline; negative once past. */
  daysLeft: number;
}

/** Days before the deadline from which an unsent report is a warning rather than a note. */
export const REPORT_WARNING_DAYS = 3;

/** Where this month's report stands on `today`, given the date of the last package made or received (local dates). */
export function monthlyReportDue(today: string, reportDay: number, lastPackageOn: string | undefined): MonthlyReportDue {
  const { year, month } = parseDate(today)!;
  const deadline = dayOfMonth(year, month, reportDay);
  const firstOfMonth = dayOfMonth(year, month, 1);
  const sent = lastPackageOn !== undefined && compareDates(lastPackageOn, firstOfMonth) >= 0;
  const daysLeft = daysBetween(today, deadline);
  return { month: addMonthsToKey(monthKey(year, month), -1), deadline, state: sent ? 'sent' : daysLeft < 0 ? 'overdue' : 'due', daysLeft };
}

/** '11月', '12月5日': how a report's month and deadline are named on screen. */
export function reportMonthLabel(month: MonthKey): string {
  return `${parseMonthKey(month)!.month}月`;
}

export function reportDeadlineLabel(deadline: string): string {
  const { month, day } = parseDate(deadline)!;
  return `${month}月${day}日`;
}

/** The to-do line for a report not yet sent, with its severity; none once sent. */
export function monthlyReportReminder(due: MonthlyReportDue): { severity: 'info' | 'warning' | 'error'; message: string } | undefined {
  const month = reportMonthLabel(due.month);
  const deadline = reportDeadlineLabel(due.deadline);
  if (due.state === 'sent') return undefined;
  if (due.state === 'overdue') return { severity: 'error', message: `${month}组织生活情况应于 ${deadline}前报送院党委，已逾期 ${-due.daysLeft} 天：请导出报送包交院党委组织科。` };
  const when = due.daysLeft === 0 ? '今天截止' : `还有 ${due.daysLeft} 天`;
  return { severity: due.daysLeft <= REPORT_WARNING_DAYS ? 'warning' : 'info', message: `请于 ${deadline}前导出报送包，向院党委报送${month}组织生活情况（${when}）。` };
}

/** A short state for a table cell or a card line: '已报送', '待报送（12月5日截止）', '逾期未报送（应于 12月5日前）'. */
export function monthlyReportStateText(due: MonthlyReportDue): string {
  const deadline = reportDeadlineLabel(due.deadline);
  if (due.state === 'sent') return '已报送';
  return due.state === 'overdue' ? `逾期未报送（应于 ${deadline}前）` : `待报送（${deadline}截止）`;
}
