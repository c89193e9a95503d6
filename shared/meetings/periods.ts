import { addDays, daysInMonth, formatDate, parseDate } from '../dates';
import { QUARTER_LABELS, quarterOfMonth, type Quarter } from '../dues/months';
import type { FrequencyPeriod } from '../rules/rule-types';

/**
 * A calendar period a rule counts in: '2026-09' (month), '2026-Q3' (quarter), '2026-H2'
 * (half year), '2026' (year). Keys of one kind sort as strings, and a meeting's makesUpPeriod names one.
 */
export interface Period {
  kind: FrequencyPeriod;
  key: string;
  /** YYYY-MM-DD, first day */
  start: string;
  /** YYYY-MM-DD, last day */
  end: string;
}

function monthPeriod(year: number, month: number): Period {
  return {
    kind: 'month',
    key: `${year}-${String(month).padStart(2, '0')}`,
    start: formatDate({ year, month, day: 1 }),
    end: formatDate({ year, month, day: daysInMonth(year, month) }),
  };
}

function quarterPeriod(year: number, quarter: Quarter): Period {
  const lastMonth = quarter * 3;
  return {
    kind: 'quarter',
    key: `${year}-Q${quarter}`,
    start: formatDate({ year, month: lastMonth - 2, day: 1 }),
    end: formatDate({ year, month: lastMonth, day: daysInMonth(year, lastMonth) }),
  };
}

function halfYearPeriod(year: number, half: 1 | 2): Period {
  return { kind: 'halfYear', key: `${year}-H${half}`, start: half === 1 ? `${year}-01-01` : `${year}-07-01`, end: half === 1 ? `${year}-06-30` : `${year}-12-31` };
}

function yearPeriod(year: number): Period {
  return { kind: 'year', key: String(year), start: `${year}-01-01`, end: `${year}-12-31` };
}

/**
 * Periods are computed once per (kind, day) and shared, frozen: a central office asks for
 * the period of every meeting of every branch, and parsing and formatting the same few
 * hundred dates again was most of what compliance cost. The cap bounds the memory.
 */
const CACHE_LIMIT = 20_000;
const periodCache = new Map<string, Period>();
const coveringCache = new Map<string, readonly Period[]>();

function remember<T>(cache: Map<string, T>, key: string, value: T): T {
  if (cache.size < CACHE_LIMIT) cache.set(key, value);
  return value;
}

/** The period of a kind that a date (YYYY-MM-DD, or a YYYY-MM-DDTHH:mm instant) falls in. */
export function periodOf(kind: FrequencyPeriod, date: string): Period {
  const day = date.slice(0, 10);
  const cacheKey = `${kind}|${day}`;
  const cached = periodCache.get(cacheKey);
  if (cached) return cached;
  const parts = parseDate(day);
  if (!parts) throw new RangeError(`日期无效：“${date}”。`);
  const period =
    kind === 'month'
      ? monthPeriod(parts.year, parts.month)
      : kind === 'quarter'
        ? quarterPeriod(parts.year, quarterOfMonth(parts.month))
        : kind === 'halfYear'
          ? halfYearPeriod(parts.year, parts.month <= 6 ? 1 : 2)
          : yearPeriod(parts.year);
  return remember(periodCache, cacheKey, Object.freeze(period));
}

/** The period a key names, or null for anything that is not a valid key. */
export function parsePeriod(key: string): Period | null {
  const text = key.trim();
  let match = /^(\d{4})-(\d{2})$/.exec(text);
  if (match) {
    const month = Number(match[2]);
    return month >= 1 && month <= 12 ? monthPeriod(Number(match[1]), month) : null;
  }
  match = /^(\d{4})-Q([1-4])$/i.exec(text);
  if (match) return quarterPeriod(Number(match[1]), Number(match[2]) as Quarter);
  match = /^(\d{4})-H([12])$/i.exec(text);
  if (match) return halfYearPeriod(Number(match[1]), Number(match[2]) as 1 | 2);
  match = /^(\d{4})$/.exec(text);
  return match ? yearPeriod(Number(match[1])) : null;
}

/**
 * The periods of a kind that make up `outer` — the three months of a quarter — or, when the
 * kind is coarser than `outer`, the one period containing it (the year of a month).
 */
export function periodsCovering(outer: Period, kind: FrequencyPeriod): Period[] {
  const cacheKey = `${outer.start}|${outer.end}|${kind}`;
  const cached = coveringCache.get(cacheKey);
  if (cached) return cached as Period[];
  const periods: Period[] = [];
  let next = periodOf(kind, outer.start);
  for (;;) {
    periods.push(next);
    if (next.end >= outer.end) return remember(coveringCache, cacheKey, Object.freeze(periods)) as Period[];
    next = periodOf(kind, addDays(next.end, 1));
  }
}

/** 2026年9月, 2026年第三季度, 2026年下半年, 2026年. */
export function periodLabel(period: Period): string {
  const year = period.key.slice(0, 4);
  if (period.kind === 'month') return `${year}年${Number(period.key.slice(5, 7))}月`;
  if (period.kind === 'quarter') return `${year}年${QUARTER_LABELS[Number(period.key.slice(-1)) as Quarter]}`;
  if (period.kind === 'halfYear') return `${year}年${period.key.endsWith('1') ? '上半年' : '下半年'}`;
  return `${year}年`;
}

/** 本月, 本季度, 本年: how a reminder names the current period. */
export const CURRENT_PERIOD_WORDS: Record<FrequencyPeriod, string> = { month: '本月', quarter: '本季度', halfYear: '本半年', year: '本年度' };
