import { useRememberedLiveQuery } from '../../core/live/remembered-live-query';
import { useActiveRules } from '../../core/rules/active-rules';
import { monthlyReportReads, type MonthlyReportBook } from './data/monthly-report-reads';

/** Every report and 回执 on this PC, live: an import or a 提交 shows at once; a later visit shows the last book at once. */
export function useMonthlyReportBook(): MonthlyReportBook | undefined {
  return useRememberedLiveQuery('monthly-report.book', () => monthlyReportReads.book(), []);
}

/** 每月报送截止日 from the rule set in use (the office sets it; default the 5th). */
export function useReportDay(): number {
  return useActiveRules().ruleSet.rules.meetings.monthlyReportDay.value;
}
