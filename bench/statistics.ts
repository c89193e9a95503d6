import { DEFAULT_WORKING_DAY_CALENDAR } from '../shared/calendar/working-days';
import { parsePeriod } from '../shared/meetings/periods';
import type { RuleSet } from '../shared/rules/rule-set';
import type { BranchStatRecords } from '../shared/statistics/stat-input';
import type { StatTable } from '../shared/statistics/stat-table';
import { allStatTables } from '../shared/statistics/statistics';

/**
 * The hospital's yearly statistics (the year-end report: every table of the year, stocks
 * as of 12-31 or today), computed from the records themselves, not from kept counts.
 */
export function yearlyStatistics(branches: readonly BranchStatRecords[], ruleSet: RuleSet, year: number, today: string): StatTable[] {
  const period = parsePeriod(String(year))!;
  const asOf = period.end < today ? period.end : today;
  return allStatTables(branches, { period, asOf, today, ruleSet, calendar: DEFAULT_WORKING_DAY_CALENDAR });
}
