/**
 * Which automatic backups to keep: the last RETENTION.keepLast, and the newest of each of
 * the last RETENTION.monthlyFor calendar months (the current month included), so that a
 * mistake noticed weeks later can still be undone from a backup made before it.
 *
 * Times are the PC's local wall time ('YYYY-MM-DDTHH:mm:ss'), which is what a branch
 * secretary reads on the file and means by "the backup of March": a month boundary in UTC
 * would put a backup made on 1 April at 07:00 in Beijing into March.
 */

export const RETENTION = { keepLast: 30, monthlyFor: 12 } as const;

export interface StoredBackup {
  /** A file name or database key: whatever the store deletes by. */
  id: string;
  /** Local wall time of the backup, 'YYYY-MM-DDTHH:mm:ss'. */
  localTime: string;
}

export interface RetentionPlan {
  keep: string[];
  remove: string[];
}

const LOCAL_TIME = /^(\d{4})-(\d{2})-\d{2}T\d{2}:\d{2}:\d{2}$/;

/** Months since year 0, so that months of different years can be subtracted. */
function monthIndex(localTime: string): number | null {
  const match = LOCAL_TIME.exec(localTime);
  if (!match) return null;
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? Number(match[1]) * 12 + month - 1 : null;
}

/**
 * Which of the stored backups stay and which go, as of `now` (local wall time). A backup
 * whose time cannot be read is kept: deleting what we do not understand could delete the
 * only good copy.
 */
export function planRetention(backups: readonly StoredBackup[], now: string, policy: { keepLast: number; monthlyFor: number } = RETENTION): RetentionPlan {
  const current = monthIndex(now);
  if (current === null) throw new Error(`Not a local time: ${now}`);
  const readable = backups.filter((backup) => monthIndex(backup.localTime) !== null);
  const newestFirst = [...readable].sort((a, b) => b.localTime.localeCompare(a.localTime) || b.id.localeCompare(a.id));
  const keep = new Set(newestFirst.slice(0, policy.keepLast).map((backup) => backup.id));
  const monthsKept = new Set<number>();
  for (const backup of newestFirst) {
    const month = monthIndex(backup.localTime)!;
    const age = current - month;
    if (age < 0 || age >= policy.monthlyFor || monthsKept.has(month)) continue;
    monthsKept.add(month);
    keep.add(backup.id);
  }
  for (const backup of backups) if (monthIndex(backup.localTime) === null) keep.add(backup.id);
  return {
    keep: backups.filter((backup) => keep.has(backup.id)).map((backup) => backup.id),
    remove: backups.filter((backup) => !keep.has(backup.id)).map((backup) => backup.id),
  };
}

/** True when none of the backups was made on the local calendar day of `now`: time for today's. */
export function isBackupDue(backups: readonly StoredBackup[], now: string): boolean {
  const today = now.slice(0, 10);
  return !backups.some((backup) => backup.localTime.slice(0, 10) === today);
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** A date's local wall time in the form the plan reads. */
export function localTimeOf(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}
