import { daysBetween } from '../dates';

export type PaceStatus = 'met' | 'onPace' | 'behind' | 'missed' | 'notStarted';

export const PACE_STATUS_LABELS: Record<PaceStatus, string> = {
  met: '已达标',
  onPace: '进度正常',
  behind: '进度落后',
  missed: '未达标',
  notStarted: '未开始',
};

function daysInYear(year: number): number {
  return daysBetween(`${String(year).padStart(4, '0')}-01-01`, `${String(year + 1).padStart(4, '0')}-01-01`);
}

/** Days of `year` gone by on `today`, counting today itself: 1 on 1 January, 365 or 366 on 31 December. */
export function elapsedDaysOfYear(year: number, today: string): number {
  const todayYear = Number(today.slice(0, 4));
  if (todayYear < year) return 0;
  if (todayYear > year) return daysInYear(year);
  return daysBetween(`${today.slice(0, 4)}-01-01`, today) + 1;
}

/** The target's share due by `today`, in the year's own length (a leap year has 366 days). */
export function expectedHoursToDate(target: number, year: number, today: string): number {
  return (target * elapsedDaysOfYear(year, today)) / daysInYear(year);
}

/**
 * Where a member stands. Study comes in monthly sessions, so a member is only "behind"
 * when short of the share due `graceDays` ago: on 1 January nobody is behind, and a
 * member is not flagged the day before the month's 党课. Once the year is over a member
 * short of the target has missed it; reaching the target is reported as met at any time.
 */
export function paceStatus(hours: number, target: number, year: number, today: string, graceDays: number): PaceStatus {
  if (hours >= target) return 'met';
  const elapsed = elapsedDaysOfYear(year, today);
  if (elapsed === 0) return 'notStarted';
  if (Number(today.slice(0, 4)) > year) return 'missed';
  const dueWithGrace = (target * Math.max(0, elapsed - graceDays)) / daysInYear(year);
  return hours < dueWithGrace ? 'behind' : 'onPace';
}
