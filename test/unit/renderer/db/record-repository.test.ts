import { describe, expect, it, vi } from 'vitest';
import { databasePerTest, tickingClock } from '../support/test-database';
import type { LedgerDatabase } from '../../../../renderer/src/db/database';
import { RecordNotFoundError, createRecordRepository, type Actor } from '../../../../renderer/src/db/record-repository';
import { memberInput } from '../../shared/support/member-fixture';

const database = databasePerTest();

function setUp(actor: Actor = () => '王书记') {
  const db = database();
  const clock = tickingClock('2026-01-01T00:00:00.000Z');
  return {
    db,
    branches: createRecordRepository(db, 'branches', { clock, actor }),
    members: createRecordRepository(db, 'members', { clock, actor }),
  };
}

/** Everything stored in the two tables a failed write must leave alone. */
async function snapshot(db: LedgerDatabase) {
  return { members: await db.members.toArray(), auditLog: await db.auditLog.toArray() };
}

describe('record repository', () => {
  it('creates, finds, updates and tombstones a record', async () => {
    const { db, branches } = setUp();
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

  it('puts a record under a fixed id: creates it the first time, updates it after', async () => {
    const { db, members } = setUp();
    const first = await members.put('b-1', 'm-fixed', memberInput({ name: '张敏' }));
    const second = await members.put('b-1', 'm-fixed', memberInput({ name: '张敏华' }));
    expect([first.id, second.id, second.name, second.createdAt]).toEqual(['m-fixed', 'm-fixed', '张敏华', first.createdAt]);
    expect((await db.auditLog.toArray()).map((entry) => entry.action).sort()).toEqual(['create', 'update']);
  });

  it('lists only the given branch', async () => {
    const { branches } = setUp();
    await branches.create('b-1', { name: '甲支部', parentOrganizationName: '' });
    await branches.create('b-2', { name: '乙支部', parentOrganizationName: '' });
    expect((await branches.listByBranch('b-1')).map((row) => row.name)).toEqual(['甲支部']);
  });

  it('refuses to change or delete a record that is gone, in Chinese, and logs nothing for it', async () => {
    const { db, branches } = setUp();
    const created = await branches.create('b-1', { name: '甲支部', parentOrganizationName: '' });
    await branches.remove(created.id);
    await expect(branches.update(created.id, { name: 'x' })).rejects.toBeInstanceOf(RecordNotFoundError);
    await expect(branches.remove('no-such-id')).rejects.toThrow('记录不存在或已删除');
    expect((await db.auditLog.orderBy('updatedAt').toArray()).map((entry) => entry.action)).toEqual(['create', 'delete']);
  });
});

describe('audit entries', () => {
  it('record a create with every field set, by the actor, at the record’s instant', async () => {
    const { db, members } = setUp();
    const member = await members.create('b-1', memberInput({ name: '李强' }));
    const [entry] = await db.auditLog.toArray();
    expect(entry).toMatchObject({
      table: 'members',
      recordId: member.id,
      branchId: 'b-1',
      action: 'create',
      actor: '王书记',
      at: member.createdAt,
      deleted: false,
    });
    expect(entry!.changes).toContainEqual({ field: 'name', before: undefined, after: '李强' });
    expect(entry!.changes).toContainEqual({ field: 'development.activistOn', before: undefined, after: '' });
    expect(entry!.changes.map((change) => change.field)).not.toContain('id');
  });

  it('record an update with exactly the fields that changed, nested ones by path', async () => {
    const { db, members } = setUp();
    const member = await members.create('b-1', memberInput());
    const updated = await members.update(member.id, {
      stage: 'activist',
      development: { ...member.development, appliedOn: '2025-09-01', activistOn: '2026-01-01' },
    });
    const entries = await db.auditLog.where('recordId').equals(member.id).sortBy('at');
    expect(entries.map((entry) => entry.action)).toEqual(['create', 'update']);
    expect(entries[1]).toMatchObject({ actor: '王书记', at: updated.updatedAt });
    expect(entries[1]!.changes).toEqual([
      { field: 'stage', before: 'applicant', after: 'activist' },
      { field: 'development.appliedOn', before: '', after: '2025-09-01' },
      { field: 'development.activistOn', before: '', after: '2026-01-01' },
    ]);
  });

  it('record a delete as the tombstone being set', async () => {
    const { db, members } = setUp();
    const member = await members.create('b-1', memberInput());
    await members.remove(member.id);
    const stored = await db.members.get(member.id);
    const entries = await db.auditLog.where('recordId').equals(member.id).sortBy('at');
    expect(entries[1]).toMatchObject({ action: 'delete', at: stored!.updatedAt, changes: [{ field: 'deleted', before: false, after: true }] });
  });

  it('are not written for an update that changes nothing, nor is the record', async () => {
    const { db, members } = setUp();
    const member = await members.create('b-1', memberInput());
    expect(await members.update(member.id, { name: member.name, transfers: [] })).toEqual(member);
    expect(await db.members.get(member.id)).toEqual(member);
    expect(await db.auditLog.count()).toBe(1);
  });

  it('name the actor of each write, read when the write happens', async () => {
    let operator = '王书记';
    const { db, members } = setUp(async () => operator);
    const member = await members.create('b-1', memberInput());
    operator = '李委员';
    await members.update(member.id, { phone: '13900139000' });
    expect((await db.auditLog.orderBy('updatedAt').toArray()).map((entry) => entry.actor)).toEqual(['王书记', '李委员']);
  });
});

describe('atomic writes', () => {
  it('store neither record nor entry when the record cannot be added (duplicate id)', async () => {
    const { db, members } = setUp();
    const first = await members.create('b-1', memberInput({ name: '张三' }));
    const before = await snapshot(db);
    await expect(members.create('b-1', memberInput({ name: '李四' }), { id: first.id })).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
  });

  it('store no record when its audit entry cannot be written', async () => {
    const { db, members } = setUp();
    vi.spyOn(db.auditLog, 'add').mockRejectedValueOnce(new Error('磁盘已满'));
    await expect(members.create('b-1', memberInput())).rejects.toThrow('磁盘已满');
    expect(await snapshot(db)).toEqual({ members: [], auditLog: [] });
  });

  it('leave the record unchanged when its update cannot be logged', async () => {
    const { db, members } = setUp();
    const member = await members.create('b-1', memberInput());
    const before = await snapshot(db);
    vi.spyOn(db.auditLog, 'add').mockRejectedValueOnce(new Error('磁盘已满'));
    await expect(members.update(member.id, { phone: '13900139000' })).rejects.toThrow('磁盘已满');
    await expect(members.remove(member.id)).resolves.toBeUndefined();
    // The failed update left nothing; the later delete went through on its own.
    const after = await snapshot(db);
    expect(after.members[0]).toMatchObject({ phone: before.members[0]!.phone, deleted: true });
    expect(after.auditLog.map((entry) => entry.action).sort()).toEqual(['create', 'delete']);
  });

  it('store nothing when the actor cannot be named', async () => {
    const { db, members } = setUp(() => Promise.reject(new Error('无法读取设置')));
    await expect(members.create('b-1', memberInput())).rejects.toThrow('无法读取设置');
    expect(await snapshot(db)).toEqual({ members: [], auditLog: [] });
  });
});

describe('batches', () => {
  it('createMany writes N records and N entries in one transaction', async () => {
    const { db, members } = setUp();
    const transaction = vi.spyOn(db, 'transaction');
    const inputs = Array.from({ length: 25 }, (_, index) => memberInput({ name: `成员${index + 1}` }));
    const created = await members.createMany('b-1', inputs);

    expect(transaction).toHaveBeenCalledTimes(1);
    expect(created.map((member) => member.name)).toEqual(inputs.map((input) => input.name));
    expect(await db.members.count()).toBe(25);
    const entries = await db.auditLog.toArray();
    expect(entries).toHaveLength(25);
    expect(new Set(entries.map((entry) => entry.recordId))).toEqual(new Set(created.map((member) => member.id)));
    expect(entries.every((entry) => entry.action === 'create' && entry.actor === '王书记')).toBe(true);
  });

  it('updateMany applies each patch with its own entry, skipping patches that change nothing', async () => {
    const { db, members } = setUp();
    const [a, b, c] = await members.createMany('b-1', [memberInput({ name: '甲' }), memberInput({ name: '乙' }), memberInput({ name: '丙' })]);
    const updated = await members.updateMany([
      { id: a!.id, patch: { post: '护士长' } },
      { id: b!.id, patch: { name: '乙' } },
      // A second patch of the same record in one batch builds on the first.
      { id: a!.id, patch: { title: '主任护师' } },
      { id: c!.id, patch: { retired: true } },
    ]);
    expect(updated.map((member) => member.name)).toEqual(['甲', '乙', '甲', '丙']);
    expect(await db.members.get(a!.id)).toMatchObject({ post: '护士长', title: '主任护师' });
    expect(await db.members.get(b!.id)).toEqual(b);

    const updates = await db.auditLog.where('recordId').anyOf(a!.id, b!.id, c!.id).filter((entry) => entry.action === 'update').toArray();
    expect(updates.map((entry) => entry.changes.map((change) => change.field)).sort()).toEqual([['post'], ['retired'], ['title']]);
  });

  it('updateMany stores nothing when one record is missing', async () => {
    const { db, members } = setUp();
    const [a] = await members.createMany('b-1', [memberInput()]);
    const before = await snapshot(db);
    await expect(members.updateMany([{ id: a!.id, patch: { post: '护士长' } }, { id: 'gone', patch: { post: 'x' } }])).rejects.toBeInstanceOf(
      RecordNotFoundError,
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('importMany stores no new record when the entries cannot be written', async () => {
    const { db, members } = setUp();
    const [a] = await members.createMany('b-1', [memberInput({ name: '甲' })]);
    const before = await snapshot(db);
    vi.spyOn(db.auditLog, 'bulkAdd').mockRejectedValueOnce(new Error('磁盘已满'));
    const attempt = members.importMany('b-1', { adds: [memberInput({ name: '乙' })], updates: [{ id: a!.id, patch: { post: '护士长' } }] });
    await expect(attempt).rejects.toThrow('磁盘已满');
    expect(await snapshot(db)).toEqual(before);
  });

  it('importMany keeps an id given for a derived-id record, and a second add of it fails whole', async () => {
    const { db, members } = setUp();
    const { added } = await members.importMany('b-1', { adds: [{ ...memberInput({ name: '甲' }), id: 'derived-1' }, memberInput({ name: '乙' })] });
    expect(added[0]!.id).toBe('derived-1');
    expect(added[1]!.id).not.toBe('derived-1');
    const before = await snapshot(db);
    await expect(members.importMany('b-1', { adds: [memberInput({ name: '丙' }), { ...memberInput({ name: '丁' }), id: 'derived-1' }] })).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
  });

  it('an empty batch writes nothing and asks for no actor', async () => {
    const actor = vi.fn(() => '王书记');
    const { db, members } = setUp(actor);
    expect(await members.importMany('b-1', {})).toEqual({ added: [], updated: [] });
    expect(actor).not.toHaveBeenCalled();
    expect(await db.auditLog.count()).toBe(0);
  });
});
