import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_WORKING_DAY_CALENDAR } from '../../../../shared/calendar/working-days';
import { addDays } from '../../../../shared/dates';
import { parsePeriod } from '../../../../shared/meetings/periods';
import { NATIONAL_RULE_SET } from '../../../../shared/rules/national-rule-set';
import type { BranchStatRecords, StatScope } from '../../../../shared/statistics/stat-input';
import { allStatTables, todayDependence } from '../../../../shared/statistics/statistics';
import { DEFAULT_TODAY, generateDataset, statRecordsOf } from '../../../support/generator';

function scopeOn(key: string, today: string): StatScope {
  const period = parsePeriod(key)!;
  return { period, asOf: period.end < today ? period.end : today, today, ruleSet: NATIONAL_RULE_SET, calendar: DEFAULT_WORKING_DAY_CALENDAR };
}

/** Days from `first`, `step` apart, `count` of them. */
const days = (first: string, step: number, count: number) => Array.from({ length: count }, (_, index) => addDays(first, index * step));

describe('what of today the statistics depend on (todayDependence): kept figures made on one day are good on another with the same key', () => {
  let branches: BranchStatRecords[];
  beforeAll(() => {
    branches = generateDataset({ branches: 6, members: 80, years: 3 }, { today: DEFAULT_TODAY }).map(statRecordsOf);
  });

  it.each(['2026-10', '2026-11', '2026-Q3', '2026', '2025'])('%s: every day with the same key gives the same tables, and a change of the tables changes the key', (key) => {
    const period = parsePeriod(key)!;
    // Days while the period runs, just after it, and on through the ends of the quarters and years it lies in.
    const checked = [...new Set([...days(period.start, 9, 4), ...days(addDays(period.end, -2), 1, 5), ...days(addDays(period.end, 1), 23, 20)])].filter((day) => day <= '2027-12-31');
    const seen = new Map<string, { day: string; tables: unknown }>();
    let keys = 0;
    for (const day of checked) {
      const scope = scopeOn(key, day);
      const tables = allStatTables(branches, scope);
      const dependence = todayDependence(scope);
      const earlier = seen.get(dependence);
      if (earlier) expect(tables, `${key}: ${earlier.day} and ${day} share the key ${dependence}`).toEqual(earlier.tables);
      else {
        keys += 1;
        seen.set(dependence, { day, tables });
      }
    }
    // The key is not the date: most of these days share one.
    expect(keys).toBeLessThan(checked.length / 2);
  });

  it('last month keeps its key from day to day until the quarter it lies in ends; a running month does not', () => {
    expect(todayDependence(scopeOn('2026-11', '2026-12-07'))).toBe(todayDependence(scopeOn('2026-11', '2026-12-31')));
    expect(todayDependence(scopeOn('2026-11', '2026-12-31'))).not.toBe(todayDependence(scopeOn('2026-11', '2027-01-01')));
    expect(todayDependence(scopeOn('2026-12', '2026-12-07'))).not.toBe(todayDependence(scopeOn('2026-12', '2026-12-08')));
  });
});
