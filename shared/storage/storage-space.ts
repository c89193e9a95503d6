/**
 * How much room the database has left, from the browser's storage estimate, and whether to
 * warn. The estimate's quota is what this origin may use (Chromium: a share of the free
 * disk), so little quota left means little disk left. A warning comes early enough to act:
 * when less than a tenth of the quota or less than 500 MB is left, whichever comes first;
 * an import of a year's packages with scans can take a few hundred megabytes.
 */

export const LOW_SPACE_BYTES = 500 * 1024 * 1024;
export const LOW_SPACE_SHARE = 0.1;

export interface StorageEstimateFigures {
  usage: number;
  quota: number;
}

export interface StorageSpace extends StorageEstimateFigures {
  free: number;
  /** Share of the quota in use, 0..1. */
  usedShare: number;
  low: boolean;
}

export function assessStorage(estimate: StorageEstimateFigures): StorageSpace {
  const usage = Math.max(0, estimate.usage);
  const quota = Math.max(0, estimate.quota);
  const free = Math.max(0, quota - usage);
  const usedShare = quota > 0 ? Math.min(1, usage / quota) : 1;
  return { usage, quota, free, usedShare, low: free < LOW_SPACE_BYTES || free < quota * LOW_SPACE_SHARE };
}

/** 1.5 GB, 320 MB, 12 KB: sizes as a person reads them. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toFixed(digits)} ${units[unit]}`;
}

/** The warning shown on 设置 and 首页, or null while there is room. */
export function lowSpaceWarning(space: StorageSpace): string | null {
  if (!space.low) return null;
  return `存储空间即将用尽：本程序还可使用约 ${formatBytes(space.free)}（已用 ${formatBytes(space.usage)}，共 ${formatBytes(space.quota)}）。请尽快清理磁盘，并把备份文件另存到 U 盘；空间用尽时将无法保存新的记录。`;
}
