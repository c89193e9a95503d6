import { afterEach, describe, expect, it, vi } from 'vitest';
import { databasePerTest, tickingClock } from '../../support/test-database';
import { LedgerDatabase } from '../../../../../renderer/src/db/database';
import { AppLockedError } from '../../../../../renderer/src/db/field-encryption';
import { createLockRepository, LockSettingError } from '../../../../../renderer/src/core/lock/lock-repository';
import { createMemberRepository } from '../../../../../renderer/src/features/members/data/member-repository';
import { AppLockError } from '../../../../../shared/lock/app-lock';
import { isEncryptedField } from '../../../../../shared/lock/field-cipher';
import { KDF_BOUNDS } from '../../../../../shared/sync/kdf';
import { memberInput } from '../../../shared/support/member-fixture';

const database = databasePerTest();
const PASS = '支部口令一二三四';
const ID = '11010519491231002X';
const PHONE = '13900001111';

afterEach(() => {
  vi.restoreAllMocks();
});

async function branchWithMember() {
  const db = database();
  const members = createMemberRepository(db, { clock: tickingClock('2026-01-01T00:00:00.000Z'), actor: () => '王书记' });
  const member = await members.create('b-1', memberInput({ name: '李强', idNumber: ID, phone: PHONE, birthDate: '1949-12-31', gender: 'female' }));
  await members.update(member.id, { phone: '13900002222' });
  const locks = createLockRepository(db, { iterations: KDF_BOUNDS.minIterations });
  return { db, members, member, locks };
}

/** The rows as IndexedDB holds them: a second connection whose keyring knows no lock reads them raw. */
async function stored(db: LedgerDatabase) {
  const raw = new LedgerDatabase(db.name);
  try {
    return { members: await raw.members.toArray(), auditLog: await raw.auditLog.toArray() };
  } finally {
    raw.close();
  }
}

const text = (value: unknown) => JSON.stringify(value);

describe('the app lock and the fields it encrypts', () => {
  it('setting it seals 身份证号 and 电话 at rest (records and audit log), names stay searchable, the app still reads them', async () => {
    const { db, members, member, locks } = await branchWithMember();
    expect(text(await stored(db))).toContain(ID);

    await locks.set(PASS, PASS, 15);
    const raw = await stored(db);
    expect(text(raw)).not.toMatch(new RegExp(`${ID}|13900001111|13900002222`));
    expect(isEncryptedField(raw.members[0]!.idNumber)).toBe(true);
    expect(raw.members[0]!.name).toBe('李强');

    expect((await members.get(member.id))?.idNumber).toBe(ID);
    expect((await members.findByIdNumber('b-1', ID.toLowerCase()))?.id).toBe(member.id);
    const audit = await db.auditLog.where('recordId').equals(member.id).toArray();
    expect(text(audit)).toContain('13900002222');

    // A change made while unlocked is sealed too.
    await members.update(member.id, { phone: '13900003333' });
    expect(text(await stored(db))).not.toContain('13900003333');
    expect((await members.get(member.id))?.phone).toBe('13900003333');
  });

  it('after a restart the fields stay sealed until the passphrase: a wrong one is refused, a clear write is refused', async () => {
    const { db, member, locks } = await branchWithMember();
    await locks.set(PASS, PASS, null);

    const restarted = new LedgerDatabase(db.name);
    try {
      const again = createLockRepository(restarted);
      expect((await again.load())?.idleMinutes).toBeNull();
      const members = createMemberRepository(restarted, { actor: () => '王书记' });
      expect(isEncryptedField((await members.get(member.id))?.idNumber)).toBe(true);
      await expect(members.update(member.id, { phone: '13900004444' })).rejects.toBeInstanceOf(AppLockedError);
      const wrong = await again.unlock('不是这个口令啊').catch((error: unknown) => error);
      expect(wrong).toBeInstanceOf(AppLockError);
      expect((wrong as Error).message).toBe('口令不正确，请重新输入。');
      expect(isEncryptedField((await members.get(member.id))?.idNumber)).toBe(true);

      await again.unlock(PASS);
      expect((await members.get(member.id))?.idNumber).toBe(ID);
    } finally {
      restarted.close();
    }
  });

  it('changing the passphrase needs the current one and keeps the data; removing needs it and brings every value back in clear', async () => {
    const { db, members, member, locks } = await branchWithMember();
    await locks.set(PASS, PASS, 10);
    await expect(locks.changePassphrase('不是当前口令啊', '新的支部口令一二', '新的支部口令一二')).rejects.toBeInstanceOf(AppLockError);
    await expect(locks.changePassphrase(PASS, '新的支部口令一二', '新的口令不一致了')).rejects.toBeInstanceOf(LockSettingError);
    await locks.changePassphrase(PASS, '新的支部口令一二', '新的支部口令一二');
    await expect(locks.remove(PASS)).rejects.toBeInstanceOf(AppLockError);
    expect(isEncryptedField((await stored(db)).members[0]!.idNumber)).toBe(true);

    await locks.remove('新的支部口令一二');
    const raw = await stored(db);
    expect(raw.members[0]!.idNumber).toBe(ID);
    expect(text(raw.auditLog)).toContain('13900002222');
    expect(text(raw)).not.toContain('zbenc1:');
    expect(await locks.load()).toBeUndefined();
    expect((await members.get(member.id))?.phone).toBe('13900002222');
  });

  it('an interrupted set or remove leaves every record and the lock as they were', async () => {
    const { db, locks } = await branchWithMember();
    const before = await stored(db);
    const store = (globalThis as unknown as { IDBObjectStore: { prototype: Record<string, (...args: unknown[]) => unknown> } }).IDBObjectStore.prototype;
    const put = store.put!;
    // The audit log's rewrite fails after the members were written in the same transaction.
    const failing = vi.spyOn(store, 'put').mockImplementation(function (this: IDBObjectStore, ...args: unknown[]) {
      if (this.name === 'auditLog') throw new DOMException('interrupted', 'AbortError');
      return put.apply(this, args);
    });
    await expect(locks.set(PASS, PASS, 10)).rejects.toBeTruthy();
    expect(await stored(db)).toEqual(before);
    expect(await locks.load()).toBeUndefined();

    failing.mockRestore();
    await locks.set(PASS, PASS, 10);
    const sealed = await stored(db);
    vi.spyOn(store, 'put').mockImplementation(function (this: IDBObjectStore, ...args: unknown[]) {
      if (this.name === 'auditLog') throw new DOMException('interrupted', 'AbortError');
      return put.apply(this, args);
    });
    await expect(locks.remove(PASS)).rejects.toBeTruthy();
    expect(await stored(db)).toEqual(sealed);
    expect(await locks.load()).toBeDefined();
  });

  it('refuses a short or mistyped passphrase and a second lock, storing nothing', async () => {
    const { db, locks } = await branchWithMember();
    const before = await stored(db);
    await expect(locks.set('短口令', '短口令', 10)).rejects.toThrow('锁定口令至少 8 个字符。');
    await expect(locks.set(PASS, PASS + '1', 10)).rejects.toThrow('两次输入的口令不一致。');
    expect(await stored(db)).toEqual(before);
    await locks.set(PASS, PASS, 10);
    await expect(locks.set(PASS, PASS, 10)).rejects.toBeInstanceOf(LockSettingError);
  });
});
