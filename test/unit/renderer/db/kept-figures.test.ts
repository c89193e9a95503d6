import { describe, expect, it } from 'vitest';
import { databasePerTest } from '../support/test-database';
import { DerivedDatabase } from '../../../../renderer/src/db/derived-db';
import { branchSheet, periodSheet } from '../../../../renderer/src/features/assessment/data/period-sheet';
import { createStatisticsRepository } from '../../../../renderer/src/features/statistics/data/statistics-repository';
import { newPeer } from '../../../../renderer/src/features/sync/data/sync-state';
import { createMemberRepository } from '../../../../renderer/src/features/members/data/member-repository';
import { createTalkRepository } from '../../../../renderer/src/features/talks/data/talk-repository';
import { DEFAULT_ASSESSMENT_SCHEME } from '../../../../shared/assessment/default-scheme';
import { DEFAULT_WORKING_DAY_CALENDAR } from '../../../../shared/calendar/working-days';
import { parsePeriod } from '../../../../shared/meetings/periods';
import { NATIONAL_RULE_SET } from '../../../../shared/rules/national-rule-set';
import type { StatScope } from '../../../../shared/statistics/stat-input';
import { STAT_TABLE_IDS, statTable } from '../../../../shared/statistics/statistics';
import { yearEndScope } from '../../../../shared/statistics/year-end';
import { DEFAULT_TODAY, generateDataset, statRecordsOf, type BranchData } from '../../../support/generator';
import { seedInstallation, writeBranches } from '../../../support/seed/seed-ledger';
import { memberInput } from '../../shared/support/member-fixture';
import { carry, enrolledPair, syncActor } from '../support/sync-pair';

const database = databasePerTest();
const today = DEFAULT_TODAY;
const rules = NATIONAL_RULE_SET.rules;

/** A slice of the generated hospital at the central office, every branch received as from its packages. */
async function office(spec = { branches: 5, members: 100, years: 2 }): Promise<{ db: ReturnType<typeof database>; derived: DerivedDatabase; data: BranchData[] }> {
  const db = database();
  const data = generateDataset(spec, { today });
  await seedInstallation(db, { role: 'central', name: '院党委组织科', parentOrganizationName: '市卫健委党委', ownerId: 'office' }, '组织科', '2024-01-01T00:00:00.000Z');
  await writeBranches(db, data);
  await db.syncState.bulkPut(data.map((branch) => ({ ...newPeer(branch.branch.id, branch.branch.name), receivedSeq: 3 })));
  return { db, derived: new DerivedDatabase(db.name), data };
}

const scopeOf = (key: string, on: string = today): StatScope => {
  const period = parsePeriod(key)!;
  return { period, asOf: period.end < on ? period.end : on, today: on, ruleSet: NATIONAL_RULE_SET, calendar: DEFAULT_WORKING_DAY_CALENDAR };
};

const byId = <T extends { id: string }>(rows: readonly T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));

/** What the tables are counted from when nothing is kept: every branch's records as stored (by id), branches by name. */
function computedFrom(data: BranchData[]) {
  return data
    .map(statRecordsOf)
    .map((records) => ({
      branch: records.branch,
      members: byId(records.members),
      meetings: byId(records.meetings.filter((row) => !row.deleted)),
      notebooks: byId(records.notebooks.filter((row) => !row.deleted)),
      duesBases: byId(records.duesBases),
      duesPayments: byId(records.duesPayments),
      duesRemittances: byId(records.duesRemittances),
      appraisals: [],
      talks: [],
    }))
    .sort((a, b) => a.branch.name.localeCompare(b.branch.name, 'zh-CN'));
}

async function keptRows(derived: DerivedDatabase, count: number): Promise<void> {
  // The rows are stored just after the read that made them.
  while ((await derived.keptFigures.count()) < count) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('figures kept per branch (统计报表, 考核 at the central office)', () => {
  it('every statistics table, made and then read from kept rows, equals the table counted from all records', async () => {
    const { db, derived, data } = await office();
    const repository = createStatisticsRepository(db, derived);
    const records = await repository.branchRecords();
    expect(records).toEqual(computedFrom(data));
    const periods = ['2026-10', '2026-Q3', '2025', '2026'];
    for (const key of periods) {
      const scope = scopeOf(key);
      for (const id of STAT_TABLE_IDS) expect(await repository.table(id, scope), `${id} ${key} made`).toEqual(statTable(id, records, scope));
    }
    await keptRows(derived, data.length * STAT_TABLE_IDS.length * periods.length);
    for (const key of periods) {
      const scope = scopeOf(key);
      const all = await repository.tables(scope);
      expect(all, `${key} kept`).toEqual(STAT_TABLE_IDS.map((id) => statTable(id, records, scope)));
    }
  });

  it('the running year’s view (stocks today) and its year-end report (stocks on 12-31) keep rows of their own: neither makes the other’s again', async () => {
    const { db, derived, data } = await office();
    const repository = createStatisticsRepository(db, derived);
    const records = await repository.branchRecords();
    const running = scopeOf('2026');
    const yearEnd = yearEndScope(2026, today, NATIONAL_RULE_SET, DEFAULT_WORKING_DAY_CALENDAR);
    expect(running.asOf).not.toBe(yearEnd.asOf);
    const viewed = await repository.tables(running);
    const exported = await repository.tables(yearEnd);
    expect(viewed).toEqual(STAT_TABLE_IDS.map((id) => statTable(id, records, running)));
    expect(exported).toEqual(STAT_TABLE_IDS.map((id) => statTable(id, records, yearEnd)));
    // Both kept side by side (one slot for both would hold only the last made).
    await keptRows(derived, 2 * data.length * STAT_TABLE_IDS.length);
    // The records moved without the branch's version moving: what answers now was read, not made.
    const [member] = data[0]!.members;
    await db.members.put({ ...member!, deleted: true });
    expect(await repository.tables(running), 'the view again').toEqual(viewed);
    expect(await repository.tables(yearEnd), 'the report again').toEqual(exported);
  });

  it('a kept row is used until the branch’s records move: an import (received sequence) makes it again', async () => {
    const { db, derived, data } = await office();
    const repository = createStatisticsRepository(db, derived);
    const scope = scopeOf('2026');
    const before = await repository.table('memberComposition', scope);
    // One read of each branch's records made every table's row: the other tabs read kept rows.
    await keptRows(derived, data.length * STAT_TABLE_IDS.length);
    expect(await derived.keptFigures.where('branchId').equals(data[0]!.branch.id).count()).toBe(STAT_TABLE_IDS.length);
    const [member] = data[0]!.members;
    await db.members.put({ ...member!, deleted: true });
    // The records moved without a package being recorded: the kept row still answers (it is read, not counted).
    expect(await repository.table('memberComposition', scope)).toEqual(before);
    await db.syncState.put({ ...newPeer(data[0]!.branch.id, data[0]!.branch.name), receivedSeq: 4 });
    const after = await repository.table('memberComposition', scope);
    expect(after).toEqual(statTable('memberComposition', await repository.branchRecords(), scope));
    expect(after).not.toEqual(before);
  });

  it('the 考核 sheet from kept figures equals each branch’s sheet made from its records', async () => {
    const { db, derived } = await office();
    const scheme = DEFAULT_ASSESSMENT_SCHEME;
    const branches = (await db.branches.toArray()).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
    for (const key of ['2026-Q3', '2025', '2026']) {
      const computed = await Promise.all(branches.map((branch) => branchSheet(db, branch.id, scheme, rules, key, today)));
      expect((await periodSheet(db, scheme, rules, key, today, derived)).rows, `${key} made`).toEqual(computed);
    }
    await keptRows(derived, branches.length * 3);
    for (const key of ['2026-Q3', '2025', '2026']) {
      const computed = await Promise.all(branches.map((branch) => branchSheet(db, branch.id, scheme, rules, key, today)));
      const sheet = await periodSheet(db, scheme, rules, key, today, derived);
      expect(sheet.rows, `${key} kept`).toEqual(computed);
      expect(sheet.ranking.length).toBe(branches.length);
    }
  });

  it('the screens’ reads in pieces answer at once with the progress, then, once every branch is made, with the sheet and table made whole', async () => {
    // More branches than a piece (8): fewer are made within the read.
    const { db, derived, data } = await office({ branches: 12, members: 120, years: 1 });
    const scheme = DEFAULT_ASSESSMENT_SCHEME;
    const repository = createStatisticsRepository(db, derived);
    const scope = scopeOf('2026-Q3');
    const first = await periodSheet(db, scheme, rules, '2026-Q3', today, derived, true);
    expect(first.making).toEqual({ pending: data.length, of: data.length });
    expect(first.rows).toEqual([]);
    expect(await repository.tableInPieces('dues', scope)).toEqual({ making: { pending: data.length, of: data.length } });
    // Made outside the read, a few branches at a time, each piece stored as it is made.
    let sheet = first;
    while (sheet.making) sheet = await new Promise((resolve) => setTimeout(() => resolve(periodSheet(db, scheme, rules, '2026-Q3', today, derived, true)), 5));
    const branches = (await db.branches.toArray()).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
    expect(sheet.rows).toEqual(await Promise.all(branches.map((branch) => branchSheet(db, branch.id, scheme, rules, '2026-Q3', today))));
    let read = await repository.tableInPieces('dues', scope);
    while (read.making) read = await new Promise((resolve) => setTimeout(() => resolve(repository.tableInPieces('dues', scope)), 5));
    expect(read.table).toEqual(statTable('dues', await repository.branchRecords(), scope));
  });

  it('rows made on one day answer on the next days while what the tables read of today is the same, and are made again when it changes', async () => {
    const { db, derived, data } = await office();
    const repository = createStatisticsRepository(db, derived);
    const records = await repository.branchRecords();
    // Last month (the screen's default), first viewed on 12-07: every table made from the records.
    for (const id of STAT_TABLE_IDS) expect(await repository.table(id, scopeOf('2026-11', '2026-12-07'))).toEqual(statTable(id, records, scopeOf('2026-11', '2026-12-07')));
    await keptRows(derived, data.length * STAT_TABLE_IDS.length);
    // A record moved without the branch's version moving: whatever is still counted from the old records was read, not made.
    const [member] = data[0]!.members;
    await db.members.put({ ...member!, deleted: true });
    const laterDay = scopeOf('2026-11', '2026-12-21');
    expect(await repository.tables(laterDay), 'read on 12-21').toEqual(STAT_TABLE_IDS.map((id) => statTable(id, records, laterDay)));
    // On 2027-01-04 the fourth quarter is over (its 党课 can now be missing): made again, from the records as they are.
    const nextYear = scopeOf('2026-11', '2027-01-04');
    const now = await repository.branchRecords();
    expect(await repository.tables(nextYear), 'made on 2027-01-04').toEqual(STAT_TABLE_IDS.map((id) => statTable(id, now, nextYear)));
    expect(now).not.toEqual(records);
  });

  it('after a real import at the office and an edit on the branch PC the tables equal those counted from all records', async () => {
    const data = generateDataset({ branches: 4, members: 60, years: 2 }, { today });
    const { central, branch, branchId } = await enrolledPair(database, async (office) => {
      await writeBranches(office, data);
      await office.syncState.bulkPut(data.map((one) => ({ ...newPeer(one.branch.id, one.branch.name), receivedSeq: 3 })));
    });
    const scope = scopeOf('2026', '2026-12-07');
    const atOffice = createStatisticsRepository(central, new DerivedDatabase(central.name));
    const fromScratch = async () => STAT_TABLE_IDS.map(async (id) => statTable(id, await atOffice.branchRecords(), scope));
    const before = await atOffice.tables(scope);
    expect(before).toEqual(await Promise.all(await fromScratch()));
    await carry(branch, central);
    const imported = await atOffice.tables(scope);
    expect(imported, 'after the first package').toEqual(await Promise.all(await fromScratch()));
    expect(imported[0]!.rows).toHaveLength(data.length + 1);
    const members = createMemberRepository(branch, { actor: syncActor });
    const added = await members.create(branchId, memberInput({ name: '周敏', stage: 'full', joinedOn: '2015-06-01', fullMembershipOn: '2016-06-01' }));
    await carry(branch, central);
    const again = await atOffice.tables(scope);
    expect(again, 'after the second package').toEqual(await Promise.all(await fromScratch()));
    expect(again[0]!.total.cells.total!.value).toBe(imported[0]!.total.cells.total!.value! + 1);
    // On the branch PC an edit of its own moves its version: the kept row is made again.
    const atBranch = createStatisticsRepository(branch, new DerivedDatabase(branch.name));
    const own = await atBranch.table('memberComposition', scope);
    await members.update(added.id, { gender: 'male' });
    const edited = await atBranch.table('memberComposition', scope);
    expect(edited).toEqual(statTable('memberComposition', await atBranch.branchRecords(), scope));
    expect(edited.total.cells.female!.value).toBe(own.total.cells.female!.value! - 1);
  });

  it('a talk recorded on the branch PC makes its kept rows again there, and again at the office once its package is imported', async () => {
    const { central, branch, branchId, earlyMemberId } = await enrolledPair(database);
    const scope = scopeOf('2026', '2026-12-07');
    const atBranch = createStatisticsRepository(branch, new DerivedDatabase(branch.name));
    const atOffice = createStatisticsRepository(central, new DerivedDatabase(central.name));
    const talked = (table: Awaited<ReturnType<typeof atBranch.table>>) => table.total.cells['heartToHeartTalk.onTime']!;
    const secretary = await createMemberRepository(branch, { actor: syncActor }).create(branchId, memberInput({ name: '王书记', stage: 'full', joinedOn: '2005-06-01', fullMembershipOn: '2006-06-01' }));
    await carry(branch, central);
    // No talk and no 谈心谈话 meeting in 2026: nothing held, at both PCs (the rows are now kept).
    expect(talked(await atBranch.table('meetingLife', scope)).value).toBe(0);
    expect(talked(await atOffice.table('meetingLife', scope)).value).toBe(0);
    await keptRows(new DerivedDatabase(branch.name), STAT_TABLE_IDS.length);

    const talks = createTalkRepository(branch, { actor: syncActor });
    const talk = await talks.add(branchId, { date: '2026-05-06', kind: 'heartToHeart', talkerIds: [secretary.id], memberIds: [earlyMemberId], topic: '工作思想交流', notes: '' }, '2026-12-07');
    const afterTalk = await atBranch.table('meetingLife', scope);
    expect([talked(afterTalk).value, talked(afterTalk).ids]).toEqual([1, [talk.id]]);
    expect(afterTalk).toEqual(statTable('meetingLife', await atBranch.branchRecords(), scope));
    // The office still holds the branch's last package: its kept row stands until the next one is imported.
    expect(talked(await atOffice.table('meetingLife', scope)).value).toBe(0);
    await carry(branch, central);
    const imported = await atOffice.table('meetingLife', scope);
    expect([talked(imported).value, talked(imported).ids]).toEqual([1, [talk.id]]);
    expect(imported).toEqual(statTable('meetingLife', await atOffice.branchRecords(), scope));
    // The trace list names the talk.
    expect((await atOffice.traceSource('meeting', [talk.id])).talks.map((each) => each.id)).toEqual([talk.id]);

    // Deleting it (a 函询 would not count either) takes it off again at the branch.
    await talks.remove(talk.id);
    expect(talked(await atBranch.table('meetingLife', scope)).value).toBe(0);
  });
});
