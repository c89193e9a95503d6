import { dayOfWeek } from '../dates';
import type { WorkingDayYear } from './working-days';

/**
 * Statutory days off a year (全国年节及纪念日放假办法): 11 until 2024, 13 from 2025 (国务院令
 * 第795号 added 除夕 and 5月2日). Holidays on weekdays less the weekends worked in exchange
 * come to this number in a year whose arrangement is complete.
 */
export function statutoryHolidayDays(year: number): number {
  return year >= 2025 ? 13 : 11;
}

/** Days that are always in a holiday: 元旦, 劳动节, 国庆节. The lunar festivals move, so only their count is checked. */
const FIXED_FESTIVALS: ReadonlyArray<readonly [string, string]> = [
  ['01-01', '元旦'],
  ['05-01', '劳动节'],
  ['10-01', '国庆节'],
];

/** 元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节: seven, of which 中秋 and 国庆 may run together. */
const MIN_HOLIDAY_RUNS = 6;

export interface CalendarYearCheck {
  /** The year cannot be used as typed. */
  errors: string[];
  /** Worth a second look against the notice, but may be right (an arrangement that crosses the new year). */
  warnings: string[];
  holidayRuns: string[][];
  /** Weekdays off less make-up workdays: statutoryHolidayDays(year) in a complete year. */
  netDaysOff: number;
  workingDays: number;
}

const WEEKDAY_NAMES = ['日', '一', '二', '三', '四', '五', '六'];

function isWeekend(date: string): boolean {
  return [0, 6].includes(dayOfWeek(date));
}

/** Consecutive dates grouped: one group per holiday. */
function runsOf(dates: readonly string[]): string[][] {
  const runs: string[][] = [];
  for (const date of [...dates].sort()) {
    const run = runs.at(-1);
    const previous = run?.at(-1);
    if (run && previous && Date.parse(`${date}T00:00:00Z`) - Date.parse(`${previous}T00:00:00Z`) === 86_400_000) run.push(date);
    else runs.push([date]);
  }
  return runs;
}

function daysOfYear(year: number): string[] {
  const days: string[] = [];
  for (let instant = Date.UTC(year, 0, 1); new Date(instant).getUTCFullYear() === year; instant += 86_400_000) days.push(new Date(instant).toISOString().slice(0, 10));
  return days;
}

/**
 * Whether a year's holidays and make-up workdays, as the office typed them, make a whole
 * year's arrangement: the fixed festivals are there, there are enough separate holidays,
 * every make-up workday is a weekend day, and the days off add up to the statutory number.
 */
export function checkCalendarYear(year: number, entry: WorkingDayYear): CalendarYearCheck {
  const errors: string[] = [];
  const warnings: string[] = [];
  const holidays = new Set(entry.holidays);
  const outside = [...entry.holidays, ...entry.extraWorkdays].filter((date) => !date.startsWith(`${year}-`));
  if (outside.length > 0) errors.push(`${outside.join('、')} 不在 ${year} 年。`);
  for (const date of entry.extraWorkdays.filter((day) => holidays.has(day))) errors.push(`${date} 不能既是放假日又是调休上班日。`);
  for (const date of entry.extraWorkdays.filter((day) => !isWeekend(day))) {
    errors.push(`调休上班日 ${date} 是星期${WEEKDAY_NAMES[dayOfWeek(date)]}，本来就是工作日；调休上班日应为周六或周日。`);
  }
  const missing = FIXED_FESTIVALS.filter(([day]) => !holidays.has(`${year}-${day}`)).map(([, name]) => name);
  if (missing.length > 0) errors.push(`放假日期中没有${missing.join('、')}（${year} 年的安排不完整）。`);
  const holidayRuns = runsOf(entry.holidays.filter((date) => date.startsWith(`${year}-`)));
  if (holidayRuns.length < MIN_HOLIDAY_RUNS) {
    errors.push(`放假日期只有 ${holidayRuns.length} 段，全年应有元旦、春节、清明节、劳动节、端午节、中秋节、国庆节（中秋节与国庆节可能连休），至少 ${MIN_HOLIDAY_RUNS} 段。`);
  }
  const netDaysOff = entry.holidays.filter((date) => !isWeekend(date)).length - entry.extraWorkdays.filter(isWeekend).length;
  const statutory = statutoryHolidayDays(year);
  if (errors.length === 0 && netDaysOff !== statutory) {
    warnings.push(`按所填日期，工作日放假 ${netDaysOff + entry.extraWorkdays.length} 天、调休上班 ${entry.extraWorkdays.length} 天，合计少上班 ${netDaysOff} 天；${year} 年法定节假日应为 ${statutory} 天，请对照国务院办公厅通知核对（元旦跨年安排时可能不同）。`);
  }
  const workingDays = daysOfYear(year).filter((date) => (isWeekend(date) ? entry.extraWorkdays.includes(date) : !holidays.has(date))).length;
  return { errors, warnings, holidayRuns, netDaysOff, workingDays };
}
