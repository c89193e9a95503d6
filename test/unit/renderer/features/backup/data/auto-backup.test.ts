import { describe, expect, it } from 'vitest';
import { databasePerTest } from '../../../support/test-database';
import { backupBeforeRestore, listAutoBackups, localTimeOfName, runDailyBackup } from '../../../../../../renderer/src/features/backup/data/auto-backup';
import { createBackupRepository } from '../../../../../../renderer/src/features/backup/data/backup-repository';
import { createInstallationRepository } from '../../../../../../renderer/src/core/installation/installation-repository';
import type { LocalBackupStore } from '../../../../../../renderer/src/platform/platform';
import { createMemberRepository } from '../../../../../../renderer/src/features/members/data/member-repository';
import { memberInput } from '../../../../shared/support/member-fixture';

const database = databasePerTest();

function memoryStore(failWrites = false): LocalBackupStore & { files: Map<string, Uint8Array> } {
  const files = new Map<string, Uint8Array>();
  return {
    files,
    location: async () => 'memory',
    list: async () => [...files].map(([name, bytes]) => ({ name, size: bytes.length })).sort((a, b) => a.name.localeCompare(b.name)),
    write: async (name, bytes) => {
      if (failWrites) throw new Error('磁盘空间不足');
      files.set(name, bytes);
    },
    read: async (name) => files.get(name)!,
    remove: async (name) => {
      files.delete(name);
    },
  };
}

async function emptyRepository() {
  const db = database();
  const { ownerId } = await createInstallationRepository(db).complete({ role: 'branch', name: '外科党支部', parentOrganizationName: '' });
  return { db, ownerId, backups: createBackupRepository(db) };
}

/** A branch with its first member recorded: something worth a backup. */
async function repository() {
  const { db, ownerId, backups } = await emptyRepository();
  await createMemberRepository(db, { actor: () => '测试' }).create(ownerId, memberInput({ name: '张三' }));
  return backups;
}

describe('automatic backups', () => {
  it('waits for the first data on a fresh install, then makes the day’s backup at once, still one a day', async () => {
    const { db, ownerId, backups } = await emptyRepository();
    const store = memoryStore();
    const at = (hour: number) => () => new Date(2026, 11, 2, hour, 0, 0);
    expect(await runDailyBackup(backups, store, at(8))).toEqual({ status: 'no-data' });
    expect(store.files.size).toBe(0);
    await createMemberRepository(db, { actor: () => '测试' }).create(ownerId, memberInput({ name: '张三' }));
    expect(await runDailyBackup(backups, store, at(9))).toMatchObject({ status: 'made', name: 'auto-2026-12-02T09-00-00.zbbak' });
    expect(await runDailyBackup(backups, store, at(10))).toEqual({ status: 'not-due' });
  });

  it('makes one on the first start of a day, none on the second', async () => {
    const backups = await repository();
    const store = memoryStore();
    const morning = new Date(2026, 11, 2, 8, 30, 0);
    const first = await runDailyBackup(backups, store, () => morning);
    expect(first).toMatchObject({ status: 'made', name: 'auto-2026-12-02T08-30-00.zbbak', removed: [] });
    expect(await runDailyBackup(backups, store, () => new Date(2026, 11, 2, 17, 0, 0))).toEqual({ status: 'not-due' });
    expect(await runDailyBackup(backups, store, () => new Date(2026, 11, 3, 0, 1, 0))).toMatchObject({ status: 'made' });
    expect([...store.files.keys()]).toEqual(['auto-2026-12-02T08-30-00.zbbak', 'auto-2026-12-03T00-01-00.zbbak']);
  });

  it('keeps the last 30 and one per month as the days go by', async () => {
    const backups = await repository();
    const store = memoryStore();
    for (let day = 0; day < 75; day++) await runDailyBackup(backups, store, () => new Date(2026, 0, 1 + day, 9, 0, 0)); // to 16 March
    const kept = await listAutoBackups(store);
    // The last 30 (15 February to 16 March) and January's newest.
    expect(kept).toHaveLength(31);
    expect(kept.slice(0, 2).map((entry) => entry.localTime)).toEqual(['2026-01-31T09:00:00', '2026-02-15T09:00:00']);
  });

  it('keeps every old backup when writing the new one fails', async () => {
    const backups = await repository();
    const store = memoryStore();
    for (let day = 0; day < 35; day++) await runDailyBackup(backups, store, () => new Date(2026, 0, 1 + day, 9, 0, 0));
    const before = [...store.files.keys()];
    const failing = { ...store, write: memoryStore(true).write };
    await expect(runDailyBackup(backups, failing, () => new Date(2026, 1, 10, 9, 0, 0))).rejects.toThrow('磁盘空间不足');
    expect([...store.files.keys()]).toEqual(before);
  });

  it('keeps a backup of everything just before a restore, among the automatic ones', async () => {
    const backups = await repository();
    const store = memoryStore();
    const name = await backupBeforeRestore(backups, store, () => new Date(2026, 11, 2, 10, 15, 30));
    expect(name).toBe('auto-2026-12-02T10-15-30-before-restore.zbbak');
    expect(localTimeOfName(name)).toBe('2026-12-02T10:15:30');
    expect(await listAutoBackups(store)).toEqual([expect.objectContaining({ name, beforeRestore: true })]);
    expect(localTimeOfName('支部工作台账备份-外科党支部-20261202-1015.zbbak')).toBeNull();
  });
});
