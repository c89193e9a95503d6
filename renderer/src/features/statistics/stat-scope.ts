import { addDays, isValidDate } from '../../../../shared/dates';
import { parsePeriod, periodOf, type Period } from '../../../../shared/meetings/periods';

export type PeriodKind = 'month' | 'quarter' | 'year';

export const PERIOD_KIND_LABELS: Record<PeriodKind, string> = { month: '月', quarter: '季度', year: '年' };

/** The period a screen opens on: last month, as the monthly report is made at the start of a month. */
export function defaultPeriodKey(today: string): string {
  return periodOf('month', addDays(`${today.slice(0, 7)}-01`, -1)).key;
}

/** The choices of a kind from the first year with records to the current period, latest first. */
export function periodChoices(kind: PeriodKind, today: string, firstYear: number): Period[] {
  const choices: Period[] = [];
  let period = periodOf(kind, today);
  while (Number(period.start.slice(0, 4)) >= firstYear) {
    choices.push(period);
    period = periodOf(kind, addDays(period.start, -1));
  }
  return choices;
}

/** The day stocks are counted on: the period's last day, or today while it runs. */
export function asOfFor(period: Period, today: string): string {
  return period.end < today ? period.end : today;
}

export function periodFromKey(key: string): Period {
  const period = parsePeriod(key);
  if (!period) throw new RangeError(`统计期无效：“${key}”。`);
  return period;
}

/** Why a typed 统计截止日期 cannot be used, or null: a real day, not after today (records of later days do not exist yet). */
export function asOfError(value: string, today: string): string | null {
  if (!isValidDate(value)) return `统计截止日期“${value}”不是有效日期，请按 年-月-日 填写。`;
  if (value > today) return `统计截止日期 ${value} 晚于今天（${today}），未采用：截止日期不能晚于今天。`;
  return null;
}
