import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addYears,
  compareDates,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  formatDate,
  isValidDate,
  laterOf,
  parseDate,
  yearsBetween,
} from '../../../shared/dates';

describe('isValidDate / parseDate', () => {
  it('accepts real calendar dates only', () => {
    expect(isValidDate('2024-02-29')).toBe(true);
    expect(isValidDate('2025-02-29')).toBe(false);
    expect(isValidDate('2000-02-29')).toBe(true);
    expect(isValidDate('1900-02-29')).toBe(false);
    expect(isValidDate('2025-04-30')).toBe(true);
    expect(isValidDate('2025-04-31')).toBe(false);
    expect(isValidDate('2025-12-31')).toBe(true);
    expect(isValidDate('2025-13-01')).toBe(false);
    expect(isValidDate('2025-00-10')).toBe(false);
    expect(isValidDate('2025-01-00')).toBe(false);
  });

  it('refuses other shapes and non-strings', () => {
    for (const value of ['2025-1-05', '2025/01/05', ' 2025-01-05', '2025-01-05T00:00', '', '0000-01-01', 20250105, null, undefined]) {
      expect(isValidDate(value)).toBe(false);
    }
  });

  it('splits a date into integers and formats it back', () => {
    expect(parseDate('2026-03-09')).toEqual({ year: 2026, month: 3, day: 9 });
    expect(formatDate({ year: 2026, month: 3, day: 9 })).toBe('2026-03-09');
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
  });
});

describe('compareDates / laterOf', () => {
  it('orders dates', () => {
    expect(compareDates('2025-01-01', '2025-01-02')).toBe(-1);
    expect(compareDates('2025-01-02', '2025-01-02')).toBe(0);
    expect(compareDates('2025-01-03', '2025-01-02')).toBe(1);
    expect(laterOf('2025-01-03', '2024-12-31')).toBe('2025-01-03');
    expect(laterOf('2024-12-31', '2025-01-03')).toBe('2025-01-03');
  });

  it('throws a Chinese message on an invalid date instead of computing nonsense', () => {
    expect(() => compareDates('2025-02-30', '2025-01-01')).toThrow('日期无效');
  });
});

describe('addDays / daysBetween / dayOfWeek', () => {
  it('crosses months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });

  it('counts days signed', () => {
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-01-01', '2024-01-01')).toBe(-366);
    expect(daysBetween('2025-03-30', '2025-03-31')).toBe(1);
  });

  it('is not moved by daylight-saving changes elsewhere (Europe switches on 2025-03-30)', () => {
    expect(addDays('2025-03-29', 2)).toBe('2025-03-31');
    expect(addDays('2025-10-25', 2)).toBe('2025-10-27');
  });

  it('knows the weekday', () => {
    expect(dayOfWeek('2026-01-01')).toBe(4);
    expect(dayOfWeek('2024-02-04')).toBe(0);
    expect(dayOfWeek('2024-05-11')).toBe(6);
    expect(dayOfWeek('1969-12-31')).toBe(3);
  });
});

describe('addMonths / addYears', () => {
  it('clamps to the end of a shorter month', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2025-03-31', 1)).toBe('2025-04-30');
    expect(addMonths('2025-01-30', 1)).toBe('2025-02-28');
    expect(addMonths('2025-01-28', 1)).toBe('2025-02-28');
  });

  it('crosses years both ways', () => {
    expect(addMonths('2025-11-15', 3)).toBe('2026-02-15');
    expect(addMonths('2025-01-15', -1)).toBe('2024-12-15');
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
    expect(addMonths('2025-06-15', 0)).toBe('2025-06-15');
  });

  it('moves 29 February to 28 February in a common year', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2025-06-01', -3)).toBe('2022-06-01');
  });
});

describe('yearsBetween', () => {
  it('counts an age in whole years, turning over on the birthday', () => {
    expect(yearsBetween('2007-06-15', '2025-06-14')).toBe(17);
    expect(yearsBetween('2007-06-15', '2025-06-15')).toBe(18);
    expect(yearsBetween('2007-06-15', '2025-06-16')).toBe(18);
  });

  it('lets a 29 February birthday turn over on 28 February of a common year', () => {
    expect(yearsBetween('2004-02-29', '2022-02-27')).toBe(17);
    expect(yearsBetween('2004-02-29', '2022-02-28')).toBe(18);
    expect(yearsBetween('2004-02-29', '2024-02-28')).toBe(19);
    expect(yearsBetween('2004-02-29', '2024-02-29')).toBe(20);
  });

  it('is zero within the first year and negative backwards', () => {
    expect(yearsBetween('2025-06-15', '2025-06-15')).toBe(0);
    expect(yearsBetween('2025-06-15', '2026-06-14')).toBe(0);
    expect(yearsBetween('2025-06-15', '2023-06-15')).toBe(-2);
  });
});
