import { useEffect, useState } from 'react';
import { formatDate } from '../../../shared/dates';

/** Today's date on this PC as YYYY-MM-DD, in local time (a meeting at 23:30 belongs to today). */
export function localToday(now: Date = new Date()): string {
  return formatDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}

const MINUTE = 60_000;

/** Today's date, updated when the app stays open past midnight (office PCs are rarely shut down). */
export function useToday(): string {
  const [today, setToday] = useState(localToday);
  useEffect(() => {
    const timer = setInterval(() => setToday(localToday()), MINUTE);
    return () => clearInterval(timer);
  }, []);
  return today;
}
