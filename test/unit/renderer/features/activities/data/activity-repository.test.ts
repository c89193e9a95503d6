import { describe, expect, it } from 'vitest';
import { databasePerTest } from '../../../support/test-database';
import { createActivityRepository } from '../../../../../../renderer/src/features/activities/data/activity-repository';
import { createBrandRepository } from '../../../../../../renderer/src/features/activities/data/brand-repository';
import { changeLogAfter } from '../../../../../../renderer/src/features/sync/data/outgoing-changes';
import { TO_CENTRAL_STREAM } from '../../../../../../renderer/src/db/change-log';

const database = databasePerTest();
const TODAY = '2026-11-30';
const input = { kind: 'pairing' as const, date: '2026-09-10', title: ' 与城东社区结对共建 ', memberIds: ['m-1', 'm-2'], partnerUnit: '城东社区党委', description: '', attachmentIds: ['a-1'] };

describe('activity repository', () => {
  it('saves an activity under the id its photos were attached to, audited and queued for the central office', async () => {
    const db = database();
    await db.installation.add({ key: 'this-pc', role: 'branch', name: '内科党支部', parentOrganizationName: '', ownerId: 'b-1', setupAt: '2026-01-01T00:00:00.000Z' });
    const activities = createActivityRepository(db, { actor: () => '王书记' });
    const saved = await activities.save('b-1', 'activity-1', input, TODAY);
    expect(saved).toMatchObject({ id: 'activity-1', branchId: 'b-1', title: '与城东社区结对共建', attachmentIds: ['a-1'] });
    const changed = await activities.save('b-1', 'activity-1', { ...input, description: '共建义诊一次。' }, TODAY);
    expect(changed.description).toBe('共建义诊一次。');
    expect(await activities.listByBranch('b-1')).toHaveLength(1);
    expect((await db.auditLog.toArray()).map((entry) => [entry.action, entry.actor]).sort()).toEqual([
      ['create', '王书记'],
      ['update', '王书记'],
    ]);
    const queued = (await changeLogAfter(db, TO_CENTRAL_STREAM, 0)).flatMap((row) => row.changes.map((change) => [change.table, change.id]));
    expect(queued).toEqual([
      ['activities', 'activity-1'],
      ['activities', 'activity-1'],
    ]);
  });

  it('refuses an activity without people or title, in Chinese, and stores nothing', async () => {
    const db = database();
    const activities = createActivityRepository(db, { actor: () => '王书记' });
    await expect(activities.save('b-1', 'activity-2', { ...input, title: '', memberIds: [] }, TODAY)).rejects.toThrow('请填写活动名称。');
    expect(await db.activities.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
  });

  it('keeps the brand on the branch record, audited and queued; refuses one without a name and leaves the branch as it was', async () => {
    const db = database();
    await db.installation.add({ key: 'this-pc', role: 'branch', name: '内科党支部', parentOrganizationName: '', ownerId: 'b-1', setupAt: '2026-01-01T00:00:00.000Z' });
    const stamp = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', deleted: false };
    await db.branches.add({ id: 'b-1', branchId: 'b-1', ...stamp, name: '内科党支部', parentOrganizationName: '市人民医院党委' });
    const brands = createBrandRepository(db, { actor: () => '王书记' });
    const saved = await brands.save('b-1', { name: ' 仁心党员服务队 ', description: ' 每月一次社区义诊。 ' });
    expect(saved.brand).toEqual({ name: '仁心党员服务队', description: '每月一次社区义诊。' });
    expect((await db.auditLog.toArray()).map((entry) => [entry.table, entry.action, entry.actor])).toEqual([['branches', 'update', '王书记']]);
    const queued = (await changeLogAfter(db, TO_CENTRAL_STREAM, 0)).flatMap((row) => row.changes.map((change) => [change.table, change.id]));
    expect(queued).toEqual([['branches', 'b-1']]);

    await expect(brands.save('b-1', { name: ' ', description: '新简介' })).rejects.toThrow('请填写品牌名称。');
    expect((await db.branches.get('b-1'))!.brand).toEqual({ name: '仁心党员服务队', description: '每月一次社区义诊。' });
    expect(await db.auditLog.count()).toBe(1);
  });
});
