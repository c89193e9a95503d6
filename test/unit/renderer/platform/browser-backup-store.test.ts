import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { BROWSER_BACKUP_DATABASE, createBrowserBackupStore } from '../../../../renderer/src/platform/browser-backup-store';
import { PlatformError } from '../../../../renderer/src/platform/platform';

afterEach(async () => {
  await Dexie.delete(BROWSER_BACKUP_DATABASE);
});

describe('browser backup store', () => {
  it('writes, lists by name without the bytes, reads and removes', async () => {
    const store = createBrowserBackupStore();
    await store.write('auto-2026-12-02T09-00-00.zbbak', new Uint8Array([1, 2, 3]));
    await store.write('auto-2026-12-01T09-00-00.zbbak', new Uint8Array([4]));
    expect(await store.list()).toEqual([
      { name: 'auto-2026-12-01T09-00-00.zbbak', size: 1 },
      { name: 'auto-2026-12-02T09-00-00.zbbak', size: 3 },
    ]);
    expect(await store.read('auto-2026-12-02T09-00-00.zbbak')).toEqual(new Uint8Array([1, 2, 3]));
    await store.remove('auto-2026-12-01T09-00-00.zbbak');
    expect((await store.list()).map((entry) => entry.name)).toEqual(['auto-2026-12-02T09-00-00.zbbak']);
    await expect(store.read('auto-2026-12-01T09-00-00.zbbak')).rejects.toThrow(PlatformError);
  });

  it('lists the backups a version-1 store holds after its upgrade', async () => {
    const old = new Dexie(BROWSER_BACKUP_DATABASE);
    old.version(1).stores({ backups: 'name' });
    await old.table('backups').put({ name: 'auto-2026-12-01T09-00-00.zbbak', size: 2, bytes: new Uint8Array([7, 8]) });
    old.close();
    expect(await createBrowserBackupStore().list()).toEqual([{ name: 'auto-2026-12-01T09-00-00.zbbak', size: 2 }]);
  });
});
