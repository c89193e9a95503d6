import { afterEach, describe, expect, it, vi } from 'vitest';
import { databasePerTest, tickingClock } from '../support/test-database';
import { createRecordRepository } from '../../../../renderer/src/db/record-repository';
import { StorageFullError, isQuotaExceeded } from '../../../../renderer/src/db/write-failure';
import { memberInput } from '../../shared/support/member-fixture';

const database = databasePerTest();

/** A full disk: every put and add in IndexedDB throws QuotaExceededError, as Chromium does. */
function fillTheDisk() {
  const store = (globalThis as unknown as { IDBObjectStore: { prototype: Record<string, unknown> } }).IDBObjectStore.prototype;
  for (const method of ['put', 'add'] as const) {
    vi.spyOn(store as Record<string, (...args: unknown[]) => unknown>, method).mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
  }
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a write on a full disk', () => {
  it('every audited write says in Chinese that nothing was saved and what to do, and stored records stay as they were', async () => {
    const db = database();
    const members = createRecordRepository(db, 'members', { clock: tickingClock('2026-01-01T00:00:00.000Z'), actor: () => '王书记' });
    const stored = await members.create('b-1', memberInput({ name: '李强' }));
    const before = { members: await db.members.toArray(), auditLog: await db.auditLog.toArray(), changeLog: await db.changeLog.toArray() };

    fillTheDisk();
    const writes = [
      () => members.create('b-1', memberInput({ name: '张敏' })),
      () => members.update(stored.id, { phone: '13900001111' }),
      () => members.remove(stored.id),
      () => members.createMany('b-1', [memberInput({ name: '赵云' })]),
    ];
    for (const write of writes) {
      const error = await write().then(
        () => null,
        (failure: unknown) => failure,
      );
      expect(error).toBeInstanceOf(StorageFullError);
      expect((error as Error).message).toMatch(/^磁盘空间不足，这次修改没有保存.*释放空间.*备份到 U 盘/);
    }
    vi.restoreAllMocks();
    expect({ members: await db.members.toArray(), auditLog: await db.auditLog.toArray(), changeLog: await db.changeLog.toArray() }).toEqual(before);
  });

  it('tells QuotaExceededError apart, also wrapped as Dexie wraps it', () => {
    expect(isQuotaExceeded(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaExceeded({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isQuotaExceeded(new Error('other'))).toBe(false);
    expect(isQuotaExceeded(undefined)).toBe(false);
  });
});
