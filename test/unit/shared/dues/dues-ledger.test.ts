import { describe, expect, it } from 'vitest';
import { lastCompletedMonth, memberArrears } from '../../../../shared/dues/dues-arrears';
import { baseForMonth, duesOwedFrom, ledgerYear, owesDues } from '../../../../shared/dues/dues-ledger';
import { memberRecord } from '../support/member-fixture';
import { base, employedOn, fen, member, paid, payment, RULES } from './dues-fixture';

const dueRow = (input = member(), year = 2026) => ledgerYear(input, year, RULES).map((line) => line.dueFen);

describe('bases over a year', () => {
  it('applies a new base from the month it starts, through the year', () => {
    const bases = [employedOn(fen('4000')), employedOn(fen('6000'), { fromMonth: 7 })];
    expect(dueRow(member({ bases }))).toEqual([...Array(6).fill(4000), ...Array(6).fill(9000)]);
  });

  it('carries last year’s latest base into the new year until a new one is set', () => {
    const bases = [employedOn(fen('4000'), { year: 2025, fromMonth: 3 }), employedOn(fen('3000'), { year: 2025, fromMonth: 9 }), employedOn(fen('12000'), { fromMonth: 4 })];
    expect(dueRow(member({ bases }))).toEqual([1500, 1500, 1500, ...Array(9).fill(24000)]);
  });

  it('leaves months before any base unknown, and skips deleted bases', () => {
    const bases = [employedOn(fen('6000'), { fromMonth: 3 }), employedOn(fen('20000'), { fromMonth: 5, deleted: true })];
    const row = ledgerYear(member({ bases }), 2026, RULES);
    expect(row.map((line) => line.status).slice(0, 5)).toEqual(['noBase', 'noBase', 'unpaid', 'unpaid', 'unpaid']);
    expect(row[4]!.dueFen).toBe(9000);
  });

  it('lets the later-edited of two bases starting in the same month win', () => {
    const older = employedOn(fen('4000'), { fromMonth: 2, updatedAt: '2026-02-01T00:00:00.000Z' });
    const newer = employedOn(fen('6000'), { fromMonth: 2, updatedAt: '2026-02-03T00:00:00.000Z' });
    expect(baseForMonth([newer, older], '2026-02')).toBe(newer);
    expect(baseForMonth([older, newer], '2026-01')).toBeUndefined();
  });
});

describe('ledgerYear', () => {
  it('keeps the due recorded with a payment even after the base changes', () => {
    const input = member({ bases: [employedOn(fen('6000'))], payments: [payment(2026, { 1: paid(4000) })] });
    const [january, february] = ledgerYear(input, 2026, RULES);
    expect(january).toMatchObject({ status: 'paid', dueFen: 4000, paidFen: 4000, outstandingFen: 0, baseId: null });
    expect(february).toMatchObject({ status: 'unpaid', dueFen: 9000, outstandingFen: 9000 });
  });

  it('tells partial, waived and paid months apart', () => {
    const waived = base({ fromMonth: 3, hardship: { kind: 'waived', approvalRef: '院党委〔2026〕5号' } }, { postSalaryFen: fen('4000') });
    const input = member({ bases: [employedOn(fen('4000')), waived], payments: [payment(2026, { 1: paid(4000, '2026-01-10', 1000), 2: paid(4000) })] });
    expect(ledgerYear(input, 2026, RULES).slice(0, 3).map((line) => [line.status, line.outstandingFen])).toEqual([
      ['partial', 3000],
      ['paid', 0],
      ['waived', 0],
    ]);
  });

  it('reads the latest live payment record of the year', () => {
    const stale = payment(2026, { 1: paid(4000) }, { updatedAt: '2026-01-01T00:00:00.000Z' });
    const fresh = payment(2026, {}, { updatedAt: '2026-02-01T00:00:00.000Z' });
    const deleted = payment(2026, { 1: paid(4000) }, { updatedAt: '2026-03-01T00:00:00.000Z', deleted: true });
    expect(ledgerYear(member({ payments: [stale, fresh, deleted] }), 2026, RULES)[0]!.status).toBe('unpaid');
  });
});

describe('probationary members', () => {
  it('owe from the month the 支部大会 admits them, whatever the day', () => {
    const probationary = memberRecord({ stage: 'probationary', joinedOn: '2026-05-28' }, { admissionVoteOn: '2026-05-28' });
    expect(owesDues(probationary)).toBe(true);
    expect(duesOwedFrom(probationary)).toBe('2026-05');
    const row = ledgerYear(member({ owedFrom: duesOwedFrom(probationary) }), 2026, RULES);
    expect(row.map((line) => line.status)).toEqual([...Array(4).fill('notOwed'), ...Array(8).fill('unpaid')]);
  });

  it('fall back on the admission vote date; people not yet admitted owe nothing', () => {
    expect(duesOwedFrom(memberRecord({ stage: 'probationary' }, { admissionVoteOn: '2026-04-01' }))).toBe('2026-04');
    expect(duesOwedFrom(memberRecord({ stage: 'full' }))).toBeNull();
    expect(owesDues(memberRecord({ stage: 'candidate' }))).toBe(false);
    expect(owesDues({ ...memberRecord({ stage: 'full' }), deleted: true })).toBe(false);
  });
});

describe('memberArrears', () => {
  it('lists the months due and unpaid in the period with the amount still owed', () => {
    const input = member({ payments: [payment(2026, { 1: paid(4000), 3: paid(4000, '2026-03-05', 1500) })] });
    const arrears = memberArrears(input, { since: '2026-01', through: lastCompletedMonth('2026-05-15') }, RULES);
    expect(arrears.months.map((line) => line.key)).toEqual(['2026-02', '2026-03', '2026-04']);
    expect(arrears.outstandingFen).toBe(4000 + 2500 + 4000);
    expect(arrears.unknownAmountMonths).toBe(0);
  });

  it('starts at the later of the ledger start and the admission month, and counts unknown amounts apart', () => {
    const input = member({ owedFrom: '2026-03', bases: [employedOn(fen('4000'), { fromMonth: 4 })] });
    const arrears = memberArrears(input, { since: '2025-10', through: '2026-05' }, RULES);
    expect(arrears.months.map((line) => line.key)).toEqual(['2026-03', '2026-04', '2026-05']);
    expect([arrears.outstandingFen, arrears.unknownAmountMonths]).toEqual([8000, 1]);
  });

  it('never counts the current month, which can still be paid', () => {
    expect(lastCompletedMonth('2026-01-31')).toBe('2025-12');
    expect(() => lastCompletedMonth('2026-13-01')).toThrow('日期无效');
  });
});
