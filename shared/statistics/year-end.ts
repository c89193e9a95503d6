/**
 * The year-end 党内统计 (年报): the tables the 党内统计 asks for at the close of a year, stocks
 * counted as of 12-31 (中共中央组织部《党内统计报表》: 时点数 as of 12月31日, 时期数 for the
 * calendar year), followed by the year's 组织生活, 学时 and 党费 tables the office reports with it.
 */
import type { WorkingDayCalendar } from '../calendar/working-days';
import { parsePeriod } from '../meetings/periods';
import type { RuleSet } from '../rules/rule-set';
import type { BranchStatRecords, StatScope } from './stat-input';
import type { StatTable } from './stat-table';
import { statTable, type StatTableId } from './statistics';

/** 党内统计 tables first (队伍, 组织, 发展, 转接和出党, 民主评议), then the year's organisational life. */
export const YEAR_END_TABLES: readonly StatTableId[] = ['memberComposition', 'organisation', 'development', 'membershipChanges', 'appraisal', 'meetingLife', 'study', 'dues'];

export function yearEndTitle(year: number): string {
  return `${year}年度党内统计年报`;
}

/** The year, its stocks on 12-31; `today` still decides what is called missing while the year runs. */
export function yearEndScope(year: number, today: string, ruleSet: RuleSet, calendar: WorkingDayCalendar): StatScope {
  const period = parsePeriod(String(year));
  if (!period) throw new RangeError(`年度无效：“${year}”。`);
  return { period, asOf: period.end, today, ruleSet, calendar };
}

/** Every table of the year-end report, in its order. */
export function yearEndTables(branches: readonly BranchStatRecords[], scope: StatScope): StatTable[] {
  if (scope.period.kind !== 'year' || scope.asOf !== scope.period.end) throw new RangeError('党内统计年报按年度统计，时点为 12 月 31 日。');
  return YEAR_END_TABLES.map((id) => statTable(id, branches, scope));
}

/** Tables counted elsewhere (kept per branch) put in the report's order; every one must be there. */
export function inYearEndOrder(tables: readonly StatTable[]): StatTable[] {
  return YEAR_END_TABLES.map((id) => {
    const table = tables.find((each) => each.id === id);
    if (!table) throw new RangeError(`党内统计年报缺少“${id}”表。`);
    return table;
  });
}

/** A sentence for a year not closed yet: stocks on 12-31 are the records as they stand today. */
export function yearEndCaveat(year: number, today: string): string | null {
  return today <= `${year}-12-31` ? `${year}年尚未结束：12月31日的时点数按${today}已登记的记录统计，年终请重新导出。` : null;
}
