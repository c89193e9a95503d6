import { describe, expect, it } from 'vitest';
import { databasePerTest, tickingClock } from '../../../support/test-database';
import { createMemberRepository } from '../../../../../../renderer/src/features/members/data/member-repository';
import { createYearSoFarRepository } from '../../../../../../renderer/src/features/members/data/year-so-far-repository';
import { parseYearSoFarRows, planYearSoFar } from '../../../../../../shared/roster/year-so-far-import';
import { NATIONAL_RULE_SET } from '../../../../../../shared/rules/national-rule-set';
import { memberInput } from '../../../../shared/support/member-fixture';

const database = databasePerTest();
const RULES = NATIONAL_RULE_SET.rules.dues;
const full = { stage: 'full', joinedOn: '2015-07-01', fullMembershipOn: '2016-07-01' } as const;

async function setUp() {
  const db = database();
  const options = { clock: tickingClock('2026-07-01T00:00:00.000Z'), actor: () => '王书记' };
  const members = createMemberRepository(db, options);
  const { added } = await members.importMany('b-1', { adds: [memberInput({ name: '李华', ...full }), memberInput({ name: '王芳', ...full })], updates: [] });
  return { db, repository: createYearSoFarRepository(db, options), added };
}

const SHEET = [
  ['姓名', '期初学时', '党费已交至', '本年已交党费'],
  ['李华', 12, 6, 300],
  ['王芳', 8.5, null, null],
];

describe('year-so-far repository', () => {
  it('stores the balances and the 期初 months in one go, audited under the operator, and reads them back as stored', async () => {
    const { db, repository, added } = await setUp();
    const context = { year: 2026, today: '2026-07-01', members: added };
    const plan = planYearSoFar(parseYearSoFarRows(SHEET, context), 2026, await repository.stored('b-1', 2026, added, RULES));
    await repository.importYearSoFar('b-1', { year: 2026, ...plan });

    const books = await db.studyNotebooks.toArray();
    expect(books.map((book) => [book.memberId, book.openingHours]).sort()).toEqual([[added[0]!.id, 12], [added[1]!.id, 8.5]].sort());
    const [payment] = await db.duesPayments.toArray();
    expect(payment!.months.slice(0, 7).map((entry) => entry && [entry.paidFen, entry.opening])).toEqual([...Array(6).fill([5000, true]), null]);
    const audit = (await db.auditLog.toArray()).filter((entry) => entry.table === 'studyNotebooks' || entry.table === 'duesPayments');
    expect(audit.map((entry) => entry.actor)).toEqual(['王书记', '王书记', '王书记']);

    const again = planYearSoFar(parseYearSoFarRows(SHEET, context), 2026, await repository.stored('b-1', 2026, added, RULES));
    expect(again.rows.map((row) => row.outcome)).toEqual(['unchanged', 'unchanged']);
  });

  it('stores nothing when any value is refused', async () => {
    const { db, repository, added } = await setUp();
    const plan = planYearSoFar(parseYearSoFarRows(SHEET, { year: 2026, today: '2026-07-01', members: added }), 2026, await repository.stored('b-1', 2026, added, RULES));
    await expect(repository.importYearSoFar('b-1', { year: 2026, ...plan, openingHours: [...plan.openingHours, { memberId: added[0]!.id, hours: 1.25, name: '李华' }] })).rejects.toThrow('李华');
    expect(await db.studyNotebooks.count()).toBe(0);
    expect(await db.duesPayments.count()).toBe(0);
  });
});
