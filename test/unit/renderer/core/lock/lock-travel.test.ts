import { describe, expect, it } from 'vitest';
import { databasePerTest } from '../../support/test-database';
import { carry, enrolledPair, syncActor as actor } from '../../support/sync-pair';
import { LedgerDatabase } from '../../../../../renderer/src/db/database';
import { createLockRepository } from '../../../../../renderer/src/core/lock/lock-repository';
import { createInstallationRepository } from '../../../../../renderer/src/core/installation/installation-repository';
import { createBackupRepository } from '../../../../../renderer/src/features/backup/data/backup-repository';
import { createMemberRepository } from '../../../../../renderer/src/features/members/data/member-repository';
import { isEncryptedField } from '../../../../../shared/lock/field-cipher';
import { KDF_BOUNDS } from '../../../../../shared/sync/kdf';
import { memberInput } from '../../../shared/support/member-fixture';

const database = databasePerTest();
const FAST = { iterations: KDF_BOUNDS.minIterations };
const ID = '11010519491231002X';
const PHONE = '13900001111';

/** A member's row as stored, read past the keyring by a second connection. */
async function storedMember(db: LedgerDatabase, id: string) {
  const raw = new LedgerDatabase(db.name);
  try {
    return await raw.members.get(id);
  } finally {
    raw.close();
  }
}

const sensitive = { idNumber: ID, phone: PHONE, birthDate: '1949-12-31', gender: 'female' as const };

describe('sealed fields on their way out of the PC', () => {
  it('travel in clear inside the (encrypted) package from a locked branch, and are sealed at a locked central office under its own key', async () => {
    const { central, branch, branchId } = await enrolledPair(database);
    await createLockRepository(branch, FAST).set('支部口令一二三四', '支部口令一二三四', 10);
    await createLockRepository(central, FAST).set('组织科口令一二三', '组织科口令一二三', null);
    const member = await createMemberRepository(branch, { actor }).create(branchId, memberInput({ name: '张敏', ...sensitive }));
    expect(isEncryptedField((await storedMember(branch, member.id))?.idNumber)).toBe(true);

    await carry(branch, central);
    const atOffice = await createMemberRepository(central, { actor }).get(member.id);
    expect(atOffice).toMatchObject({ name: '张敏', idNumber: ID, phone: PHONE });
    const stored = await storedMember(central, member.id);
    expect(isEncryptedField(stored?.idNumber) && isEncryptedField(stored?.phone)).toBe(true);
    expect(stored?.idNumber).not.toBe((await storedMember(branch, member.id))?.idNumber);
  });

  it('a backup keeps them sealed with the lock that opens them; restored on a PC with another lock, the backup\'s passphrase opens them', async () => {
    const db = database();
    const { ownerId } = await createInstallationRepository(db).complete({ role: 'branch', name: '内科第一党支部', parentOrganizationName: '' });
    const member = await createMemberRepository(db, { actor }).create(ownerId, memberInput({ name: '李强', ...sensitive }));
    const locks = createLockRepository(db, FAST);
    await locks.set('备份时的口令一二', '备份时的口令一二', 10);
    const backups = createBackupRepository(db);
    const made = await backups.make();
    expect(made.summary.encrypted).toBe(false);
    const text = new TextDecoder().decode(made.bytes);
    expect(text).toContain('李强');
    expect(text).not.toContain(ID);
    expect(text).not.toContain(PHONE);

    // The lock is removed and set again under another passphrase (a new field key), then the backup restored.
    await locks.remove('备份时的口令一二');
    await locks.set('后来的口令一二三', '后来的口令一二三', 10);
    const preview = await backups.preview(made.bytes, made.fileName);
    if (preview.status !== 'ready') throw new Error(`backup refused: ${JSON.stringify(preview)}`);
    await backups.restore(preview);

    // The app reloads after a restore: the backup's lock is the one asked for.
    const restarted = new LedgerDatabase(db.name);
    try {
      const again = createLockRepository(restarted, FAST);
      await again.load();
      await expect(again.unlock('后来的口令一二三')).rejects.toThrow('口令不正确');
      await again.unlock('备份时的口令一二');
      expect(await createMemberRepository(restarted, { actor }).get(member.id)).toMatchObject({ idNumber: ID, phone: PHONE });
    } finally {
      restarted.close();
    }
  });
});
