import { describe, expect, it } from 'vitest';
import { PRC_PUBLIC_HOLIDAYS } from '../../../../shared/calendar/prc-public-holidays';
import { validateWorkingDayCalendar } from '../../../../shared/calendar/validate-calendar';
import { DEFAULT_WORKING_DAY_CALENDAR as CAL, isWorkingDay } from '../../../../shared/calendar/working-days';
import { dayOfWeek } from '../../../../shared/dates';

const working = (date: string) => isWorkingDay(date, CAL).working;

describe('PRC public holidays', () => {
  it('configures 2024, 2025 and 2026 and nothing else', () => {
    expect(Object.keys(PRC_PUBLIC_HOLIDAYS)).toEqual(['2024', '2025', '2026']);
    expect(validateWorkingDayCalendar(CAL).ok).toBe(true);
  });

  it('has every worked-in-exchange day on a weekend, as the notices say', () => {
    for (const year of Object.values(PRC_PUBLIC_HOLIDAYS)) {
      for (const date of year.extraWorkdays) expect([0, 6], date).toContain(dayOfWeek(date));
    }
  });

  it('matches the days off per year: 2024 (11 statutory), 2025 and 2026 (13 statutory)', () => {
    const weekdaysOff = (year: string) => PRC_PUBLIC_HOLIDAYS[year]!.holidays.filter((date) => ![0, 6].includes(dayOfWeek(date))).length;
    // Every weekday off is a statutory day or paid back by a weekend worked, so the
    // difference is the statutory count (raised from 11 to 13 days from 2025 on).
    const statutory = (year: string) => weekdaysOff(year) - PRC_PUBLIC_HOLIDAYS[year]!.extraWorkdays.length;
    expect(statutory('2024')).toBe(11);
    expect(statutory('2025')).toBe(13);
    expect(statutory('2026')).toBe(13);
  });

  it('follows the 2024 notice, where 除夕 (9 Feb) stayed a working day', () => {
    expect(working('2024-02-04')).toBe(true);
    expect(working('2024-02-09')).toBe(true);
    expect(working('2024-02-10')).toBe(false);
    expect(working('2024-02-17')).toBe(false);
    expect(working('2024-02-18')).toBe(true);
    expect(working('2024-04-07')).toBe(true);
    expect(working('2024-06-10')).toBe(false);
    expect(working('2024-09-14')).toBe(true);
    expect(working('2024-10-07')).toBe(false);
    expect(working('2024-10-08')).toBe(true);
  });

  it('follows the 2025 notice (除夕 off, 8-day National Day with Mid-Autumn)', () => {
    expect(working('2025-01-27')).toBe(true);
    expect(working('2025-01-28')).toBe(false);
    expect(working('2025-02-04')).toBe(false);
    expect(working('2025-02-05')).toBe(true);
    expect(working('2025-02-08')).toBe(true);
    expect(working('2025-04-27')).toBe(true);
    expect(working('2025-05-05')).toBe(false);
    expect(working('2025-06-02')).toBe(false);
    expect(working('2025-09-28')).toBe(true);
  });

  it('follows the 2026 notice (9-day Spring Festival)', () => {
    expect(working('2026-01-02')).toBe(false);
    expect(working('2026-01-04')).toBe(true);
    expect(working('2026-02-14')).toBe(true);
    expect(working('2026-02-23')).toBe(false);
    expect(working('2026-02-24')).toBe(true);
    expect(working('2026-05-05')).toBe(false);
    expect(working('2026-05-09')).toBe(true);
    expect(working('2026-09-20')).toBe(true);
    expect(working('2026-10-07')).toBe(false);
    expect(working('2026-10-08')).toBe(true);
    expect(working('2026-10-10')).toBe(true);
  });
});
