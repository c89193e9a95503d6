import { describe, expect, it } from 'vitest';
import { ledgerYear } from '../../../../shared/dues/dues-ledger';
import type { DuesRemittanceRecord } from '../../../../shared/dues/dues-types';
import { quarterTotals, remittanceDueDate, remittanceReminders, remittanceStatus } from '../../../../shared/dues/remittance';
import { employedOn, fen, member, paid, payment, RULES } from './dues-fixture';

const stateOn = (today: string, quarter: 1 | 2 | 3 | 4 = 1) => {
  const status = remittanceStatus(2026, quarter, today, RULES);
  return [status.state, status.daysLeft, status.severity];
};

describe('remittanceDueDate', () => {
  it('is the rule set’s day of each quarter’s last month', () => {
    expect([1, 2, 3, 4].map((q) => remittanceDueDate(2026, q as 1 | 2 | 3 | 4, RULES))).toEqual(['2026-03-20', '2026-06-20', '2026-09-20', '2026-12-20']);
  });

  it('ends on the month’s last day when the rule names a later day', () => {
    const rules = structuredClone(RULES);
    rules.remittanceDueDay.value = 31;
    expect(remittanceDueDate(2026, 2, rules)).toBe('2026-06-30');
  });
});

describe('remittanceStatus across the boundaries', () => {
  it('is not due before the reminder window, due soon inside it and on the day, overdue the day after', () => {
    expect(stateOn('2026-03-09')).toEqual(['notDue', 11, 'info']);
    expect(stateOn('2026-03-10')).toEqual(['dueSoon', 10, 'warning']);
    expect(stateOn('2026-03-20')).toEqual(['dueSoon', 0, 'warning']);
    expect(stateOn('2026-03-21')).toEqual(['overdue', -1, 'error']);
  });

  it('says so in Chinese', () => {
    expect(remittanceStatus(2026, 1, '2026-03-01', RULES).message).toBe('2026 年第一季度党费应于 2026-03-20 前上缴。');
    expect(remittanceStatus(2026, 1, '2026-03-15', RULES).message).toBe('2026 年第一季度党费应于 2026-03-20 前上缴，还剩 5 天。');
    expect(remittanceStatus(2026, 1, '2026-03-20', RULES).message).toBe('2026 年第一季度党费应于 2026-03-20 前上缴，今天到期。');
    expect(remittanceStatus(2026, 1, '2026-04-02', RULES).message).toBe('2026 年第一季度党费应于 2026-03-20 前上缴，已逾期 13 天，请尽快上缴。');
    expect(remittanceStatus(2026, 1, '2026-04-02', RULES, '2026-03-18')).toMatchObject({ state: 'remitted', severity: 'info', message: '2026 年第一季度党费已于 2026-03-18 上缴。' });
  });
});

describe('remittanceReminders', () => {
  const remitted = (year: number, quarter: number, deleted = false): DuesRemittanceRecord => ({
    id: `r-${year}-${quarter}`, branchId: 'branch-1', createdAt: '', updatedAt: '', deleted, year, quarter, remittedOn: `${year}-03-18`, amountFen: 1, receiptRef: '',
  });

  it('lists the quarters not remitted that are due soon or overdue, oldest first', () => {
    const reminders = remittanceReminders([remitted(2025, 4), remitted(2026, 1, true)], '2025-11', '2026-06-12', RULES);
    expect(reminders.map((r) => [r.year, r.quarter, r.state])).toEqual([
      [2026, 1, 'overdue'],
      [2026, 2, 'dueSoon'],
    ]);
  });

  it('has nothing to say early in a quarter once the last is remitted', () => {
    expect(remittanceReminders([remitted(2026, 1)], '2026-01', '2026-04-05', RULES)).toEqual([]);
  });
});

describe('quarterTotals', () => {
  it('sums the quarter’s owed months per member, with advances counted in the quarter they are for', () => {
    const paidUp = member({ memberId: 'a', payments: [payment(2026, { 4: paid(4000), 5: paid(4000, '2026-03-25'), 6: paid(4000, '2026-03-25') })] });
    const partly = member({ memberId: 'b', bases: [employedOn(fen('2000')), employedOn(fen('6000'), { fromMonth: 6 })], payments: [payment(2026, { 4: paid(1000) })] });
    const joinsInJune = member({ memberId: 'c', owedFrom: '2026-06', bases: [] });
    const joinsLater = member({ memberId: 'd', owedFrom: '2026-07' });
    const ledgers = [paidUp, partly, joinsInJune, joinsLater].map((input) => ledgerYear(input, 2026, RULES));
    expect(quarterTotals(ledgers, 2026, 2)).toEqual({
      year: 2026,
      quarter: 2,
      members: 3,
      membersPaidUp: 1,
      dueFen: 12_000 + 1000 + 1000 + 9000,
      paidFen: 12_000 + 1000,
      outstandingFen: 10_000,
      unknownAmountMonths: 1,
    });
  });
});
