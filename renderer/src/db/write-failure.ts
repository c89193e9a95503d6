import type { DBCore, Middleware } from 'dexie';

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

/**
 * True for IndexedDB's QuotaExceededError, as thrown directly, wrapped by Dexie (inner error)
 * or among a bulk write's failures, and for the StorageFullError made from one.
 */
export function isQuotaExceeded(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const { name, inner, failures } = error as { name?: string; inner?: unknown; failures?: unknown };
  if (name === 'QuotaExceededError' || error instanceof StorageFullError) return true;
  if (Array.isArray(failures) && failures.some((failure) => isQuotaExceeded(failure, depth + 1))) return true;
  return isQuotaExceeded(inner, depth + 1);
}

/** The error a screen should show for a failed write: StorageFullError for a full disk, else the error itself. */
export function writeFailure(error: unknown): unknown {
  if (error instanceof StorageFullError) return error;
  return isQuotaExceeded(error) ? new StorageFullError() : error;
}

/**
 * A Dexie middleware that says a full disk in Chinese for every write of the database, not
 * only the audited ones: the preferences (操作人), the installation, drafts, sync state and
 * attachments go through `mutate` too. The transaction the write belonged to is rolled back
 * by IndexedDB as before; only the error a screen receives changes.
 */
export const storageFullMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'storage-full',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      return {
        ...table,
        // A single request's error comes back in `failures` (Dexie rejects above this layer), a
        // synchronous throw or an aborted transaction as a rejection: both are translated.
        mutate: (request) =>
          table.mutate(request).then(
            (response) => (response.numFailures > 0 ? { ...response, failures: mapValues(response.failures, (error) => writeFailure(error) as Error) } : response),
            (error: unknown) => {
              throw writeFailure(error);
            },
          ),
      };
    },
  }),
};

function mapValues<V, W>(values: { [key: number]: V }, map: (value: V) => W): { [key: number]: W } {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, map(value)]));
}
