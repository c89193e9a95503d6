import Dexie, { type Table } from 'dexie';
import { PlatformError, type LocalBackupStore } from './platform';

/** Apart from the app's database ('branch-ledger'): a restore or a wiped ledger leaves these alone. */
export const BROWSER_BACKUP_DATABASE = 'branch-ledger-backups';

interface StoredBackupRow {
  name: string;
  size: number;
  bytes: Uint8Array;
}

class BackupDatabase extends Dexie {
  backups!: Table<StoredBackupRow, string>;
  constructor() {
    super(BROWSER_BACKUP_DATABASE);
    this.version(1).stores({ backups: 'name' });
  }
}

/** Browser mode's automatic backups, opened on first use. */
export function createBrowserBackupStore(): LocalBackupStore {
  let db: BackupDatabase | undefined;
  const open = () => (db ??= new BackupDatabase());
  return {
    location: async () => `浏览器本地存储（单独的 IndexedDB 数据库 ${BROWSER_BACKUP_DATABASE}）`,
    async list() {
      const rows: { name: string; size: number }[] = [];
      // Names and sizes only: the bytes of thirty backups are never read together.
      await open().backups.each((row) => rows.push({ name: row.name, size: row.size }));
      return rows.sort((a, b) => a.name.localeCompare(b.name));
    },
    async write(name, bytes) {
      await open().backups.put({ name, size: bytes.length, bytes });
    },
    async read(name) {
      const row = await open().backups.get(name);
      if (!row) throw new PlatformError(`找不到备份“${name}”。`, 'NOT_FOUND');
      return row.bytes;
    },
    async remove(name) {
      await open().backups.delete(name);
    },
  };
}
