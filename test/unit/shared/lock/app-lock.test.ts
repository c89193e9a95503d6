import { describe, expect, it } from 'vitest';
import { AppLockError, changeAppLockPassphrase, checkIdleMinutes, checkNewPassphrase, createAppLock, idleLockDue, openAppLock } from '../../../../shared/lock/app-lock';
import { decryptField, encryptField, FieldCipherError, isEncryptedField } from '../../../../shared/lock/field-cipher';
import { hasClearSensitive, openSensitive, sealSensitive } from '../../../../shared/lock/sensitive-fields';
import { PackageError } from '../../../../shared/sync/errors';
import { KDF_BOUNDS } from '../../../../shared/sync/kdf';

const AT = '2026-12-07T01:00:00.000Z';
// The fewest rounds the bounds allow: fast tests, and the same checks as a real lock.
const FAST = { at: AT, iterations: KDF_BOUNDS.minIterations };

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => null,
    (error: unknown) => error,
  );
}

describe('the app lock record', () => {
  it('opens with its passphrase only, giving the same field key; a wrong one says so in Chinese', async () => {
    const { record, fieldKey } = await createAppLock('正确的口令123', FAST);
    expect(JSON.stringify(record)).not.toContain('正确的口令123');
    expect(await openAppLock(record, '正确的口令123')).toEqual(fieldKey);
    const wrong = await rejection(openAppLock(record, '错误的口令123'));
    expect(wrong).toBeInstanceOf(AppLockError);
    expect((wrong as AppLockError).problem).toBe('wrong-passphrase');
    expect((wrong as Error).message).toBe('口令不正确，请重新输入。');
  });

  it('is refused before any work when its KDF parameters leave the bounds of every passphrase file', async () => {
    const { record } = await createAppLock('正确的口令123', FAST);
    for (const iterations of [2 ** 32 - 1, 2 ** 53 - 1, KDF_BOUNDS.maxIterations + 1, 99_999, 1.5]) {
      const started = Date.now();
      const error = await rejection(openAppLock({ ...record, kdf: { ...record.kdf, iterations } }, '正确的口令123'));
      expect(error).toBeInstanceOf(PackageError);
      expect((error as PackageError).code).toBe('kdf-unsupported');
      expect(Date.now() - started).toBeLessThan(1000);
    }
    expect(await rejection(openAppLock({ ...record, kdf: { ...record.kdf, hash: 'SHA-1' } }, '正确的口令123'))).toBeInstanceOf(PackageError);
    expect(await rejection(openAppLock({ ...record, format: 'other' }, '正确的口令123'))).toBeInstanceOf(AppLockError);
  });

  it('changes its passphrase keeping the field key; the old passphrase no longer opens it', async () => {
    const { record, fieldKey } = await createAppLock('旧口令旧口令1', FAST);
    expect(await rejection(changeAppLockPassphrase(record, '不是旧口令12', '新口令新口令2', KDF_BOUNDS.minIterations))).toBeInstanceOf(AppLockError);
    const changed = await changeAppLockPassphrase(record, '旧口令旧口令1', '新口令新口令2', KDF_BOUNDS.minIterations);
    expect(await openAppLock(changed, '新口令新口令2')).toEqual(fieldKey);
    expect(await rejection(openAppLock(changed, '旧口令旧口令1'))).toBeInstanceOf(AppLockError);
  });

  it('checks a new passphrase and the idle time in Chinese', () => {
    expect(checkNewPassphrase('1234567', '1234567')).toBe('锁定口令至少 8 个字符。');
    expect(checkNewPassphrase(' 12345678', ' 12345678')).toMatch(/空格/);
    expect(checkNewPassphrase('12345678', '12345679')).toBe('两次输入的口令不一致。');
    expect(checkNewPassphrase('支部口令一二三四', '支部口令一二三四')).toBeNull();
    expect(checkIdleMinutes(null)).toBeNull();
    expect(checkIdleMinutes(7)).toBe('请选择自动锁定的时间。');
  });

  it('locks when idle for the chosen time, never with 从不', () => {
    const start = Date.parse(AT);
    expect(idleLockDue(start, start + 10 * 60_000 - 1, 10)).toBe(false);
    expect(idleLockDue(start, start + 10 * 60_000, 10)).toBe(true);
    expect(idleLockDue(start, start + 365 * 24 * 3_600_000, null)).toBe(false);
  });
});

describe('field encryption', () => {
  const key = new Uint8Array(32).fill(7);

  it('seals a value that only the same key and field open; empty stays empty', () => {
    const sealed = encryptField(key, 'idNumber', '11010519491231002X');
    expect(isEncryptedField(sealed)).toBe(true);
    expect(sealed).not.toContain('11010519491231002X');
    expect(encryptField(key, 'idNumber', '11010519491231002X')).not.toBe(sealed);
    expect(decryptField(key, 'idNumber', sealed)).toBe('11010519491231002X');
    expect(() => decryptField(new Uint8Array(32).fill(8), 'idNumber', sealed)).toThrow(FieldCipherError);
    expect(() => decryptField(key, 'phone', sealed)).toThrow(FieldCipherError);
    expect(encryptField(key, 'phone', '')).toBe('');
    expect(encryptField(key, 'phone', sealed)).toBe(sealed);
  });

  it('seals a member\'s 身份证号 and 电话 and the audit log\'s copies, keeping the name', () => {
    const member = { id: 'm-1', name: '李强', idNumber: '11010519491231002X', phone: '13900001111' };
    const sealed = sealSensitive('members', member, key);
    expect(sealed.name).toBe('李强');
    expect(JSON.stringify(sealed)).not.toMatch(/11010519491231002X|13900001111/);
    expect(member.phone).toBe('13900001111');
    expect(hasClearSensitive('members', sealed)).toBe(false);
    expect(openSensitive('members', sealed, key)).toEqual(member);

    const entry = { table: 'members', changes: [{ field: 'phone', before: '13900001111', after: '13900002222' }, { field: 'name', before: '李', after: '李强' }] };
    const sealedEntry = sealSensitive('auditLog', entry, key);
    expect(JSON.stringify(sealedEntry)).not.toMatch(/1390000/);
    expect(sealedEntry.changes[1]).toBe(entry.changes[1]);
    expect(openSensitive('auditLog', sealedEntry, key)).toEqual(entry);
    const meeting = { table: 'meetings', changes: [{ field: 'phone', before: 'a', after: 'b' }] };
    expect(sealSensitive('auditLog', meeting, key)).toBe(meeting);
  });
});
