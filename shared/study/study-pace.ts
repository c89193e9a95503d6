import { daysBetween } from '../dates';

export type PaceStatus = 'met' | 'onPace' | 'behind' | 'missed' | 'notStarted';

export const PACE_STATUS_LABELS: Record<PaceStatus, string> = {
  met: '已达标',
  onPace: '进度正常',
  behind: '进度落后',
  missed: '未达标',
  notStarted: '未开始',
};

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** The first day counted and the day after the last: from the 1st of `fromMonth` to the end of `throughMonth`. */
function periodOf(year: number, fromMonth: number, throughMonth = 12): { start: string; end: string; days: number } {
  const start = `${pad(year, 4)}-${pad(fromMonth, 2)}-01`;
  const end = throughMonth === 12 ? `${pad(year + 1, 4)}-01-01` : `${pad(year, 4)}-${pad(throughMonth + 1, 2)}-01`;
  return { start, end, days: daysBetween(start, end) };
}

/**
 * Days of the period gone by on `today`, counting today itself: 1 on its first day, its
 * full length (365 or 366 for a whole year) on 31 December and after; 0 before it. The
 * period is the year, or from `fromMonth` on for a member who arrived during it.
 */
export function elapsedDaysOfYear(year: number, today: string, fromMonth = 1, throughMonth = 12): number {
  return elapsedIn(periodOf(year, fromMonth, throughMonth), today);
}

/** The target's share due by `today`, in the period's own length (a leap year has 366 days), counted from `countedFrom` as paceStatus does. */
export function expectedHoursToDate(target: number, year: number, today: string, fromMonth = 1, throughMonth = 12, countedFrom = ''): number {
  const period = countedPeriod(year, fromMonth, throughMonth, countedFrom);
  return (target * elapsedIn(period, today)) / period.days;
}

/**
 * The period counted from `countedFrom` when that falls inside it: time before the app
 * kept a member's records is not known, so it is neither expected nor counted.
 */
function countedPeriod(year: number, fromMonth: number, throughMonth: number, countedFrom: string): { start: string; end: string; days: number } {
  const period = periodOf(year, fromMonth, throughMonth);
  if (countedFrom <= period.start || countedFrom >= period.end) return period;
  return { start: countedFrom, end: period.end, days: daysBetween(countedFrom, period.end) };
}

function elapsedIn(period: { start: string; end: string; days: number }, today: string): number {
  if (today < period.start) return 0;
  if (today >= period.end) return period.days;
  return daysBetween(period.start, today) + 1;
}

/**
 * Where a member stands. Study comes in monthly sessions, so a member is only "behind"
 * when short of the share due `graceDays` ago: on 1 January nobody is behind, and a
 * member is not flagged the day before the month's 党课. Once the year is over a member
 * short of the target has missed it; reaching the target is reported as met at any time.
 * `fromMonth` starts the period later, for a member who joined during the year;
 * `throughMonth` ends it early, for one who left (转出 or 出党). `countedFrom`, when it
 * falls inside the period, starts it on the day the app began keeping the member's
 * records: on that first day nobody is behind for the months before it.
 */
export function paceStatus(hours: number, target: number, year: number, today: string, graceDays: number, fromMonth = 1, throughMonth = 12, countedFrom = ''): PaceStatus {
  if (hours >= target) return 'met';
  const period = countedPeriod(year, fromMonth, throughMonth, countedFrom);
  const elapsed = elapsedIn(period, today);
  if (elapsed === 0) return 'notStarted';
  if (today >= period.end) return 'missed';
  const dueWithGrace = (target * Math.max(0, elapsed - graceDays)) / period.days;
  return hours < dueWithGrace ? 'behind' : 'onPace';
}
