import { describe, expect, it, vi } from 'vitest';
import { databasePerTest, tickingClock } from '../support/test-database';
import { TO_CENTRAL_STREAM, changedTopLevelFields } from '../../../../renderer/src/db/change-log';
import type { LedgerDatabase } from '../../../../renderer/src/db/database';
import { createRecordRepository } from '../../../../renderer/src/db/record-repository';
import { createAttachmentRepository } from '../../../../renderer/src/core/attachments/attachment-repository';
import type { BaseRecord } from '../../../../shared/records/base-record';
import { decodeHlc } from '../../../../shared/sync/hlc';
import { memberInput } from '../../shared/support/member-fixture';

const database = databasePerTest();
const PNG = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0);

function setUp(clockStart = '2026-03-01T08:00:00.000Z') {
  const db = database();
  const clock = tickingClock(clockStart);
  return { db, clock, members: createRecordRepository(db, 'members', { clock, actor: () => '王书记' }) };
}

async function logged(db: LedgerDatabase) {
  return db.changeLog.toArray();
}

describe('change log', () => {
  it('stamps every write with a later clock and logs it with the next sequence number, in order', async () => {
    const { db, members } = setUp();
    const created = await members.create('b-1', memberInput({ name: '李强' }));
    const updated = await members.update(created.id, { phone: '13900139000' });
    await members.remove(created.id);
    const stored = await db.members.get(created.id);

    const rows = await logged(db);
    expect(rows.map((row) => [row.stream, row.seq])).toEqual([
      [TO_CENTRAL_STREAM, 1],
      [TO_CENTRAL_STREAM, 2],
      [TO_CENTRAL_STREAM, 3],
    ]);
    expect(rows.map((row) => row.hlc)).toEqual([created.hlc, updated.hlc, stored!.hlc]);
    expect([...rows.map((row) => row.hlc)].sort()).toEqual(rows.map((row) => row.hlc));
    expect(decodeHlc(created.hlc!)).toMatchObject({ wallMs: Date.parse('2026-03-01T08:00:00.000Z'), node: 'b-1' });
    expect(rows.map((row) => row.changes)).toEqual([
      [expect.objectContaining({ table: 'members', id: created.id, baseHlc: null })],
      [{ table: 'members', id: created.id, baseHlc: created.hlc, changedFields: ['phone'] }],
      [{ table: 'members', id: created.id, baseHlc: updated.hlc, changedFields: ['deleted'] }],
    ]);
    expect(await db.syncState.get('clock')).toEqual({ key: 'clock', hlc: stored!.hlc, lastSeq: { [TO_CENTRAL_STREAM]: 3 } });
  });

  it('logs a batch as one row listing every record, and an update that changes nothing not at all', async () => {
    const { db, members } = setUp();
    const added = await members.createMany('b-1', [memberInput({ name: '甲' }), memberInput({ name: '乙' }), memberInput({ name: '丙' })]);
    await members.update(added[0]!.id, { name: '甲' });
    const rows = await logged(db);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.changes.map((change) => change.id)).toEqual(added.map((member) => member.id));
    expect(new Set(added.map((member) => member.hlc))).toEqual(new Set([rows[0]!.hlc]));
  });

  it('keeps clock stamps rising when the PC clock is set back', async () => {
    const { db } = setUp();
    const ahead = createRecordRepository(db, 'members', { clock: () => new Date('2026-05-01T00:00:00.000Z'), actor: () => '王书记' });
    const behind = createRecordRepository(db, 'members', { clock: () => new Date('2026-01-01T00:00:00.000Z'), actor: () => '王书记' });
    const first = await ahead.create('b-1', memberInput());
    const second = await behind.create('b-1', memberInput());
    expect(second.hlc! > first.hlc!).toBe(true);
  });

  it('names this PC as the origin once it is set up, and on the central office PC a stream per branch', async () => {
    const { db, members } = setUp();
    await db.installation.add({ key: 'this-pc', role: 'central', name: '市医院党委', parentOrganizationName: '', ownerId: 'central-1', setupAt: '2026-01-01T00:00:00.000Z' });
    const a = await members.create('b-1', memberInput());
    await members.create('b-2', memberInput());
    await members.update(a.id, { post: '护士长' });
    expect(decodeHlc(a.hlc!).node).toBe('central-1');
    expect((await logged(db)).map((row) => [row.stream, row.seq])).toEqual([
      ['b-1', 1],
      ['b-1', 2],
      ['b-2', 1],
    ]);
  });

  it('stores neither record nor change when the change log cannot be written', async () => {
    const { db, members } = setUp();
    vi.spyOn(db.changeLog, 'bulkAdd').mockRejectedValueOnce(new Error('磁盘已满'));
    await expect(members.create('b-1', memberInput())).rejects.toThrow('磁盘已满');
    expect([await db.members.count(), await db.auditLog.count(), await db.changeLog.count(), await db.syncState.count()]).toEqual([0, 0, 0, 0]);
  });

  it('tracks attachments added and released, in their own transactions', async () => {
    const { db, clock } = setUp();
    const attachments = createAttachmentRepository(db, clock);
    const added = await attachments.add('b-1', 'm-1', 'photo', '照片.png', PNG);
    await attachments.releaseUnlisted('m-1', []);
    const rows = await logged(db);
    expect(rows.map((row) => row.changes.map((change) => [change.table, change.id, change.changedFields.includes('deleted')]))).toEqual([
      [['attachments', added.id, true]],
      [['attachments', added.id, true]],
    ]);
    expect((await db.attachments.get(added.id))!.hlc).toBe(rows[1]!.hlc);
  });
});

describe('changedTopLevelFields', () => {
  it('lists the top-level fields that differ, ignoring the stamps', () => {
    const before = { id: 'r', branchId: 'b', createdAt: 'x', updatedAt: 'x', deleted: false, hlc: 'h1', name: '甲', nested: { a: 1 } };
    const after = { ...before, updatedAt: 'y', hlc: 'h2', nested: { a: 2 } };
    expect(changedTopLevelFields(before as BaseRecord, after as BaseRecord)).toEqual(['nested']);
    expect(changedTopLevelFields(undefined, before as BaseRecord)).toEqual(['id', 'branchId', 'createdAt', 'deleted', 'name', 'nested']);
  });
});
