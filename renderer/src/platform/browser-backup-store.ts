import Dexie, { type Table } from 'dexie';
import { PlatformError, type LocalBackupEntry, type LocalBackupStore } from './platform';

/** Apart from the app's database ('branch-ledger'): a restore or a wiped ledger leaves these alone. */
export const BROWSER_BACKUP_DATABASE = 'branch-ledger-backups';

interface StoredBackupRow {
  name: string;
  size: number;
  bytes: Uint8Array;
}

class BackupDatabase extends Dexie {
  backups!: Table<StoredBackupRow, string>;
  /** Names and sizes alone, so that listing thirty backups never reads their bytes. */
  listing!: Table<LocalBackupEntry, string>;

  constructor() {
    super(BROWSER_BACKUP_DATABASE);
    this.version(1).stores({ backups: 'name' });
    this.version(2)
      .stores({ listing: 'name' })
      .upgrade(async (transaction) => {
        await transaction.table('backups').each((row: StoredBackupRow) => transaction.table('listing').put({ name: row.name, size: row.size }));
      });
  }
}

/** Browser mode's automatic backups, opened on first use. */
export function createBrowserBackupStore(): LocalBackupStore {
  let db: BackupDatabase | undefined;
  const open = () => (db ??= new BackupDatabase());
  return {
    location: async () => `浏览器本地存储（单独的 IndexedDB 数据库 ${BROWSER_BACKUP_DATABASE}）`,
    list: () => open().listing.orderBy('name').toArray(),
    async write(name, bytes) {
      const backups = open();
      await backups.transaction('rw', backups.backups, backups.listing, async () => {
        await backups.backups.put({ name, size: bytes.length, bytes });
        await backups.listing.put({ name, size: bytes.length });
      });
    },
    async read(name) {
      const row = await open().backups.get(name);
      if (!row) throw new PlatformError(`找不到备份“${name}”。`, 'NOT_FOUND');
      return row.bytes;
    },
    async remove(name) {
      const backups = open();
      await backups.transaction('rw', backups.backups, backups.listing, async () => {
        await backups.backups.delete(name);
        await backups.listing.delete(name);
      });
    },
  };
}
