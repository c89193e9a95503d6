import { afterEach, describe, expect, it } from 'vitest';
import { freshDatabase, tickingClock } from '../../support/test-database';
import { LedgerDatabase } from '../../../../../renderer/src/db/database';
import {
  SetupValidationError,
  createInstallationRepository,
} from '../../../../../renderer/src/core/installation/installation-repository';
import { createPreferencesRepository } from '../../../../../renderer/src/core/preferences/preferences-repository';

const open: LedgerDatabase[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

function database() {
  const db = freshDatabase();
  open.push(db);
  return db;
}

describe('installation repository', () => {
  it('has nothing before the first run', async () => {
    expect(await createInstallationRepository(database()).load()).toBeUndefined();
  });

  it('stores a branch PC and its branch record, which survive reopening the database', async () => {
    const db = database();
    const repository = createInstallationRepository(db, tickingClock('2026-11-22T08:00:00.000Z'));
    const installation = await repository.complete({ role: 'branch', name: ' 内科第一党支部 ', parentOrganizationName: '市人民医院党委' });
    expect(installation).toMatchObject({ role: 'branch', name: '内科第一党支部', parentOrganizationName: '市人民医院党委' });

    db.close();
    const reopened = new LedgerDatabase(db.name);
    open.push(reopened);
    expect(await createInstallationRepository(reopened).load()).toEqual(installation);
    const branch = await reopened.branches.get(installation.ownerId);
    expect(branch).toMatchObject({ id: installation.ownerId, branchId: installation.ownerId, name: '内科第一党支部', deleted: false });
  });

  it('logs the creation of the branch record, by 系统 unless an operator is named', async () => {
    const db = database();
    const { ownerId } = await createInstallationRepository(db).complete({ role: 'branch', name: '甲支部', parentOrganizationName: '' });
    const branch = await db.branches.get(ownerId);
    expect(await db.auditLog.toArray()).toEqual([
      expect.objectContaining({ table: 'branches', recordId: ownerId, branchId: ownerId, action: 'create', actor: '系统', at: branch!.createdAt }),
    ]);

    const named = database();
    await createPreferencesRepository(named).setOperatorName('刘书记');
    await createInstallationRepository(named).complete({ role: 'branch', name: '乙支部', parentOrganizationName: '' });
    expect((await named.auditLog.toArray()).map((entry) => entry.actor)).toEqual(['刘书记']);
  });

  it('stores a central office PC without creating a branch', async () => {
    const db = database();
    const installation = await createInstallationRepository(db).complete({
      role: 'central',
      name: '市人民医院党委',
      parentOrganizationName: '',
    });
    expect(installation.role).toBe('central');
    expect(await db.branches.count()).toBe(0);
  });

  it('stores nothing when the input is invalid', async () => {
    const db = database();
    const repository = createInstallationRepository(db);
    const attempt = repository.complete({ role: 'branch', name: '', parentOrganizationName: '' });
    await expect(attempt).rejects.toBeInstanceOf(SetupValidationError);
    await expect(attempt).rejects.toThrow('请填写支部名称。');
    expect(await db.installation.count()).toBe(0);
    expect(await db.branches.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
  });

  it('refuses a second setup and keeps the first', async () => {
    const db = database();
    const repository = createInstallationRepository(db);
    const first = await repository.complete({ role: 'branch', name: '甲支部', parentOrganizationName: '' });
    await expect(repository.complete({ role: 'central', name: '乙党委', parentOrganizationName: '' })).rejects.toThrow(
      '本机已经完成初始设置',
    );
    expect(await repository.load()).toEqual(first);
    expect(await db.branches.count()).toBe(1);
    expect(await db.auditLog.count()).toBe(1);
  });
});
