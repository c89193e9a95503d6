import { describe, expect, it } from 'vitest';
import { clearMonth, everyonePaid, openingPayments, payMonthAmount, payMonths, payQuarter, writeMonths, type DuesPaymentWrite } from '../../../../shared/dues/dues-payments';
import type { DuesMonthEntry } from '../../../../shared/dues/dues-types';
import { base, employedOn, fen, member, paid, payment, RULES } from './dues-fixture';

const CASH = { paidOn: '2026-03-25', method: 'cash' } as const;

function monthsOf(write: DuesPaymentWrite): Array<DuesMonthEntry | null> {
  return write.kind === 'create' ? write.input.months : write.patch.months;
}

function written(result: ReturnType<typeof payMonths>): Array<DuesMonthEntry | null> {
  if (!result.ok) throw new Error(result.error);
  return monthsOf(result.write);
}

describe('payQuarter: paying a quarter in advance', () => {
  it('marks the three months paid at their due, each an advance when paid before it begins', () => {
    const months = written(payQuarter(member(), 2026, 2, CASH, RULES));
    expect(months.slice(3, 6)).toEqual([4000, 4000, 4000].map((dueFen) => ({ dueFen, paidFen: dueFen, paidOn: '2026-03-25', method: 'cash', advance: true })));
    expect(months.filter((entry) => entry !== null)).toHaveLength(3);
  });

  it('does not call the month it is paid in an advance', () => {
    const months = written(payQuarter(member(), 2026, 2, { paidOn: '2026-04-02', method: 'transfer' }, RULES));
    expect(months.slice(3, 6).map((entry) => entry?.advance)).toEqual([undefined, true, true]);
  });

  it('pays each month at the base in force, across a base change inside the quarter', () => {
    const bases = [employedOn(fen('4000')), employedOn(fen('6000'), { fromMonth: 5 })];
    expect(written(payQuarter(member({ bases }), 2026, 2, CASH, RULES)).slice(3, 6).map((entry) => entry?.paidFen)).toEqual([4000, 9000, 9000]);
  });

  it('refuses to pay further ahead than the rule set’s payment period', () => {
    expect(payMonths(member(), 2026, [4, 5, 6, 7], CASH, RULES)).toEqual({ ok: false, error: '经党支部同意可提前交纳党费，但最多提前 3 个月。' });
    expect(payMonths(member(), 2026, [3, 4, 5, 6], CASH, RULES).ok).toBe(true);
  });

  it('names the quarter and month it refuses', () => {
    const input = member({ payments: [payment(2026, { 5: paid(4000) })] });
    expect(payQuarter(input, 2026, 2, CASH, RULES)).toEqual({ ok: false, error: '第二季度：2026 年 5 月党费已交纳。' });
    expect(payQuarter(member({ bases: [] }), 2026, 1, CASH, RULES)).toEqual({ ok: false, error: '第一季度：2026 年 1 月未核定党费基数，请先登记基数。' });
    expect(payMonths(member(), 2026, [1], { paidOn: '2026-02-30', method: 'cash' }, RULES)).toEqual({ ok: false, error: '交纳日期无效，格式应为 YYYY-MM-DD。' });
  });
});

describe('writeMonths', () => {
  it('patches the existing record, keeping its other months', () => {
    const record = payment(2026, { 1: paid(4000) });
    const write = writeMonths(member({ payments: [record] }), 2026, new Map([[2, paid(4000, '2026-02-10')], [1, null]]));
    expect(write.kind).toBe('update');
    expect(write.kind === 'update' && write.record).toBe(record);
    expect(monthsOf(write).slice(0, 3)).toEqual([null, paid(4000, '2026-02-10'), null]);
    expect(record.months[0]).toEqual(paid(4000));
  });

  it('creates the year’s record when there is none', () => {
    const write = writeMonths(member(), 2027, new Map([[12, paid(20)]]));
    expect(write).toEqual({ kind: 'create', input: { memberId: 'member-1', year: 2027, months: [...Array(11).fill(null), paid(20)] } });
  });
});

describe('everyonePaid', () => {
  it('marks every member who owes the month paid and says why the others were left alone', () => {
    const inputs = [
      member({ memberId: 'a' }),
      member({ memberId: 'b', payments: [payment(2026, { 3: paid(4000, '2026-03-02', 1000) }, { memberId: 'b' })] }),
      member({ memberId: 'c', owedFrom: '2026-04' }),
      member({ memberId: 'd', bases: [base({ category: 'flat' })] }),
      member({ memberId: 'e', bases: [base({ hardship: { kind: 'waived', approvalRef: 'x' } }, { postSalaryFen: 1 })] }),
      member({ memberId: 'f', payments: [payment(2026, { 3: paid(4000) }, { memberId: 'f' })] }),
      member({ memberId: 'g', bases: [] }),
    ];
    const result = everyonePaid(inputs, 2026, 3, CASH, RULES);
    expect(result.writes.map((write) => (write.kind === 'create' ? [write.input.memberId, monthsOf(write)[2]!.paidFen] : null))).toEqual([
      ['a', 4000],
      ['d', RULES.flatMonthlyFen.value],
    ]);
    expect(result.skipped).toEqual([
      { memberId: 'b', reason: '2026 年 3 月党费已部分交纳，请直接修改该月记录。' },
      { memberId: 'c', reason: '2026 年 3 月尚未开始交纳党费（预备党员自支部大会通过之月起交纳）。' },
      { memberId: 'e', reason: '2026 年 3 月已批准免交党费。' },
      { memberId: 'f', reason: '2026 年 3 月党费已交纳。' },
      { memberId: 'g', reason: '2026 年 3 月未核定党费基数，请先登记基数。' },
    ]);
  });

  it('records the payment day and method, not an advance, for the month itself', () => {
    const [write] = everyonePaid([member()], 2026, 3, { paidOn: '2026-03-31', method: 'transfer' }, RULES).writes;
    expect(monthsOf(write!)[2]).toEqual({ dueFen: 4000, paidFen: 4000, paidOn: '2026-03-31', method: 'transfer' });
  });
});

describe('payMonthAmount: one cell typed in by hand', () => {
  const typed = (paidFen: number, paidOn = '2026-03-25') => ({ paidFen, paidOn, method: 'transfer' as const });

  it('records a partial payment against the due in force, and a correction of a paid month', () => {
    const result = payMonthAmount(member(), 2026, 3, typed(1000), '2026-03-31', RULES);
    expect(written(result)[2]).toEqual({ dueFen: 4000, paidFen: 1000, paidOn: '2026-03-25', method: 'transfer' });
    const corrected = payMonthAmount(member({ payments: [payment(2026, { 3: paid(4000) })] }), 2026, 3, typed(4500), '2026-03-31', RULES);
    expect(written(corrected)[2]).toMatchObject({ dueFen: 4000, paidFen: 4500 });
  });

  it('marks a later month an advance, up to the payment period ahead and no further', () => {
    expect(written(payMonthAmount(member(), 2026, 6, typed(4000), '2026-03-31', RULES))[5]).toMatchObject({ advance: true });
    expect(payMonthAmount(member(), 2026, 7, typed(4000), '2026-03-31', RULES)).toEqual({ ok: false, error: '经党支部同意可提前交纳党费，但最多提前 3 个月。' });
  });

  it('refuses no amount, a future date, a month not yet owed and a month without a base', () => {
    const refused = (result: ReturnType<typeof payMonthAmount>) => (result.ok ? '' : result.error);
    expect(refused(payMonthAmount(member(), 2026, 3, typed(0), '2026-03-31', RULES))).toMatch(/实交金额应大于 0/);
    expect(refused(payMonthAmount(member(), 2026, 3, typed(4000, '2026-04-02'), '2026-03-31', RULES))).toBe('交纳日期不能晚于今天。');
    expect(refused(payMonthAmount(member({ owedFrom: '2026-05' }), 2026, 3, typed(4000), '2026-03-31', RULES))).toMatch(/尚未开始交纳党费/);
    expect(refused(payMonthAmount(member({ bases: [] }), 2026, 3, typed(4000), '2026-03-31', RULES))).toMatch(/未核定党费基数/);
  });
});

describe('clearMonth', () => {
  it('empties one month and keeps the others', () => {
    const months = monthsOf(clearMonth(member({ payments: [payment(2026, { 2: paid(4000), 3: paid(4000) })] }), 2026, 3));
    expect(months[1]).toMatchObject({ paidFen: 4000 });
    expect(months[2]).toBeNull();
  });
});

describe('openingPayments: the months paid before the app, from the paper book', () => {
  it('marks January through the month given paid at the base in force, as 期初 without a day', () => {
    const result = openingPayments(member(), 2026, 3, null, RULES);
    if (!result.ok) throw new Error(result.error);
    expect(monthsOf(result.payment.write!).slice(0, 4)).toEqual([...[4000, 4000, 4000].map((dueFen) => ({ dueFen, paidFen: dueFen, paidOn: '', method: 'other', opening: true })), null]);
    expect(result.payment).toMatchObject({ months: [1, 2, 3], paidFen: 12000 });
  });

  it('shares a total from the book out over the months, the odd 分 on the last, and needs no base then', () => {
    const result = openingPayments(member({ bases: [] }), 2026, 3, fen('100'), RULES);
    if (!result.ok) throw new Error(result.error);
    expect(monthsOf(result.payment.write!).slice(0, 3).map((entry) => entry?.paidFen)).toEqual([3333, 3333, 3334]);
    expect(result.payment.paidFen).toBe(10000);
  });

  it('refuses months without a base when no total is given, and leaves months not owed or already recorded alone', () => {
    expect(openingPayments(member({ bases: [] }), 2026, 2, null, RULES)).toEqual({ ok: false, error: expect.stringContaining('未核定党费基数') });
    const result = openingPayments(member({ owedFrom: '2026-02', payments: [payment(2026, { 3: paid(4000, '2026-03-05') })] }), 2026, 4, null, RULES);
    if (!result.ok) throw new Error(result.error);
    expect(result.payment.months).toEqual([2, 4]);
    expect(monthsOf(result.payment.write!)[2]).toEqual(paid(4000, '2026-03-05'));
  });
});
