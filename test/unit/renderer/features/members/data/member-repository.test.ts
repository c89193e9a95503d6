import { describe, expect, it, vi } from 'vitest';
import { databasePerTest, tickingClock } from '../../../support/test-database';
// After the test database, which installs the in-memory IndexedDB Dexie binds to on import.
import Dexie from 'dexie';
import { createMemberRepository } from '../../../../../../renderer/src/features/members/data/member-repository';
import { createPreferencesRepository } from '../../../../../../renderer/src/core/preferences/preferences-repository';
import { memberInput } from '../../../../shared/support/member-fixture';

const database = databasePerTest();
const ID_NUMBER = '11010519491231002X';

function setUp() {
  const db = database();
  const members = createMemberRepository(db, { clock: tickingClock('2026-02-01T00:00:00.000Z'), actor: () => '王书记' });
  return { db, members };
}

describe('member repository', () => {
  it('creates, gets, updates and removes a member, listing only live members of the branch', async () => {
    const { members } = setUp();
    const kept = await members.create('b-1', memberInput({ name: '张三' }));
    const removed = await members.create('b-1', memberInput({ name: '李四' }));
    await members.create('b-2', memberInput({ name: '王五' }));

    expect(await members.get(kept.id)).toEqual(kept);
    expect(await members.update(kept.id, { post: '护士长' })).toMatchObject({ id: kept.id, post: '护士长' });
    await members.remove(removed.id);

    expect(await members.get(removed.id)).toBeUndefined();
    expect((await members.list('b-1')).map((member) => member.name)).toEqual(['张三']);
  });

  it('imports adds and updates in one transaction, with one audit entry per member', async () => {
    const { db, members } = setUp();
    const { added: existing } = await members.importMany('b-1', { adds: [memberInput({ name: '甲' }), memberInput({ name: '乙' })], updates: [] });
    const auditBefore = await db.auditLog.count();
    // Transactions opened inside another join it (Dexie nests them): count the outermost ones.
    const outermost: boolean[] = [];
    const open = db.transaction.bind(db) as (...args: unknown[]) => unknown;
    vi.spyOn(db, 'transaction').mockImplementation(((...args: unknown[]) => {
      outermost.push(!Dexie.currentTransaction);
      return open(...args);
    }) as typeof db.transaction);

    const adds = Array.from({ length: 40 }, (_, index) => memberInput({ name: `新成员${index + 1}` }));
    const result = await members.importMany('b-1', {
      adds,
      updates: existing.map((member) => ({ id: member.id, patch: { department: '急诊科' } })),
    });

    expect(outermost.filter(Boolean)).toHaveLength(1);
    expect(result.added).toHaveLength(40);
    expect(result.updated.map((member) => member.department)).toEqual(['急诊科', '急诊科']);
    expect(await members.list('b-1')).toHaveLength(42);
    const entries = await db.auditLog.count();
    expect(entries - auditBefore).toBe(42);
    // One import, one instant: every entry of the batch shares it.
    const batch = (await db.auditLog.toArray()).filter((entry) => entry.at === result.added[0]!.createdAt);
    expect(batch).toHaveLength(42);
  });

  it('finds a live member of the branch by ID number, whatever the case of the check letter', async () => {
    const { members } = setUp();
    const member = await members.create('b-1', memberInput({ idNumber: ID_NUMBER.toLowerCase() }));
    await members.create('b-1', memberInput({ idNumber: '' }));

    expect(await members.findByIdNumber('b-1', ` ${ID_NUMBER} `)).toEqual(member);
    expect(await members.findByIdNumber('b-2', ID_NUMBER)).toBeUndefined();
    expect(await members.findByIdNumber('b-1', '')).toBeUndefined();
    await members.remove(member.id);
    expect(await members.findByIdNumber('b-1', ID_NUMBER)).toBeUndefined();
  });

  it('names the operator set in the preferences, or 支部书记 while none is set', async () => {
    const db = database();
    const members = createMemberRepository(db);
    const first = await members.create('b-1', memberInput());
    await createPreferencesRepository(db).setOperatorName('刘书记');
    await members.update(first.id, { phone: '13900139000' });

    const actors = (await db.auditLog.orderBy('updatedAt').toArray()).map((entry) => entry.actor);
    expect(actors).toEqual(['支部书记', '刘书记']);
  });
});

describe('committee seats typed at setup', () => {
  it('links a seat to the member of that name when the roster brings them, in the same write, and leaves a shared name unlinked', async () => {
    const { db, members } = setUp();
    await db.branches.add({
      id: 'b-1', branchId: 'b-1', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', deleted: false,
      name: '内科第一党支部', parentOrganizationName: '',
      committee: [{ role: 'secretary', memberId: '', name: '王建国' }, { role: 'organization', memberId: '', name: '李华' }],
    });
    const { added, linkedSeats } = await members.importMany('b-1', { adds: [memberInput({ name: '王建国' }), memberInput({ name: '李华' }), memberInput({ name: '李华', birthDate: '1980-01-01' })], updates: [] });
    expect(linkedSeats).toEqual([{ role: 'secretary', memberId: added[0]!.id, name: '王建国' }]);
    expect((await db.branches.get('b-1'))!.committee).toEqual([
      { role: 'secretary', memberId: added[0]!.id, name: '王建国' },
      { role: 'organization', memberId: '', name: '李华' },
    ]);
  });
});
