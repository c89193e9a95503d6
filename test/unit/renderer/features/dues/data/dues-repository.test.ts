import { describe, expect, it } from 'vitest';
import { databasePerTest, tickingClock } from '../../../support/test-database';
import { createDuesRepository, DuesInputError } from '../../../../../../renderer/src/features/dues/data/dues-repository';
import { everyonePaid } from '../../../../../../shared/dues/dues-payments';
import { memberDuesInputs } from '../../../../../../shared/dues/branch-dues';
import { EMPTY_INCOME } from '../../../../../../shared/dues/dues-types';
import { NATIONAL_RULE_SET } from '../../../../../../shared/rules/national-rule-set';
import { memberRecord } from '../../../../shared/support/member-fixture';

const database = databasePerTest();
const rules = NATIONAL_RULE_SET.rules.dues;
const baseInput = (memberId: string, postSalaryFen: number) => ({
  memberId,
  year: 2026,
  fromMonth: 1,
  category: 'employed' as const,
  income: { ...EMPTY_INCOME, postSalaryFen },
  hardship: null,
  note: '',
});

function setUp() {
  const db = database();
  return { db, dues: createDuesRepository(db, { clock: tickingClock('2026-11-01T00:00:00.000Z'), actor: () => '王书记' }) };
}

describe('dues repository', () => {
  it('stores a valid base with its audit entry and refuses an invalid one, storing nothing', async () => {
    const { db, dues } = setUp();
    const base = await dues.saveBase('b-1', baseInput('m-1', 400_000), rules);
    await expect(dues.saveBase('b-1', { ...baseInput('m-1', 400_000), hardship: { kind: 'waived', approvalRef: ' ' } }, rules)).rejects.toThrow(
      '少交或免交党费须经上级党委批准，请填写批准文号。',
    );
    expect((await dues.list('b-1')).bases).toEqual([base]);
    expect(await db.auditLog.where('recordId').equals(base.id).count()).toBe(1);
  });

  it('writes 本月全部已交 for several members in one batch, creating and updating year records', async () => {
    const { dues } = setUp();
    const [a, b] = [memberRecord({ stage: 'full' }), memberRecord({ stage: 'full' })];
    await dues.saveBase('b-1', baseInput(a.id, 400_000), rules);
    await dues.saveBase('b-1', baseInput(b.id, 600_000), rules);
    const inputs = () => dues.list('b-1').then((set) => memberDuesInputs({ members: [a, b], ...set }));
    await dues.applyPayments('b-1', everyonePaid(await inputs(), 2026, 10, { paidOn: '2026-10-08', method: 'cash' }, rules).writes);
    await dues.applyPayments('b-1', everyonePaid(await inputs(), 2026, 11, { paidOn: '2026-11-08', method: 'transfer' }, rules).writes);
    const { payments } = await dues.list('b-1');
    expect(payments).toHaveLength(2);
    const ofB = payments.find((payment) => payment.memberId === b.id)!;
    expect(ofB.months[9]).toMatchObject({ dueFen: 9000, paidFen: 9000, method: 'cash' });
    expect(ofB.months[10]).toMatchObject({ dueFen: 9000, paidOn: '2026-11-08', method: 'transfer' });
  });

  it('keeps one remittance per quarter, corrected by marking again, and refuses a future date', async () => {
    const { dues } = setUp();
    const first = await dues.markRemitted('b-1', { year: 2026, quarter: 3, remittedOn: '2026-09-18', amountFen: 100, receiptRef: '' }, '2026-10-01');
    const again = await dues.markRemitted('b-1', { year: 2026, quarter: 3, remittedOn: '2026-09-19', amountFen: 120, receiptRef: 'No.7' }, '2026-10-01');
    expect(again.id).toBe(first.id);
    await expect(dues.markRemitted('b-1', { year: 2026, quarter: 4, remittedOn: '2026-12-18', amountFen: 1, receiptRef: '' }, '2026-10-01')).rejects.toBeInstanceOf(
      DuesInputError,
    );
    expect((await dues.list('b-1')).remittances).toMatchObject([{ quarter: 3, amountFen: 120, receiptRef: 'No.7' }]);
    await dues.removeRemittance(first.id);
    expect((await dues.list('b-1')).remittances).toEqual([]);
  });
});
