import { describe, expect, it } from 'vitest';
import { databasePerTest } from '../../../support/test-database';
import { createNoticeRepository } from '../../../../../../renderer/src/features/branches/data/notice-repository';
import { changeLogAfter } from '../../../../../../renderer/src/features/sync/data/outgoing-changes';

const database = databasePerTest();

describe('notice repository', () => {
  it('stores one notice per branch, each queued in that branch’s stream on the central office PC', async () => {
    const db = database();
    await db.installation.add({ key: 'this-pc', role: 'central', name: '市人民医院党委', parentOrganizationName: '', ownerId: 'c-1', setupAt: '2026-01-01T00:00:00.000Z' });
    const notices = createNoticeRepository(db, { actor: () => '组织科' });
    const sent = await notices.send(['b-1', 'b-2'], ' 关于报送第四季度台账的通知 ', '请于月底前报送。', '市人民医院党委');
    expect(sent.map((notice) => [notice.branchId, notice.title])).toEqual([
      ['b-1', '关于报送第四季度台账的通知'],
      ['b-2', '关于报送第四季度台账的通知'],
    ]);
    expect((await changeLogAfter(db, 'b-1', 0)).flatMap((row) => row.changes.map((change) => change.id))).toEqual([sent[0]!.id]);
    expect((await changeLogAfter(db, 'b-2', 0)).flatMap((row) => row.changes.map((change) => change.id))).toEqual([sent[1]!.id]);
  });

  it('refuses an empty title or no branch, in Chinese, and stores nothing', async () => {
    const db = database();
    const notices = createNoticeRepository(db, { actor: () => '组织科' });
    await expect(notices.send(['b-1'], '  ', '', '院党委')).rejects.toThrow('请填写通知标题。');
    await expect(notices.send([], '通知', '', '院党委')).rejects.toThrow('请选择接收通知的支部。');
    expect(await db.notices.count()).toBe(0);
  });
});
