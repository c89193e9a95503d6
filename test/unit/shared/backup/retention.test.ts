import { describe, expect, it } from 'vitest';
import { RETENTION, isBackupDue, localTimeOf, planRetention, type StoredBackup } from '../../../../shared/backup/retention';

/** One backup a day at 09:00 local time, from `first` for `days` days. */
function daily(first: string, days: number): StoredBackup[] {
  const start = new Date(`${first}T09:00:00`);
  return Array.from({ length: days }, (_, index) => {
    const day = new Date(start.getFullYear(), start.getMonth(), start.getDate() + index, 9, 0, 0);
    const localTime = localTimeOf(day);
    return { id: `auto-${localTime}`, localTime };
  });
}

function monthsOf(ids: string[]): string[] {
  return [...new Set(ids.map((id) => id.slice('auto-'.length, 'auto-'.length + 7)))].sort();
}

describe('backup retention', () => {
  it('keeps everything while there are 30 or fewer', () => {
    const backups = daily('2026-11-01', 30);
    expect(planRetention(backups, '2026-11-30T10:00:00')).toEqual({ keep: backups.map((b) => b.id), remove: [] });
  });

  it('keeps the last 30 and the newest of each earlier month, across a year boundary', () => {
    // Daily from 2025-06-01 to 2026-02-15: 260 backups.
    const backups = daily('2025-06-01', 260);
    expect(backups.at(-1)!.localTime).toBe('2026-02-15T09:00:00');
    const { keep, remove } = planRetention(backups, '2026-02-15T12:00:00');
    expect(keep.length + remove.length).toBe(260);
    const last30 = backups.slice(-30).map((b) => b.id);
    expect(keep).toEqual(expect.arrayContaining(last30));
    // Twelve months back from February 2026 reaches March 2025; June 2025 is the first with backups.
    const monthly = keep.filter((id) => !last30.includes(id));
    expect(monthly).toEqual([
      'auto-2025-06-30T09:00:00',
      'auto-2025-07-31T09:00:00',
      'auto-2025-08-31T09:00:00',
      'auto-2025-09-30T09:00:00',
      'auto-2025-10-31T09:00:00',
      'auto-2025-11-30T09:00:00',
      'auto-2025-12-31T09:00:00',
    ]);
    expect(keep).toHaveLength(30 + 7);
  });

  it('drops months older than a year: in January the window starts in February of the year before', () => {
    const backups = daily('2024-12-20', 400); // to 2026-01-23
    const { keep } = planRetention(backups, '2026-01-23T18:00:00');
    expect(monthsOf(keep)).toEqual([
      '2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07',
      '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01',
    ]);
    expect(keep).not.toContain('auto-2025-01-31T09:00:00');
    expect(keep).toContain('auto-2025-02-28T09:00:00');
    // The last 30 (25 December to 23 January) hold the newest of December and January already.
    expect(keep).toHaveLength(30 + 10);
  });

  it('counts the month by local wall time: 1 April 00:30 is April, 31 March 23:59 is March', () => {
    const backups: StoredBackup[] = [
      { id: 'march', localTime: '2026-03-31T23:59:00' },
      { id: 'april', localTime: '2026-04-01T00:30:00' },
    ];
    const plan = planRetention(backups, '2027-03-15T09:00:00', { keepLast: 0, monthlyFor: RETENTION.monthlyFor });
    expect(plan).toEqual({ keep: ['april'], remove: ['march'] }); // March 2026 is 12 months before March 2027: outside
    expect(planRetention(backups, '2027-02-15T09:00:00', { keepLast: 0, monthlyFor: 12 }).keep).toEqual(['march', 'april']);
  });

  it('keeps a backup whose time it cannot read rather than delete it', () => {
    const backups = [...daily('2026-01-01', 60), { id: 'copied-by-hand', localTime: 'yesterday' }];
    const { keep, remove } = planRetention(backups, '2026-03-01T09:00:00');
    expect(keep).toContain('copied-by-hand');
    expect(remove).not.toContain('copied-by-hand');
    expect(remove.length).toBeGreaterThan(0);
  });

  it('is due once per local day', () => {
    const backups = daily('2026-12-01', 1);
    expect(isBackupDue(backups, '2026-12-01T23:59:59')).toBe(false);
    expect(isBackupDue(backups, '2026-12-02T00:00:00')).toBe(true);
    expect(isBackupDue([], '2026-12-01T10:00:00')).toBe(true);
  });

  it('refuses a "now" it cannot read', () => {
    expect(() => planRetention([], '2026-12-01')).toThrow();
  });
});
