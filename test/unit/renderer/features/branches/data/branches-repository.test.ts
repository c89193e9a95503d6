import { describe, expect, it } from 'vitest';
import { databasePerTest } from '../../../support/test-database';
import { createBranchesRepository } from '../../../../../../renderer/src/features/branches/data/branches-repository';
import { newPeer } from '../../../../../../renderer/src/features/sync/data/sync-state';
import { NATIONAL_RULE_SET } from '../../../../../../shared/rules/national-rule-set';
import { employedOn, fen, paid, payment } from '../../../../shared/dues/dues-fixture';
import { branchRecord } from '../../../../shared/support/meeting-fixture';
import { memberRecord } from '../../../../shared/support/member-fixture';

const database = databasePerTest();

/** The central office PC holding what two branches' packages brought (written as an import writes: straight to the tables). */
async function centralWithTwoBranches() {
  const db = database();
  await db.installation.add({ key: 'this-pc', role: 'central', name: '市人民医院党委', parentOrganizationName: '', ownerId: 'c-1', setupAt: '2026-01-01T00:00:00.000Z' });
  await db.syncState.bulkPut([newPeer('b-1', '内科党支部'), newPeer('b-2', '外科党支部'), newPeer('b-3', '尚未报送党支部')]);
  const full = (name: string, branchId: string) => ({ ...memberRecord({ name, stage: 'full', joinedOn: '2010-07-01' }), branchId });
  const [paysAll, owesFive, other] = [full('按时交', 'b-1'), full('欠五个月', 'b-1'), full('外科党员', 'b-2')];
  await db.branches.bulkPut([branchRecord('2026-01-01', { id: 'b-1', branchId: 'b-1' }), branchRecord('2026-01-01', { id: 'b-2', branchId: 'b-2', name: '外科党支部' })]);
  await db.members.bulkPut([paysAll, owesFive, other]);
  await db.duesBases.bulkPut([
    employedOn(fen('4000'), { memberId: paysAll.id, branchId: 'b-1' }),
    employedOn(fen('6000'), { memberId: owesFive.id, branchId: 'b-1' }),
    employedOn(fen('6000'), { memberId: other.id, branchId: 'b-2', deleted: true }),
  ]);
  const months = Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((month) => [month, paid(4000)]));
  await db.duesPayments.bulkPut([
    payment(2026, months, { memberId: paysAll.id, branchId: 'b-1' }),
    payment(2026, { 1: paid(9000), 2: paid(9000) }, { memberId: owesFive.id, branchId: 'b-1' }),
  ]);
  return { db, paysAll: paysAll, owesFive: owesFive };
}

describe('branches repository: dues as the central office reads them', () => {
  it('gives one branch’s live dues records with its roster, nothing of another branch', async () => {
    const { db, paysAll, owesFive } = await centralWithTwoBranches();
    const branches = createBranchesRepository(db);
    const dues = await branches.dues('b-1');
    expect(dues.members.map((member) => member.name).sort()).toEqual(['按时交', '欠五个月'].sort());
    expect(dues.bases.map((base) => base.memberId).sort()).toEqual([paysAll.id, owesFive.id].sort());
    expect(dues.payments).toHaveLength(2);
    // b-2's only base is deleted: none comes back.
    expect((await branches.dues('b-2')).bases).toEqual([]);
  });

  it('puts today’s quarter, the members in arrears and the red alarms in every received branch’s overview row', async () => {
    const { db, owesFive } = await centralWithTwoBranches();
    const rows = await createBranchesRepository(db).overview(NATIONAL_RULE_SET.rules, '2026-08-10');
    const byName = new Map(rows.map((row) => [row.peer.name, row]));
    const inner = byName.get('内科党支部')!.dues!;
    // Q3: July paid by one member (40 元); the other owes 90 元 a month from March.
    expect(inner.summary.totals).toMatchObject({ quarter: 3, dueFen: 3 * 4000 + 3 * 9000, paidFen: 4000 });
    expect(inner.inArrears.map((alarm) => alarm.memberId)).toEqual([owesFive.id]);
    expect(inner.redAlarms).toEqual([]);
    expect(inner.summary.arrears).toEqual([{ memberId: owesFive.id, name: '欠五个月', months: 5, outstandingFen: 5 * 9000 }]);
    expect(byName.get('外科党支部')!.dues!.summary.totals.dueFen).toBe(0);
    // A branch that has sent nothing has no dues to show yet.
    expect(byName.get('尚未报送党支部')!.dues).toBeUndefined();
  });
});
