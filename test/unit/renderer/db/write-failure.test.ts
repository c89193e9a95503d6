import { afterEach, describe, expect, it, vi } from 'vitest';
import { databasePerTest, tickingClock } from '../support/test-database';
import { createRecordRepository } from '../../../../renderer/src/db/record-repository';
import { StorageFullError, isQuotaExceeded } from '../../../../renderer/src/db/write-failure';
import { memberInput } from '../../shared/support/member-fixture';
import type { LedgerDatabase } from '../../../../renderer/src/db/database';
import { createPreferencesRepository } from '../../../../renderer/src/core/preferences/preferences-repository';
import { createInstallationRepository } from '../../../../renderer/src/core/installation/installation-repository';
import { createAttachmentRepository } from '../../../../renderer/src/core/attachments/attachment-repository';
import { createDraftRepository } from '../../../../renderer/src/features/meetings/data/draft-repository';

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

  it('every other write of the database says the same: 操作人, the installation, a new meeting\'s draft, an attachment, sync state in bulk', async () => {
    const db = database();
    const preferences = createPreferencesRepository(db);
    await preferences.setOperatorName('王书记');
    const drafts = createDraftRepository(db);
    const draft = { id: 'm-1', branchId: 'b-1', isNew: true, content: { type: 'partyLesson', date: '2026-03-01' }, savedAt: '2026-03-01T08:00:00.000Z' } as never;
    const before = await everything(db);

    fillTheDisk();
    const writes = [
      () => preferences.setOperatorName('李书记'),
      () => createInstallationRepository(db).complete({ role: 'branch', name: '内科党支部', parentOrganizationName: '院党委' }),
      () => drafts.save(draft),
      () => createAttachmentRepository(db).add('b-1', 'm-1', 'photo', '签到表.png', PNG),
      () => db.syncState.bulkPut([{ key: 'clock', hlc: 'x', lastSeq: 9 } as never, { key: 'other' } as never]),
    ];
    for (const write of writes) {
      const error: unknown = await write().then(
        () => null,
        (failure: unknown) => failure,
      );
      expect(error, String(write)).toBeInstanceOf(StorageFullError);
    }
    vi.restoreAllMocks();
    expect(await everything(db)).toEqual(before);
    // The name kept in memory is the stored one, not the refused one.
    expect(await preferences.getOperatorName()).toBe('王书记');
  });

  it('tells QuotaExceededError apart, also wrapped as Dexie wraps it', () => {
    expect(isQuotaExceeded(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaExceeded({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isQuotaExceeded(new Error('other'))).toBe(false);
    expect(isQuotaExceeded(undefined)).toBe(false);
  });
});

/** A tiny valid PNG (the attachment check reads its signature). */
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89]);

async function everything(db: LedgerDatabase): Promise<Record<string, unknown[]>> {
  return Object.fromEntries(await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const)));
}
