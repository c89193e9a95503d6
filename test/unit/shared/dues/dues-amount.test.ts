import { describe, expect, it } from 'vitest';
import {
  formatFen,
  monthlyBaseFen,
  monthlyDuesFen,
  percentOfFen,
  rateBasisPointsFor,
  standardMonthlyDuesFen,
  yuanAmount,
} from '../../../../shared/dues/dues-amount';
import { EMPTY_INCOME, type DuesCategory } from '../../../../shared/dues/dues-types';
import type { DuesRules } from '../../../../shared/rules/rule-set';
import { base, employedOn, fen, RULES } from './dues-fixture';

const dues = (category: DuesCategory, yuan: string, rules: DuesRules = RULES) => {
  const part = category === 'retired' ? 'pensionFen' : 'postSalaryFen';
  return standardMonthlyDuesFen({ category, income: { ...EMPTY_INCOME, [part]: fen(yuan) } }, rules);
};
const rate = (category: DuesCategory, yuan: string) => rateBasisPointsFor(category, fen(yuan), RULES);

describe('rateBasisPointsFor: brackets with inclusive upper bounds, before, at and after each', () => {
  it.each([
    ['employed', '0.00', 50],
    ['employed', '2999.99', 50],
    ['employed', '3000.00', 50],
    ['employed', '3000.01', 100],
    ['employed', '4999.99', 100],
    ['employed', '5000.00', 100],
    ['employed', '5000.01', 150],
    ['employed', '9999.99', 150],
    ['employed', '10000.00', 150],
    ['employed', '10000.01', 200],
    ['employed', '80000.00', 200],
    ['retired', '4999.99', 50],
    ['retired', '5000.00', 50],
    ['retired', '5000.01', 100],
  ] as const)('%s on %s 元 → %i basis points', (category, yuan, basisPoints) => {
    expect(rate(category, yuan)).toBe(basisPoints);
  });

  it('gives the flat category no rate', () => {
    expect(rate('flat', '3000.00')).toBeNull();
  });
});

describe('standardMonthlyDuesFen', () => {
  it.each([
    ['2999.99', 1500], // 14.99995 元 rounds up to 15.00
    ['3000.00', 1500],
    ['3000.01', 3000], // 30.0001 元
    ['5000.00', 5000],
    ['5000.01', 7500], // 75.00015 元
    ['10000.00', 15000],
    ['10000.01', 20000], // 200.0002 元
  ])('employed on %s 元 pays %i 分', (yuan, amount) => {
    expect(dues('employed', yuan)).toBe(amount);
  });

  it.each([
    ['5000.00', 2500],
    ['5000.01', 5000],
  ])('retired on %s 元 pays %i 分', (yuan, amount) => {
    expect(dues('retired', yuan)).toBe(amount);
  });

  it('charges the flat category the rule set’s fixed amount whatever the income', () => {
    expect(dues('flat', '0.00')).toBe(RULES.flatMonthlyFen.value);
    expect(dues('flat', '20000.00')).toBe(20);
  });

  it('takes every bracket from the rule set: moving a bound moves the result', () => {
    const rules = structuredClone(RULES);
    rules.employedBrackets.value[0]!.upToFen = fen('3500');
    expect(dues('employed', '3400.00', rules)).toBe(1700);
    expect(dues('employed', '3400.00')).toBe(3400);
  });
});

describe('percentOfFen rounds half up to the whole 分', () => {
  it('rounds an exact half up, where banker’s rounding would go to the even 分', () => {
    expect(percentOfFen(100, 50)).toBe(1); // 0.5 分
    expect(percentOfFen(500, 50)).toBe(3); // 2.5 分
    expect(percentOfFen(499, 50)).toBe(2); // 2.495 分
    expect(percentOfFen(123_450, 50)).toBe(617); // 617.25 分
    expect(percentOfFen(0, 200)).toBe(0);
  });

  it('always yields a whole number of 分, exactly base × rate rounded', () => {
    for (let baseFen = 299_000; baseFen <= 301_000; baseFen += 7) {
      for (const basisPoints of [50, 100, 150, 200]) {
        const amount = percentOfFen(baseFen, basisPoints);
        expect(Number.isInteger(amount)).toBe(true);
        // |amount − exact| ≤ half a 分, compared in integers (× 10000).
        const error = amount * 10_000 - baseFen * basisPoints;
        expect(error).toBeGreaterThan(-5_000);
        expect(error).toBeLessThanOrEqual(5_000);
      }
    }
  });
});

describe('monthlyBaseFen', () => {
  it('adds the four staff pay items and takes off the deductions (after tax)', () => {
    const income = { ...EMPTY_INCOME, postSalaryFen: 250_000, gradeSalaryFen: 120_000, performancePayFen: 180_000, allowancesFen: 50_055, deductionsFen: 30_000 };
    expect(monthlyBaseFen('employed', income)).toBe(570_055);
  });

  it('counts only the category’s own parts and never goes below 0', () => {
    const income = { ...EMPTY_INCOME, postSalaryFen: 100_000, pensionFen: 400_000 };
    expect(monthlyBaseFen('retired', income)).toBe(400_000);
    expect(monthlyBaseFen('employed', income)).toBe(100_000);
    expect(monthlyBaseFen('flat', income)).toBe(0);
    expect(monthlyBaseFen('employed', { ...income, deductionsFen: 200_000 })).toBe(0);
  });
});

describe('monthlyDuesFen with hardship', () => {
  const standard = employedOn(fen('6000')); // 90.00 元

  it('pays the standard amount without a reduction', () => {
    expect(monthlyDuesFen(standard, RULES)).toBe(9000);
  });

  it('pays the approved amount when reduced, nothing when waived', () => {
    expect(monthlyDuesFen({ ...standard, hardship: { kind: 'reduced', monthlyFen: 1000, approvalRef: '院党委〔2026〕3号' } }, RULES)).toBe(1000);
    expect(monthlyDuesFen({ ...standard, hardship: { kind: 'waived', approvalRef: '院党委〔2026〕4号' } }, RULES)).toBe(0);
  });

  it('never raises dues through a "reduction" above the standard amount', () => {
    expect(monthlyDuesFen({ ...standard, hardship: { kind: 'reduced', monthlyFen: 20_000, approvalRef: 'x' } }, RULES)).toBe(9000);
  });

  it('reduces a flat-category member too', () => {
    const flat = base({ category: 'flat', hardship: { kind: 'waived', approvalRef: 'x' } });
    expect(monthlyDuesFen(flat, RULES)).toBe(0);
  });
});

describe('formatFen', () => {
  it('writes 分 as 元 with two decimals', () => {
    expect(formatFen(1500)).toBe('15.00 元');
    expect(formatFen(7)).toBe('0.07 元');
    expect(formatFen(-2005)).toBe('-20.05 元');
  });

  it('gives the bare amount for tables', () => {
    expect(yuanAmount(400_001)).toBe('4000.01');
    expect(yuanAmount(0)).toBe('0.00');
  });
});
