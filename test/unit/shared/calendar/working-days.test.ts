import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WORKING_DAY_CALENDAR as CAL,
  addWorkingDays,
  isWorkingDay,
  workingDaysBetween,
  type WorkingDayCalendar,
} from '../../../../shared/calendar/working-days';

const EMPTY: WorkingDayCalendar = { years: {} };

describe('isWorkingDay', () => {
  it('treats weekdays as working and weekends as rest in a configured year', () => {
    expect(isWorkingDay('2025-03-07', CAL)).toEqual({ working: true, provisional: false });
    expect(isWorkingDay('2025-03-08', CAL)).toEqual({ working: false, provisional: false });
    expect(isWorkingDay('2025-03-09', CAL)).toEqual({ working: false, provisional: false });
  });

  it('applies holidays and the weekends worked in exchange', () => {
    expect(isWorkingDay('2025-10-08', CAL)).toEqual({ working: false, provisional: false });
    expect(isWorkingDay('2025-10-09', CAL)).toEqual({ working: true, provisional: false });
    expect(isWorkingDay('2025-10-11', CAL)).toEqual({ working: true, provisional: false });
    expect(isWorkingDay('2025-10-12', CAL)).toEqual({ working: false, provisional: false });
  });

  it('falls back to weekends only, marked provisional, for a year not configured', () => {
    expect(isWorkingDay('2027-10-01', CAL)).toEqual({ working: true, provisional: true });
    expect(isWorkingDay('2027-10-02', CAL)).toEqual({ working: false, provisional: true });
    expect(isWorkingDay('2025-10-01', EMPTY)).toEqual({ working: true, provisional: true });
  });
});

describe('addWorkingDays', () => {
  it('counts working days after the start, skipping a weekend', () => {
    expect(addWorkingDays('2025-03-06', 1, CAL)).toEqual({ date: '2025-03-07', provisional: false });
    expect(addWorkingDays('2025-03-06', 2, CAL)).toEqual({ date: '2025-03-10', provisional: false });
    expect(addWorkingDays('2025-03-07', 5, CAL)).toEqual({ date: '2025-03-14', provisional: false });
    expect(addWorkingDays('2025-03-07', 0, CAL)).toEqual({ date: '2025-03-07', provisional: false });
  });

  it('jumps the National Day week and lands on the Saturday worked in exchange', () => {
    // 2025-09-30 (Tue) → 10-01..10-08 off → 10-09 Thu, 10-10 Fri, 10-11 Sat (调休上班).
    expect(addWorkingDays('2025-09-30', 1, CAL).date).toBe('2025-10-09');
    expect(addWorkingDays('2025-09-30', 3, CAL).date).toBe('2025-10-11');
    expect(addWorkingDays('2025-09-30', 4, CAL).date).toBe('2025-10-13');
  });

  it('marks a result provisional once it reaches an unconfigured year', () => {
    expect(addWorkingDays('2026-12-29', 2, CAL)).toEqual({ date: '2026-12-31', provisional: false });
    expect(addWorkingDays('2026-12-29', 3, CAL)).toEqual({ date: '2027-01-01', provisional: true });
  });

  it('refuses a negative or fractional count', () => {
    expect(() => addWorkingDays('2025-03-07', -1, CAL)).toThrow('工作日天数应为不小于 0 的整数。');
    expect(() => addWorkingDays('2025-03-07', 1.5, CAL)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it('is the inverse of addWorkingDays', () => {
    for (const n of [0, 1, 3, 5, 10, 30]) {
      const { date } = addWorkingDays('2025-09-26', n, CAL);
      expect(workingDaysBetween('2025-09-26', date, CAL)).toEqual({ days: n, provisional: false });
    }
  });

  it('counts the Spring Festival fortnight of 2026 with its two working Saturdays', () => {
    // 2026-02-13 (Fri) to 2026-02-28 (Sat): 02-14 Sat worked, 15–23 off, 24–27 worked, 28 Sat worked.
    expect(workingDaysBetween('2026-02-13', '2026-02-28', CAL)).toEqual({ days: 6, provisional: false });
  });

  it('is negative backwards and provisional across an unconfigured year', () => {
    expect(workingDaysBetween('2025-03-14', '2025-03-07', CAL)).toEqual({ days: -5, provisional: false });
    expect(workingDaysBetween('2026-12-31', '2027-01-04', CAL)).toEqual({ days: 2, provisional: true });
  });
});
