import { describe, expect, it } from 'vitest';
import { databasePerTest, tickingClock } from '../../../support/test-database';
import { createRecordRepository } from '../../../../../../renderer/src/db/record-repository';
import { createAuditRepository } from '../../../../../../renderer/src/features/audit/data/audit-repository';
import { memberInput } from '../../../../shared/support/member-fixture';

const database = databasePerTest();

function setUp() {
  const db = database();
  const members = createRecordRepository(db, 'members', { clock: tickingClock('2026-04-01T00:00:00.000Z'), actor: () => '王书记' });
  return { db, members, audit: createAuditRepository(db) };
}

describe('audit repository', () => {
  it('lists one record’s history newest first', async () => {
    const { members, audit } = setUp();
    const member = await members.create('b-1', memberInput());
    await members.create('b-1', memberInput({ name: '别人' }));
    await members.update(member.id, { post: '护士长' });
    await members.remove(member.id);
    expect((await audit.listForRecord(member.id)).map((entry) => entry.action)).toEqual(['delete', 'update', 'create']);
  });

  it('pages a branch’s history newest first, without entries of other branches', async () => {
    const { members, audit } = setUp();
    const written: string[] = [];
    for (let index = 0; index < 5; index++) written.push((await members.create('b-1', memberInput({ name: `成员${index}` }))).id);
    await members.create('b-2', memberInput({ name: '外支部' }));

    const first = await audit.listForBranch('b-1', { limit: 2 });
    const second = await audit.listForBranch('b-1', { limit: 2, before: first.at(-1)! });
    const third = await audit.listForBranch('b-1', { limit: 2, before: second.at(-1)! });
    expect([...first, ...second, ...third].map((entry) => entry.recordId)).toEqual(written.reverse());
    expect(third).toHaveLength(1);
    expect(await audit.listForBranch('b-1', { before: third[0]! })).toEqual([]);
    expect(await audit.listForBranch('b-3')).toEqual([]);
  });

  it('pages through an import whose entries share one instant, each entry exactly once', async () => {
    const { members, audit } = setUp();
    const earlier = await members.create('b-1', memberInput({ name: '早先' }));
    const imported = await members.createMany('b-1', Array.from({ length: 7 }, (_, index) => memberInput({ name: `导入${index}` })));
    const later = await members.update(earlier.id, { post: '护士长' });

    const pages = [];
    let page = await audit.listForBranch('b-1', { limit: 3 });
    while (page.length > 0) {
      pages.push(page);
      page = await audit.listForBranch('b-1', { limit: 3, before: page.at(-1)! });
    }
    const seen = pages.flat();
    expect(pages.map((entries) => entries.length)).toEqual([3, 3, 3]);
    expect(seen).toHaveLength(9);
    expect(seen[0]).toMatchObject({ recordId: later.id, action: 'update' });
    expect(seen.at(-1)).toMatchObject({ recordId: earlier.id, action: 'create' });
    expect(new Set(seen.slice(1, 8).map((entry) => entry.recordId))).toEqual(new Set(imported.map((member) => member.id)));
    expect(seen.map((entry) => entry.at)).toEqual(seen.map((entry) => entry.at).sort().reverse());
  });

  it('returns the newest 50 when no limit is given', async () => {
    const { members, audit } = setUp();
    await members.createMany('b-1', Array.from({ length: 60 }, () => memberInput()));
    expect(await audit.listForBranch('b-1')).toHaveLength(50);
    expect(await audit.listForBranch('b-1', { limit: 0 })).toEqual([]);
  });
});
