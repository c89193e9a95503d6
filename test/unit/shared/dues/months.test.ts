import { describe, expect, it } from 'vitest';
import { addMonthsToKey, dayOfMonth, monthKey, monthOfDate, monthsOfQuarter, parseMonthKey, quarterOfMonth } from '../../../../shared/dues/months';

describe('month keys', () => {
  it('builds, parses and refuses keys', () => {
    expect(monthKey(2026, 3)).toBe('2026-03');
    expect(parseMonthKey('2026-12')).toEqual({ year: 2026, month: 12 });
    for (const bad of ['2026-13', '2026-00', '2026-1', 202603, '0000-01']) expect(parseMonthKey(bad)).toBeUndefined();
    expect(monthOfDate('2026-02-28')).toBe('2026-02');
    expect(monthOfDate('2026-02-30')).toBeUndefined();
  });

  it('moves across year ends both ways', () => {
    expect(addMonthsToKey('2025-11', 3)).toBe('2026-02');
    expect(addMonthsToKey('2026-01', -1)).toBe('2025-12');
    expect(addMonthsToKey('2026-01', -13)).toBe('2024-12');
    expect(() => addMonthsToKey('2026-13', 1)).toThrow('月份无效');
  });

  it('maps months to quarters and back', () => {
    expect([1, 3, 4, 6, 7, 9, 10, 12].map(quarterOfMonth)).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
    expect(monthsOfQuarter(4)).toEqual([10, 11, 12]);
    expect(dayOfMonth(2024, 2, 31)).toBe('2024-02-29');
  });
});
