/**
 * A write IndexedDB refused because the disk (or the browser's quota) is full. Its message
 * says, in Chinese, that nothing was saved and what to do; the transaction was rolled back,
 * so every stored record is as it was.
 */
export class StorageFullError extends Error {
  constructor() {
    super('磁盘空间不足，这次修改没有保存（已保存的记录没有改动，屏幕上填写的内容仍在）。请删除电脑上不需要的文件以释放空间，并在“设置 → 数据备份与恢复”中把数据备份到 U 盘，然后再保存。');
    this.name = 'StorageFullError';
  }
}

/** True for IndexedDB's QuotaExceededError, as thrown directly or wrapped by Dexie (inner error). */
export function isQuotaExceeded(error: unknown): boolean {
  for (let current = error as { name?: string; inner?: unknown } | undefined, depth = 0; current && depth < 5; current = current.inner as typeof current, depth += 1) {
    if (current.name === 'QuotaExceededError') return true;
  }
  return false;
}

/** The error a screen should show for a failed write: StorageFullError for a full disk, else the error itself. */
export function writeFailure(error: unknown): unknown {
  return isQuotaExceeded(error) ? new StorageFullError() : error;
}
