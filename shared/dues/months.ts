import { addDays, daysInMonth, formatDate, parseDate } from '../dates';

/**
 * Calendar months as 'YYYY-MM' keys. Dues, attendance and remittance all count whole
 * months, and a key compares correctly as a string, so sets of keys are the common
 * currency between the dues ledger and the meetings module.
 */
export type MonthKey = string;

export const MONTHS_PER_YEAR = 12;
export const MONTHS_PER_QUARTER = 3;
export const QUARTERS = [1, 2, 3, 4] as const;
export type Quarter = (typeof QUARTERS)[number];

export const QUARTER_LABELS: Record<Quarter, string> = { 1: '第一季度', 2: '第二季度', 3: '第三季度', 4: '第四季度' };

const MONTH_KEY_PATTERN = /^(\d{4})-(\d{2})$/;

export function monthKey(year: number, month: number): MonthKey {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** The year and month (1–12) of a key, or undefined for anything else. */
export function parseMonthKey(key: unknown): { year: number; month: number } | undefined {
  if (typeof key !== 'string') return undefined;
  const match = MONTH_KEY_PATTERN.exec(key);
  if (!match) return undefined;
  const [year, month] = [Number(match[1]), Number(match[2])];
  return year >= 1 && month >= 1 && month <= MONTHS_PER_YEAR ? { year, month } : undefined;
}

/** The month a 'YYYY-MM-DD' date falls in, or undefined for an invalid date. */
export function monthOfDate(date: string): MonthKey | undefined {
  const parts = parseDate(date);
  return parts ? monthKey(parts.year, parts.month) : undefined;
}

/** A month key moved by a number of months (negative: earlier). */
export function addMonthsToKey(key: MonthKey, months: number): MonthKey {
  const parts = parseMonthKey(key);
  if (!parts) throw new RangeError(`月份无效：“${key}”，格式应为 YYYY-MM。`);
  const index = parts.year * MONTHS_PER_YEAR + parts.month - 1 + months;
  return monthKey(Math.floor(index / MONTHS_PER_YEAR), (index % MONTHS_PER_YEAR) + 1);
}

/** 1–12 → 1–4. */
export function quarterOfMonth(month: number): Quarter {
  return Math.ceil(month / MONTHS_PER_QUARTER) as Quarter;
}

/** The months (1–12) of a quarter, in order. */
export function monthsOfQuarter(quarter: Quarter): number[] {
  const last = quarter * MONTHS_PER_QUARTER;
  return Array.from({ length: MONTHS_PER_QUARTER }, (_, index) => last - MONTHS_PER_QUARTER + 1 + index);
}

/** 1–12, for building a year's grid. */
export const MONTHS_OF_YEAR: readonly number[] = Array.from({ length: MONTHS_PER_YEAR }, (_, index) => index + 1);

/**
 * A day of a month, clamped to the month's length: a rule that says "the 31st" ends on
 * 30 June, as periods are counted in dates.ts.
 */
export function dayOfMonth(year: number, month: number, day: number): string {
  return formatDate({ year, month, day: Math.min(day, daysInMonth(year, month)) });
}

/** '2026-05' as a secretary writes it: 2026年5月 (the key itself when it is not one). */
export function monthKeyLabel(key: MonthKey): string {
  const parts = parseMonthKey(key);
  return parts ? `${parts.year}年${parts.month}月` : key;
}

/**
 * Which branch collects which month's dues: the old branch through the month of the day
 * before the move (the last month the person was on its books, as for any 转出), the new
 * branch from the month after. A move on the 1st leaves no month to both; a move within a
 * month leaves that month to the old branch, as its letter says (党费交至).
 */
export function duesPaidThroughOnMove(effectiveOn: string): MonthKey {
  return monthOfDate(addDays(effectiveOn, -1))!;
}

/** The first month the new branch collects. */
export function firstDuesMonthAfterMove(effectiveOn: string): MonthKey {
  return addMonthsToKey(duesPaidThroughOnMove(effectiveOn), 1);
}
