import { addDays, compareDates, dayOfWeek } from '../dates';
import { PRC_PUBLIC_HOLIDAYS } from './prc-public-holidays';

export interface WorkingDayYear {
  /** Days off, YYYY-MM-DD (weekdays and weekends alike). */
  holidays: string[];
  /** Weekend days worked in exchange for a holiday (调休上班). */
  extraWorkdays: string[];
}

/** Keyed by year ('2026'). The central office can amend it and send it in a package. */
export interface WorkingDayCalendar {
  years: Record<string, WorkingDayYear>;
}

/** provisional: the year is not configured, so only weekends were taken into account (暂算). */
export interface DayStatus {
  working: boolean;
  provisional: boolean;
}

export interface WorkingDayDate {
  date: string;
  provisional: boolean;
}

export interface WorkingDayCount {
  days: number;
  provisional: boolean;
}

/** The years built into this version of the app: the fallback for a year the central office has not typed. */
export const DEFAULT_WORKING_DAY_CALENDAR: WorkingDayCalendar = { years: PRC_PUBLIC_HOLIDAYS };

/**
 * The calendar in use: the built-in years, each replaced or joined by the years the central
 * office typed into its rule set (a year it typed wins: the office has the State Council's notice).
 */
export function calendarWithTypedYears(typed: WorkingDayCalendar | undefined): WorkingDayCalendar {
  if (!typed || Object.keys(typed.years).length === 0) return DEFAULT_WORKING_DAY_CALENDAR;
  return { years: { ...DEFAULT_WORKING_DAY_CALENDAR.years, ...typed.years } };
}

export function isWorkingDay(date: string, calendar: WorkingDayCalendar): DayStatus {
  const weekday = ![0, 6].includes(dayOfWeek(date));
  const key = date.slice(0, 4);
  if (!Object.hasOwn(calendar.years, key)) return { working: weekday, provisional: true };
  const year = calendar.years[key]!;
  if (year.holidays.includes(date)) return { working: false, provisional: false };
  if (year.extraWorkdays.includes(date)) return { working: true, provisional: false };
  return { working: weekday, provisional: false };
}

/** The n-th working day after start (start itself not counted); start when n is 0. */
export function addWorkingDays(start: string, n: number, calendar: WorkingDayCalendar): WorkingDayDate {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError('工作日天数应为不小于 0 的整数。');
  let date = start;
  let provisional = false;
  for (let remaining = n; remaining > 0; ) {
    date = addDays(date, 1);
    const status = isWorkingDay(date, calendar);
    provisional ||= status.provisional;
    if (status.working) remaining -= 1;
  }
  return { date, provisional };
}

/**
 * Working days after `from` up to and including `to`, so that
 * workingDaysBetween(a, addWorkingDays(a, n).date) is n. Negative when `to` is earlier.
 */
export function workingDaysBetween(from: string, to: string, calendar: WorkingDayCalendar): WorkingDayCount {
  if (compareDates(from, to) > 0) {
    const reverse = workingDaysBetween(to, from, calendar);
    return { days: -reverse.days, provisional: reverse.provisional };
  }
  let days = 0;
  let provisional = false;
  for (let date = addDays(from, 1); compareDates(date, to) <= 0; date = addDays(date, 1)) {
    const status = isWorkingDay(date, calendar);
    provisional ||= status.provisional;
    if (status.working) days += 1;
  }
  return { days, provisional };
}
