import { describe, expect, it } from 'vitest';
import { databasePerTest } from '../../../support/test-database';
import { DerivedDatabase, type BranchCountsRow } from '../../../../../../renderer/src/db/derived-db';
import { createBranchesRepository, DUES_PIECE } from '../../../../../../renderer/src/features/branches/data/branches-repository';
import { newPeer, peerKey } from '../../../../../../renderer/src/features/sync/data/sync-state';
import { NATIONAL_RULE_SET } from '../../../../../../shared/rules/national-rule-set';
import { employedOn, fen, paid, payment } from '../../../../shared/dues/dues-fixture';
import { attendanceOf, branchRecord, meetingRecord } from '../../../../shared/support/meeting-fixture';
import { memberRecord } from '../../../../shared/support/member-fixture';
import { waitUntil } from '../../../../../support/wait-until';

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

const rules = NATIONAL_RULE_SET.rules;
const TODAY = '2026-04-15';

/** The central office holding one branch, as its first package left it. */
async function centralWithBranch() {
  const db = database();
  const derived = new DerivedDatabase(db.name);
  await db.syncState.put({ ...newPeer('branch-1', '内科党支部'), receivedSeq: 10 });
  await db.branches.put(branchRecord('2025-06-01'));
  await db.meetings.bulkPut([
    meetingRecord('committeeMeeting', '2026-01-10', { attendance: attendanceOf({ a: 'present', b: 'absent' }) }),
    meetingRecord('committeeMeeting', '2026-02-10', { attendance: attendanceOf({ a: 'present', b: 'present' }) }),
  ]);
  return { db, derived, repository: createBranchesRepository(db, derived) };
}

/** The counts are kept after the overview returns, outside its read: waits until the kept rows are as expected. */
async function keptCountsBecome(derived: DerivedDatabase, expected: (rows: BranchCountsRow[]) => void) {
  await waitUntil(async () => expected(await derived.branchCounts.toArray()));
}

const committee = (overview: Awaited<ReturnType<ReturnType<typeof createBranchesRepository>['overview']>>) =>
  overview[0]!.compliance!.types.find((type) => type.type === 'committeeMeeting')!;

describe('the central office overview: figures kept per branch', () => {
  it('counts each branch once and reads the kept counts until a package of that branch is imported', async () => {
    const { db, derived, repository } = await centralWithBranch();
    const first = await repository.overview(rules, TODAY);
    expect(first[0]).toMatchObject({ meetingCount: 2, memberCount: 0, compliance: { meetingsHeld: 2, attendanceRate: 3 / 4 } });
    expect(committee(first)).toMatchObject({ onTime: 2, missing: 1 });
    await keptCountsBecome(derived, (rows) => expect(rows).toEqual([expect.objectContaining({ branchId: 'branch-1', receivedSeq: 10, meetingCount: 2 })]));

    // A record the kept counts do not know of: without an import, the overview does not read the meetings again.
    await db.meetings.put(meetingRecord('committeeMeeting', '2026-03-10'));
    expect(committee(await repository.overview(rules, TODAY))).toMatchObject({ onTime: 2, missing: 1 });

    // An import moves the branch's sequence on: its counts are made again.
    await db.syncState.put({ ...((await db.syncState.get(peerKey('branch-1'))) as ReturnType<typeof newPeer>), receivedSeq: 11 });
    const after = await repository.overview(rules, TODAY);
    expect(after[0]).toMatchObject({ meetingCount: 3 });
    expect(committee(after)).toMatchObject({ onTime: 3, missing: 0 });
    await keptCountsBecome(derived, (rows) => expect(rows).toEqual([expect.objectContaining({ receivedSeq: 11, meetingCount: 3 })]));
  });

  it('makes the counts again under a rule set with other periods', async () => {
    const { repository } = await centralWithBranch();
    await repository.overview(rules, TODAY);
    const meetings = rules.meetings;
    const quarterly = { ...rules, meetings: { ...meetings, committeeMeeting: { ...meetings.committeeMeeting, value: { ...meetings.committeeMeeting.value, per: 'quarter' as const } } } };
    const overview = await repository.overview(quarterly, TODAY);
    expect(committee(overview)).toMatchObject({ per: 'quarter', onTime: 1, missing: 0 });
  });

  it('keeps the dues standing for the month, its remittance reminder redone each day: a new month or an import makes it again', async () => {
    const { db, paysAll } = await centralWithTwoBranches();
    const derived = new DerivedDatabase(db.name);
    const repository = createBranchesRepository(db, derived);
    const inner = async (today: string) => (await repository.overview(rules, today)).find((row) => row.peer.name === '内科党支部')!.dues!;
    const tenth = await inner('2026-08-10');
    expect(tenth.summary.totals.paidFen).toBe(4000);
    await keptCountsBecome(derived, (rows) => expect(rows.find((row) => row.branchId === 'b-1')?.dues?.today).toBe('2026-08-10'));
    // A payment the kept standing does not know of (no import in between): that month reads what was kept.
    const year = (await db.duesPayments.toArray()).find((row) => row.memberId === paysAll.id)!;
    await db.duesPayments.put({ ...year, months: year.months.map((entry, index) => (index === 7 ? paid(4000) : entry)) });
    expect((await inner('2026-08-10')).summary.totals.paidFen).toBe(4000);
    const eleventh = await inner('2026-08-11');
    expect(eleventh.summary.totals.paidFen).toBe(4000);
    // The reminder counts the days to the quarter's due date from the day shown, not the day kept.
    expect(eleventh.summary.remittance.daysLeft).toBe(tenth.summary.remittance.daysLeft - 1);
    expect((await inner('2026-09-01')).summary.totals.paidFen).toBe(8000);
  });
});

/** The central office holding many branches' packages (more than a piece of dues standings), one member each, paying through July. */
async function centralWithManyBranches(count: number) {
  const db = database();
  const derived = new DerivedDatabase(db.name);
  const ids = Array.from({ length: count }, (_, index) => `b-${index + 1}`);
  await db.syncState.bulkPut(ids.map((id, index) => ({ ...newPeer(id, `第${index + 1}党支部`), receivedSeq: 1 })));
  await db.branches.bulkPut(ids.map((id, index) => branchRecord('2026-01-01', { id, branchId: id, name: `第${index + 1}党支部` })));
  const members = ids.map((branchId) => ({ ...memberRecord({ name: `${branchId}党员`, stage: 'full', joinedOn: '2010-07-01' }), branchId }));
  await db.members.bulkPut(members);
  await db.duesBases.bulkPut(members.map((member) => employedOn(fen('4000'), { memberId: member.id, branchId: member.branchId })));
  const months = Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((month) => [month, paid(4000)]));
  await db.duesPayments.bulkPut(members.map((member) => payment(2026, months, { memberId: member.id, branchId: member.branchId })));
  return { db, derived, repository: createBranchesRepository(db, derived) };
}

describe('the central office overview: a new month at many branches', () => {
  it('shows every row at once and the month’s dues standings as they are made after the read, equal to the standings made within it', async () => {
    const count = DUES_PIECE * 2 + 3;
    const { db, derived, repository } = await centralWithManyBranches(count);
    // August: every branch's counts and standing made and kept.
    expect((await repository.overview(rules, '2026-08-10')).every((row) => row.dues && !row.duesMaking)).toBe(true);
    await keptCountsBecome(derived, (rows) => expect(rows.filter((row) => row.dues?.today === '2026-08-10')).toHaveLength(count));

    // The 1st of September: the rows come at once, their standings not yet made.
    const first = await repository.overview(rules, '2026-09-01');
    expect(first).toHaveLength(count);
    expect(first.every((row) => row.duesMaking && row.dues === undefined && row.memberCount === 1 && row.compliance)).toBe(true);

    // Made a piece at a time after the read and kept: a later read has them all.
    let made: Awaited<ReturnType<typeof repository.overview>> = [];
    await waitUntil(async () => {
      made = await repository.overview(rules, '2026-09-01');
      expect(made.every((row) => row.dues && !row.duesMaking)).toBe(true);
    });
    await keptCountsBecome(derived, (rows) => expect(rows.filter((row) => row.dues?.today === '2026-09-01')).toHaveLength(count));
    // The same standings as made within the read from the records (a fresh office database of figures).
    const within = await createBranchesRepository(db, new DerivedDatabase(`${db.name}-fresh`)).overview(rules, '2026-09-01');
    expect(within.every((row) => row.dues && !row.duesMaking)).toBe(true);
    expect(made.map((row) => row.dues)).toEqual(within.map((row) => row.dues));
    // Q3 through August is due (40 元 a month), July paid: the standing is this month's, not August's.
    expect(made[0]!.dues!.summary.totals).toMatchObject({ quarter: 3, paidFen: 4000 });
  });

  it('makes a few branches’ new standings within the read, as before', async () => {
    const { repository } = await centralWithManyBranches(DUES_PIECE);
    await repository.overview(rules, '2026-08-10');
    const rows = await repository.overview(rules, '2026-09-01');
    expect(rows.every((row) => row.dues && !row.duesMaking)).toBe(true);
  });
});
