import { describe, expect, it } from 'vitest';
import { elapsedDaysOfYear, expectedHoursToDate, paceStatus } from '../../../../shared/study/study-pace';

describe('elapsedDaysOfYear', () => {
  it('counts today: 1 on 1 January, the year length on 31 December', () => {
    expect(elapsedDaysOfYear(2026, '2026-01-01')).toBe(1);
    expect(elapsedDaysOfYear(2026, '2026-12-31')).toBe(365);
    expect(elapsedDaysOfYear(2028, '2028-12-31')).toBe(366);
    expect(elapsedDaysOfYear(2028, '2028-03-01')).toBe(61);
    expect(elapsedDaysOfYear(2026, '2026-03-01')).toBe(60);
  });

  it('is nothing before the year and all of it after', () => {
    expect(elapsedDaysOfYear(2027, '2026-12-31')).toBe(0);
    expect(elapsedDaysOfYear(2024, '2026-06-01')).toBe(366);
  });
});

describe('a period from a later month, for a member who arrived during the year', () => {
  it('counts the days from the 1st of that month to the year’s end', () => {
    expect(elapsedDaysOfYear(2026, '2026-06-30', 7)).toBe(0);
    expect(elapsedDaysOfYear(2026, '2026-07-01', 7)).toBe(1);
    // July to December 2026: 184 days.
    expect(elapsedDaysOfYear(2026, '2026-12-31', 7)).toBe(184);
    expect(elapsedDaysOfYear(2026, '2027-03-01', 7)).toBe(184);
    // 1 December of a leap year to the end: 31 days either way.
    expect(elapsedDaysOfYear(2028, '2028-12-31', 12)).toBe(31);
  });

  it('spreads the pro-rated target over the period, and paces it with the same grace', () => {
    expect(expectedHoursToDate(16, 2026, '2026-12-31', 7)).toBe(16);
    expect(expectedHoursToDate(16, 2026, '2026-06-01', 7)).toBe(0);
    expect(expectedHoursToDate(184, 2026, '2026-08-01', 7)).toBe(32);
    // Nobody is behind in the period's first month.
    expect(paceStatus(0, 16, 2026, '2026-07-30', 30, 7)).toBe('onPace');
    expect(paceStatus(0, 16, 2026, '2026-07-31', 30, 7)).toBe('behind');
    expect(paceStatus(0, 16, 2026, '2026-06-15', 30, 7)).toBe('notStarted');
    // 1 October is day 93 of 184: 16 × 63 / 184 ≈ 5.48 due with grace.
    expect(paceStatus(5.5, 16, 2026, '2026-10-01', 30, 7)).toBe('onPace');
    expect(paceStatus(5, 16, 2026, '2026-10-01', 30, 7)).toBe('behind');
    expect(paceStatus(15.5, 16, 2026, '2027-01-01', 30, 7)).toBe('missed');
  });
});

describe('a period ending early, for a member who left during the year', () => {
  it('ends with the month of leaving: the whole target is due then, and short of it is missed', () => {
    // January to July 2026: 212 days.
    expect(elapsedDaysOfYear(2026, '2026-07-31', 1, 7)).toBe(212);
    expect(elapsedDaysOfYear(2026, '2026-09-01', 1, 7)).toBe(212);
    expect(expectedHoursToDate(19, 2026, '2026-08-15', 1, 7)).toBe(19);
    expect(paceStatus(18.5, 19, 2026, '2026-07-31', 30, 1, 7)).toBe('onPace');
    expect(paceStatus(18.5, 19, 2026, '2026-08-01', 30, 1, 7)).toBe('missed');
    expect(paceStatus(19, 19, 2026, '2026-08-01', 30, 1, 7)).toBe('met');
  });
});

describe('expectedHoursToDate', () => {
  it('is the target share of the days gone by, in the year’s own length', () => {
    expect(expectedHoursToDate(365, 2026, '2026-01-01')).toBe(1);
    expect(expectedHoursToDate(32, 2026, '2026-12-31')).toBe(32);
    expect(expectedHoursToDate(366, 2028, '2028-02-29')).toBe(60);
    expect(expectedHoursToDate(56, 2028, '2028-12-31')).toBe(56);
    expect(expectedHoursToDate(32, 2026, '2025-12-31')).toBe(0);
  });
});

describe('paceStatus', () => {
  it('never calls a member behind in the first month of the year', () => {
    expect(paceStatus(0, 32, 2026, '2026-01-01', 30)).toBe('onPace');
    expect(paceStatus(0, 32, 2026, '2026-01-30', 30)).toBe('onPace');
    expect(paceStatus(0, 32, 2026, '2026-01-31', 30)).toBe('behind');
  });

  it('is behind when short of the share due a grace period ago', () => {
    // 1 July 2026 is day 182; 152 days less grace: 32 × 152 / 365 ≈ 13.3.
    expect(paceStatus(13, 32, 2026, '2026-07-01', 30)).toBe('behind');
    expect(paceStatus(13.5, 32, 2026, '2026-07-01', 30)).toBe('onPace');
  });

  it('uses 366 days in a leap year', () => {
    // 31 December 2028 is day 366: due with grace 32 × 336 / 366 ≈ 29.38.
    expect(paceStatus(29.5, 32, 2028, '2028-12-31', 30)).toBe('onPace');
    expect(paceStatus(29, 32, 2028, '2028-12-31', 30)).toBe('behind');
  });

  it('is met at the target at any time, missed after the year ends short, not started before it', () => {
    expect(paceStatus(32, 32, 2026, '2026-02-01', 30)).toBe('met');
    expect(paceStatus(31.5, 32, 2026, '2027-01-01', 30)).toBe('missed');
    expect(paceStatus(0, 32, 2027, '2026-12-31', 30)).toBe('notStarted');
  });
});

describe('pace counted from the day the records began', () => {
  it('expects nothing before that day and is not behind on it', () => {
    expect(paceStatus(0, 32, 2026, '2026-12-06', 30, 1, 12, '2026-12-06')).toBe('onPace');
    expect(expectedHoursToDate(32, 2026, '2026-12-06', 1, 12, '2026-12-06')).toBeCloseTo(32 / 26, 5);
    expect(paceStatus(0, 32, 2026, '2026-12-06', 30)).toBe('behind');
  });

  it('ignores a start before the period or after it', () => {
    expect(expectedHoursToDate(32, 2026, '2026-12-31', 1, 12, '2025-06-01')).toBe(32);
    expect(paceStatus(0, 32, 2026, '2026-12-31', 30, 1, 12, '2027-02-01')).toBe('behind');
  });
});
