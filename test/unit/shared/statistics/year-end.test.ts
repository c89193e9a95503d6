import { describe, expect, it } from 'vitest';
import { DEFAULT_WORKING_DAY_CALENDAR } from '../../../../shared/calendar/working-days';
import { NATIONAL_RULE_SET } from '../../../../shared/rules/national-rule-set';
import { inYearEndOrder, yearEndCaveat, yearEndScope, yearEndTables } from '../../../../shared/statistics/year-end';
import { memberRecord } from '../support/member-fixture';
import { records, scope } from './stat-fixture';

describe('the year-end 党内统计 (年报)', () => {
  // Joined on 2025-12-31: a member on the year's last day, counted in the year-end stock; one who left on 12-31 is not.
  const lastDay = memberRecord({ name: '年末入党', stage: 'probationary', joinedOn: '2025-12-31' });
  const left = memberRecord({ name: '年末转出', stage: 'full', joinedOn: '2010-07-01', transfers: [{ direction: 'out', date: '2025-12-31', counterpart: '省人民医院党委', note: '' }] });

  it('counts the stocks as of 12-31 and the flows over the calendar year, 党内统计 tables first', () => {
    const tables = yearEndTables([records([lastDay, left])], yearEndScope(2025, '2026-12-07', NATIONAL_RULE_SET, DEFAULT_WORKING_DAY_CALENDAR));
    expect(tables.map((table) => [table.id, table.periodLabel])).toEqual([
      ['memberComposition', '截至2025-12-31'],
      ['organisation', '截至2025-12-31'],
      ['development', '2025年'],
      ['membershipChanges', '2025年'],
      ['appraisal', '2025年度'],
      ['meetingLife', '2025年'],
      ['study', '2025年（2025年累计至2025-12-31）'],
      ['dues', '2025年'],
    ]);
    const [composition, , development, changes] = tables;
    expect(composition!.total.cells.total!.ids).toEqual([lastDay.id]);
    expect(composition!.total.cells.probationary!.ids).toEqual([lastDay.id]);
    expect(development!.total.cells.admitted!.ids).toEqual([lastDay.id]);
    expect(changes!.total.cells.transferOut!.ids).toEqual([left.id]);
    // Tables counted in another order (kept per branch) are put in the report's, and none may be missing.
    expect(inYearEndOrder([...tables].reverse()).map((table) => table.id)).toEqual(tables.map((table) => table.id));
    expect(() => inYearEndOrder(tables.slice(1))).toThrow('党内统计年报缺少“memberComposition”表。');
  });

  it('refuses a scope that is not a year counted on 12-31, and says when the year is not closed yet', () => {
    expect(() => yearEndTables([], scope('2025-Q4'))).toThrow('党内统计年报按年度统计');
    expect(() => yearEndTables([], scope('2025', '2026-12-07', '2025-06-30'))).toThrow('时点为 12 月 31 日');
    expect(yearEndCaveat(2026, '2026-12-07')).toBe('2026年尚未结束：12月31日的时点数按2026-12-07已登记的记录统计，年终请重新导出。');
    expect(yearEndCaveat(2025, '2026-01-05')).toBeNull();
  });
});
