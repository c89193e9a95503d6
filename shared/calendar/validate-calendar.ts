import { isValidDate } from '../dates';
import { isRecord } from '../guards';
import type { WorkingDayCalendar } from './working-days';


function listErrors(year: string, label: string, list: unknown): string[] {
  if (!Array.isArray(list)) return [`${year} 年的${label}应为日期列表。`];
  return list
    .filter((date) => !isValidDate(date) || !date.startsWith(`${year}-`))
    .map((date) => `${year} 年的${label}中有无效日期“${String(date)}”（应为该年的 YYYY-MM-DD）。`);
}

function yearErrors(year: string, entry: unknown): string[] {
  if (!/^\d{4}$/.test(year)) return [`年份“${year}”无效，应为 4 位数字。`];
  if (!isRecord(entry)) return [`${year} 年的节假日安排格式无效。`];
  const errors = [...listErrors(year, '放假日期', entry.holidays), ...listErrors(year, '调休上班日期', entry.extraWorkdays)];
  if (errors.length > 0) return errors;
  const holidays = new Set(entry.holidays as string[]);
  return (entry.extraWorkdays as string[])
    .filter((date) => holidays.has(date))
    .map((date) => `${date} 不能既是放假日又是调休上班日。`);
}

/** Checks a working-day calendar that arrived in a package before it is used. */
export function validateWorkingDayCalendar(
  x: unknown,
): { ok: true; value: WorkingDayCalendar } | { ok: false; errors: string[] } {
  if (!isRecord(x) || !isRecord(x.years)) return { ok: false, errors: ['工作日历格式无效：缺少按年份的节假日安排（years）。'] };
  const errors = Object.entries(x.years).flatMap(([year, entry]) => yearErrors(year, entry));
  return errors.length === 0 ? { ok: true, value: x as unknown as WorkingDayCalendar } : { ok: false, errors };
}
