/**
 * Date-only calendar maths on 'YYYY-MM-DD' strings. Records carry dates without a time
 * or zone, so every computation works on UTC day numbers: a PC's local time zone or a
 * daylight-saving switch can never move a date by one day.
 */

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The parts of a real calendar date, or undefined for anything else (2025-02-29, '2025-1-5'). */
export function parseDate(value: unknown): DateParts | undefined {
  if (typeof value !== 'string') return undefined;
  const match = DATE_PATTERN.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export function isValidDate(value: unknown): value is string {
  return parseDate(value) !== undefined;
}

function partsOf(date: string): DateParts {
  const parts = parseDate(date);
  if (!parts) throw new RangeError(`日期无效：“${date}”，格式应为 YYYY-MM-DD。`);
  return parts;
}

export function formatDate({ year, month, day }: DateParts): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function dayNumber(date: string): number {
  const { year, month, day } = partsOf(date);
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 onto 1900–1999.
  const instant = new Date(0);
  instant.setUTCFullYear(year, month - 1, day);
  return Math.round(instant.getTime() / MS_PER_DAY);
}

function fromDayNumber(days: number): string {
  const instant = new Date(days * MS_PER_DAY);
  return formatDate({ year: instant.getUTCFullYear(), month: instant.getUTCMonth() + 1, day: instant.getUTCDate() });
}

/** Negative, zero or positive as a is before, on or after b. */
export function compareDates(a: string, b: string): number {
  return Math.sign(dayNumber(a) - dayNumber(b));
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

/**
 * Calendar months later (or earlier). A day missing from the target month is clamped to
 * its last day (2024-01-31 + 1 month = 2024-02-29), as Party and civil rules count
 * periods: without a corresponding day, the period ends on the month's last day.
 */
export function addMonths(date: string, months: number): string {
  const { year, month, day } = partsOf(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  return formatDate({ year: targetYear, month: targetMonth, day: Math.min(day, daysInMonth(targetYear, targetMonth)) });
}

export function addYears(date: string, years: number): string {
  return addMonths(date, years * 12);
}

/** Days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * Whole years from `from` to `to` (an age when `from` is the birth date). One turns N on
 * the day addYears(birth, N) reaches, so a person born on 29 February turns 18 on
 * 28 February of a common year, the same day a one-year period from 29 February ends.
 */
export function yearsBetween(from: string, to: string): number {
  if (compareDates(from, to) > 0) return -yearsBetween(to, from);
  const years = partsOf(to).year - partsOf(from).year;
  return compareDates(addYears(from, years), to) > 0 ? years - 1 : years;
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: string): number {
  // Day 0 (1970-01-01) was a Thursday.
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

export function laterOf(a: string, b: string): string {
  return compareDates(a, b) >= 0 ? a : b;
}

/** 2026-12-05 → 12月5日: a date in running Chinese text, without its year. */
export function monthDayText(date: string): string {
  return `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}

/** 2026-12-05 → 2026年12月5日: a date as a certificate or a decision is dated. */
export function yearMonthDayText(date: string): string {
  return `${Number(date.slice(0, 4))}年${monthDayText(date)}`;
}
