import { describe, expect, it } from 'vitest';
import { databasePerTest, tickingClock } from '../../../support/test-database';
import { createBranchRepository } from '../../../../../../renderer/src/features/branch/data/branch-repository';
import { createInstallationRepository } from '../../../../../../renderer/src/core/installation/installation-repository';
import { RecordNotFoundError } from '../../../../../../renderer/src/db/record-repository';

const database = databasePerTest();

async function setUp() {
  const db = database();
  const clock = tickingClock('2026-03-01T00:00:00.000Z');
  const { ownerId } = await createInstallationRepository(db, clock).complete({
    role: 'branch',
    name: '内科第一党支部',
    parentOrganizationName: '市人民医院党委',
  });
  return { db, ownerId, branches: createBranchRepository(db, { clock, actor: () => '王书记' }) };
}

describe('branch repository', () => {
  it('reads the branch created at setup', async () => {
    const { ownerId, branches } = await setUp();
    expect(await branches.getOwnBranch(ownerId)).toMatchObject({ id: ownerId, branchId: ownerId, name: '内科第一党支部' });
  });

  it('updates the branch and logs the change, arrays whole', async () => {
    const { db, ownerId, branches } = await setUp();
    const groups = [{ id: 'g-1', name: '第一党小组', leaderId: '' }];
    const updated = await branches.updateBranch(ownerId, { departments: ['心内科', '呼吸科'], partyGroups: groups });
    expect(await branches.getOwnBranch(ownerId)).toEqual(updated);

    const entries = await db.auditLog.where('recordId').equals(ownerId).sortBy('at');
    expect(entries.map((entry) => [entry.action, entry.actor])).toEqual([
      ['create', '系统'],
      ['update', '王书记'],
    ]);
    expect(entries[1]!.changes).toEqual([
      { field: 'departments', before: undefined, after: ['心内科', '呼吸科'] },
      { field: 'partyGroups', before: undefined, after: groups },
    ]);
  });

  it('says so in Chinese when the branch is missing', async () => {
    const { branches } = await setUp();
    await expect(branches.getOwnBranch('no-such-branch')).rejects.toBeInstanceOf(RecordNotFoundError);
    await expect(branches.updateBranch('no-such-branch', { name: '甲' })).rejects.toThrow('记录不存在或已删除');
  });
});
