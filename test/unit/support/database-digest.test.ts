// fake-indexeddb before Dexie: Dexie looks for indexedDB when it is first imported.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { canonical, digestDatabase } from '../../support/database-digest';
import { databasePerTest } from '../renderer/support/test-database';

const newDatabase = databasePerTest();

const member = (id: string, name: string) => ({ id, branchId: 'b1', name, updatedAt: '2026-01-01T00:00:00.000Z', phone: '13800000000' });

describe('digestDatabase', () => {
  it('names every table of the database, with its row count', async () => {
    const db = newDatabase();
    await db.members.bulkPut([member('m1', '张三'), member('m2', '李四')] as never);
    const digest = await digestDatabase(db);
    expect(Object.keys(digest.tables).sort()).toEqual(db.tables.map((t) => t.name).sort());
    expect(digest.tables.members!.rows).toBe(2);
    expect(digest.tables.meetings!.rows).toBe(0);
    expect(digest.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives the same digest for the same rows written in another order', async () => {
    const a = newDatabase();
    const b = newDatabase();
    await a.members.bulkPut([member('m1', '张三'), member('m2', '李四')] as never);
    await b.members.put(member('m2', '李四') as never);
    await b.members.put(member('m1', '张三') as never);
    expect(await digestDatabase(a)).toEqual(await digestDatabase(b));
  });

  it('changes, for that table only, when one field of one row changes', async () => {
    const db = newDatabase();
    await db.members.bulkPut([member('m1', '张三'), member('m2', '李四')] as never);
    await db.meetings.put({ id: 'x', branchId: 'b1', title: '支部委员会', updatedAt: '2026-01-01T00:00:00.000Z' } as never);
    const before = await digestDatabase(db);
    await db.members.update('m2', { phone: '13800000001' });
    const after = await digestDatabase(db);
    expect(after.sha256).not.toBe(before.sha256);
    expect(after.tables.members!.sha256).not.toBe(before.tables.members!.sha256);
    expect(after.tables.meetings).toEqual(before.tables.meetings);
  });

  it('sees a deleted row, an added row and a changed byte of an attachment', async () => {
    const db = newDatabase();
    const bytes = new Uint8Array([1, 2, 3, 4]);
    await db.attachments.put({ id: 'a1', meetingId: 'x', bytes, updatedAt: '2026-01-01T00:00:00.000Z' } as never);
    await db.members.put(member('m1', '张三') as never);
    const digests = [await digestDatabase(db)];
    await db.attachments.update('a1', { bytes: new Uint8Array([1, 2, 3, 5]) });
    digests.push(await digestDatabase(db));
    await db.members.put(member('m2', '李四') as never);
    digests.push(await digestDatabase(db));
    await db.members.delete('m1');
    digests.push(await digestDatabase(db));
    expect(new Set(digests.map((d) => d.sha256)).size).toBe(4);
  });

  it('reads the same digest through a Dexie opened without a schema (as the end-to-end tests do in Chromium)', async () => {
    const db = newDatabase();
    await db.members.put(member('m1', '张三') as never);
    await db.changeLog.put({ stream: 's', seq: 1, table: 'members', id: 'm1' } as never);
    const declared = await digestDatabase(db);
    db.close();
    const dynamic = new Dexie(db.name);
    try {
      expect(await digestDatabase(dynamic)).toEqual(declared);
    } finally {
      dynamic.close();
    }
  });

  it('digests non-extractable keys by what they are for', async () => {
    const db = newDatabase();
    const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
    await db.syncKeys.put({ keyId: 'k', owner: 'self', ownerId: 'b1', signingPrivateKey: pair.privateKey, createdAt: 'x' } as never);
    const digest = await digestDatabase(db);
    expect(digest.tables.syncKeys!.rows).toBe(1);
  });
});

describe('canonical', () => {
  it('tells apart values that JSON would merge', () => {
    const forms = [
      canonical({ a: 1 }),
      canonical({ a: '1' }),
      canonical({ a: undefined }),
      canonical({}),
      canonical({ a: null }),
      canonical({ a: -0 }),
      canonical({ a: new Uint8Array([1]) }),
      canonical({ a: [1] }),
      canonical({ a: new Date(1) }),
    ];
    expect(new Set(forms).size).toBe(forms.length);
  });

  it('does not depend on the order of object keys', () => {
    expect(canonical({ a: 1, b: { c: 2, d: 3 } })).toBe(canonical({ b: { d: 3, c: 2 }, a: 1 }));
  });

  it('refuses a value it does not know rather than digest it as empty', () => {
    class Unknown {
      x = 1;
    }
    expect(() => canonical({ a: new Unknown() })).toThrow(/Unknown/);
    expect(() => canonical(() => 1)).toThrow(/function/);
  });
});
