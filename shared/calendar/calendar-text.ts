import { addDays, compareDates, daysInMonth, formatDate, monthDayText, parseDate } from '../dates';

/**
 * Dates as the central office types them from the State Council's notice: one item per
 * line or separated by 、，；, each a date or a range with 至/到/~ — 2027-02-06, 2027/2/6,
 * 2月6日, 2月6日至12日, 2月6日至2月12日, 2027年2月6日至2027年2月12日. A date without a
 * year is in `year`. Returns the dates in order, each once, and a Chinese message for every
 * item it could not read.
 */
export function parseCalendarDates(year: number, text: string): { dates: string[]; errors: string[] } {
  const dates = new Set<string>();
  const errors: string[] = [];
  for (const item of text.split(/[\n\r,，、;；]+/).map((part) => part.trim()).filter(Boolean)) {
    const range = readRange(year, item);
    if (typeof range === 'string') errors.push(range);
    else for (let date = range.first; compareDates(date, range.last) <= 0; date = addDays(date, 1)) dates.add(date);
  }
  return { dates: [...dates].sort(), errors };
}

/** The most days one item may span: the longest holiday (春节) is nine days; a typo like 2月6日至12月6日 is not a holiday. */
const MAX_RANGE_DAYS = 15;

function readRange(year: number, item: string): { first: string; last: string } | string {
  const [from, to, ...rest] = item.split(/\s*(?:至|到|~|～|—|–)\s*/);
  if (!from || rest.length > 0) return `无法识别“${item}”：应为日期或“起始日期至结束日期”。`;
  const first = readDate(year, from);
  if (!first) return `无法识别日期“${from}”（如 2027-02-06 或 2月6日）。`;
  if (to === undefined) return { first, last: first };
  const parts = parseDate(first)!;
  // “2月6日至12日”: the end gives only a day of the start's month.
  const dayOnly = /^(\d{1,2})日?$/.exec(to);
  const last = dayOnly ? validDate(parts.year, parts.month, Number(dayOnly[1])) : readDate(parts.year, to);
  if (!last) return `无法识别日期“${to}”（如 2027-02-12、2月12日或 12日）。`;
  if (compareDates(last, first) < 0) return `“${item}”的结束日期早于起始日期。`;
  if (compareDates(addDays(first, MAX_RANGE_DAYS), last) < 0) return `“${item}”超过 ${MAX_RANGE_DAYS} 天，请核对。`;
  return { first, last };
}

function readDate(year: number, text: string): string | undefined {
  const full = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text);
  if (full) return validDate(Number(full[1]), Number(full[2]), Number(full[3]));
  const short = /^(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text);
  return short ? validDate(year, Number(short[1]), Number(short[2])) : undefined;
}

function validDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return formatDate({ year, month, day });
}

/**
 * Dates written back the way a notice writes them, runs of consecutive days as ranges:
 * 1月1日至3日、2月5日至12日、5月8日 (the inverse of parseCalendarDates, for a year shown again).
 */
export function formatCalendarDates(dates: readonly string[]): string {
  const runs: Array<[string, string]> = [];
  for (const date of [...dates].sort()) {
    const run = runs.at(-1);
    if (run && addDays(run[1], 1) === date) run[1] = date;
    else runs.push([date, date]);
  }
  return runs
    .map(([first, last]) => {
      if (first === last) return monthDayText(first);
      const end = first.slice(0, 7) === last.slice(0, 7) ? `${Number(last.slice(8, 10))}日` : monthDayText(last);
      return `${monthDayText(first)}至${end}`;
    })
    .join('、');
}
