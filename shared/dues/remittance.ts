import type { WarningSeverity } from '../branch/branch-warnings';
import { daysBetween } from '../dates';
import type { DuesRules } from '../rules/rule-set';
import { isOwedHere, type DuesLedgerMonth } from './dues-ledger';
import type { DuesRemittanceRecord } from './dues-types';
import { addMonthsToKey, dayOfMonth, monthOfDate, monthsOfQuarter, parseMonthKey, QUARTER_LABELS, quarterOfMonth, type MonthKey, type Quarter } from './months';

export interface QuarterTotals {
  year: number;
  quarter: Quarter;
  /** Members with at least one owed month in the quarter. */
  members: number;
  /** Of those, members with every owed month of the quarter paid. */
  membersPaidUp: number;
  dueFen: number;
  paidFen: number;
  outstandingFen: number;
  /** Owed months with no base: not in dueFen. */
  unknownAmountMonths: number;
}

/**
 * What the branch hands over for a quarter: the dues belonging to the quarter's months,
 * whenever paid, so an advance paid in March counts in the quarter it is for. Takes each
 * member's twelve ledger months (ledgerYear).
 */
export function quarterTotals(ledgers: ReadonlyArray<readonly DuesLedgerMonth[]>, year: number, quarter: Quarter): QuarterTotals {
  const months = new Set(monthsOfQuarter(quarter));
  const totals: QuarterTotals = { year, quarter, members: 0, membersPaidUp: 0, dueFen: 0, paidFen: 0, outstandingFen: 0, unknownAmountMonths: 0 };
  for (const ledger of ledgers) {
    const owed = ledger.filter((line) => line.year === year && months.has(line.month) && isOwedHere(line.status));
    if (owed.length === 0) continue;
    totals.members += 1;
    if (owed.every((line) => line.status === 'paid' || line.status === 'waived')) totals.membersPaidUp += 1;
    for (const line of owed) {
      totals.dueFen += line.dueFen ?? 0;
      totals.paidFen += line.paidFen;
      totals.outstandingFen += line.outstandingFen;
      if (line.status === 'noBase') totals.unknownAmountMonths += 1;
    }
  }
  return totals;
}

/** The rule set's day of the quarter's last month (clamped to the month's length). */
export function remittanceDueDate(year: number, quarter: Quarter, rules: DuesRules): string {
  const lastMonth = monthsOfQuarter(quarter).at(-1)!;
  return dayOfMonth(year, lastMonth, rules.remittanceDueDay.value);
}

export type RemittanceState = 'remitted' | 'notDue' | 'dueSoon' | 'overdue';

export interface RemittanceStatus {
  year: number;
  quarter: Quarter;
  dueDate: string;
  state: RemittanceState;
  /** Days from today to the due date: 0 on the day, negative once overdue. */
  daysLeft: number;
  severity: WarningSeverity;
  message: string;
}

/** Where a quarter's remittance stands on a day; due on the due date itself, overdue the day after. */
export function remittanceStatus(year: number, quarter: Quarter, today: string, rules: DuesRules, remittedOn = ''): RemittanceStatus {
  const dueDate = remittanceDueDate(year, quarter, rules);
  const daysLeft = daysBetween(today, dueDate);
  const what = `${year} 年${QUARTER_LABELS[quarter]}党费`;
  const status = { year, quarter, dueDate, daysLeft };
  if (remittedOn !== '') return { ...status, state: 'remitted', severity: 'info', message: `${what}已于 ${remittedOn} 上缴。` };
  if (daysLeft < 0) {
    return { ...status, state: 'overdue', severity: 'error', message: `${what}应于 ${dueDate} 前上缴，已逾期 ${-daysLeft} 天，请尽快上缴。` };
  }
  if (daysLeft <= rules.remittanceReminderDays.value) {
    const left = daysLeft === 0 ? '今天到期' : `还剩 ${daysLeft} 天`;
    return { ...status, state: 'dueSoon', severity: 'warning', message: `${what}应于 ${dueDate} 前上缴，${left}。` };
  }
  return { ...status, state: 'notDue', severity: 'info', message: `${what}应于 ${dueDate} 前上缴。` };
}

/**
 * The reminders for 首页: every quarter from the ledger's start through today's quarter
 * that is not remitted and is due soon or overdue, oldest first.
 */
export function remittanceReminders(
  remittances: readonly DuesRemittanceRecord[],
  ledgerSince: MonthKey,
  today: string,
  rules: DuesRules,
): RemittanceStatus[] {
  const current = monthOfDate(today);
  if (!current) throw new RangeError(`日期无效：“${today}”，格式应为 YYYY-MM-DD。`);
  const remitted = new Set(remittances.filter((r) => !r.deleted).map((r) => `${r.year}-${r.quarter}`));
  const reminders: RemittanceStatus[] = [];
  for (let key = ledgerSince; key <= current; key = addMonthsToKey(key, 1)) {
    const { year, month } = parseMonthKey(key)!;
    const quarter = quarterOfMonth(month);
    // One look per quarter: at the month that starts it, or at the ledger's first month.
    if (key !== ledgerSince && monthsOfQuarter(quarter)[0] !== month) continue;
    if (remitted.has(`${year}-${quarter}`)) continue;
    const status = remittanceStatus(year, quarter, today, rules);
    if (status.state !== 'notDue') reminders.push(status);
  }
  return reminders;
}
