import { afterEach, describe, expect, it } from 'vitest';
import { freshDatabase, tickingClock } from '../support/test-database';
import type { LedgerDatabase } from '../../../../renderer/src/db/database';
import { SCHEMA_VERSIONS, CURRENT_SCHEMA_VERSION } from '../../../../renderer/src/db/schema';
import { RecordNotFoundError, createRecordRepository } from '../../../../renderer/src/db/record-repository';

const open: LedgerDatabase[] = [];
function database() {
  const db = freshDatabase();
  open.push(db);
  return db;
}

afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

describe('schema versions', () => {
  it('are listed oldest first without gaps, each with stores', () => {
    expect(SCHEMA_VERSIONS.map((schema) => schema.version)).toEqual(
      Array.from({ length: SCHEMA_VERSIONS.length }, (_, index) => index + 1),
    );
    expect(CURRENT_SCHEMA_VERSION).toBe(SCHEMA_VERSIONS.length);
  });

  it('give every synced table the indexes sync relies on', async () => {
    const db = database();
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    for (const table of db.tables.filter((candidate) => candidate.name !== 'installation')) {
      expect(table.schema.primKey.name, table.name).toBe('id');
      expect(table.schema.indexes.map((index) => index.name), table.name).toEqual(expect.arrayContaining(['branchId', 'updatedAt']));
    }
  });
});

describe('record repository', () => {
  it('creates, finds, updates and tombstones a record', async () => {
    const db = database();
    const branches = createRecordRepository(db.branches, tickingClock('2026-01-01T00:00:00.000Z'));
    const created = await branches.create('b-1', { name: '外科党支部', parentOrganizationName: '' });
    expect(await branches.find(created.id)).toEqual(created);

    const updated = await branches.update(created.id, { name: '外科第一党支部' });
    expect(updated).toMatchObject({ id: created.id, name: '外科第一党支部', createdAt: created.createdAt });
    expect(updated.updatedAt > created.updatedAt).toBe(true);

    await branches.remove(created.id);
    expect(await branches.find(created.id)).toBeUndefined();
    expect(await branches.listByBranch('b-1')).toEqual([]);
    // The tombstone stays stored so the delete can travel in a sync package.
    expect(await db.branches.get(created.id)).toMatchObject({ deleted: true, name: '外科第一党支部' });
  });

  it('lists only the given branch', async () => {
    const db = database();
    const branches = createRecordRepository(db.branches);
    await branches.create('b-1', { name: '甲支部', parentOrganizationName: '' });
    await branches.create('b-2', { name: '乙支部', parentOrganizationName: '' });
    expect((await branches.listByBranch('b-1')).map((row) => row.name)).toEqual(['甲支部']);
  });

  it('refuses to change or delete a record that is gone, in Chinese', async () => {
    const db = database();
    const branches = createRecordRepository(db.branches);
    const created = await branches.create('b-1', { name: '甲支部', parentOrganizationName: '' });
    await branches.remove(created.id);
    await expect(branches.update(created.id, { name: 'x' })).rejects.toBeInstanceOf(RecordNotFoundError);
    await expect(branches.remove('no-such-id')).rejects.toThrow('记录不存在或已删除');
  });
});
