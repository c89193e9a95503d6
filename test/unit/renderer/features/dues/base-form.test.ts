import { describe, expect, it } from 'vitest';
import { baseInputOf, computeBase, formPartsOf, formValuesOf, rateText, startingBase } from '../../../../../renderer/src/features/dues/base-form';
import { EMPTY_INCOME } from '../../../../../shared/dues/dues-types';
import { NATIONAL_RULE_SET } from '../../../../../shared/rules/national-rule-set';
import { employedOn, fen } from '../../../shared/dues/dues-fixture';

const rules = NATIONAL_RULE_SET.rules.dues;

describe('base form', () => {
  it('turns 元 as typed into whole 分 and back', () => {
    const input = baseInputOf({
      memberId: 'm-1',
      year: 2026,
      fromMonth: 7,
      category: 'employed',
      income: { postSalaryFen: 3200.1, gradeSalaryFen: 1800, performancePayFen: 4000.55, allowancesFen: null, pensionFen: null, deductionsFen: 600 },
      hardship: { kind: 'reduced', monthlyFen: 20.5, approvalRef: ' 院党委〔2026〕3号 ' },
      note: '',
    });
    expect(input.income).toEqual({ ...EMPTY_INCOME, postSalaryFen: 320_010, gradeSalaryFen: 180_000, performancePayFen: 400_055, deductionsFen: 60_000 });
    expect(input.hardship).toEqual({ kind: 'reduced', monthlyFen: 2050, approvalRef: '院党委〔2026〕3号' });
    expect(baseInputOf(formValuesOf(input))).toEqual(input);
  });

  it('drops what a hidden field still holds after a change of category', () => {
    const typed = formValuesOf(startingBase('m-1', [], 2026, 1));
    const input = baseInputOf({ ...typed, category: 'employed', income: { ...typed.income, pensionFen: 4800, postSalaryFen: 5000 } });
    expect(input.income).toEqual({ ...EMPTY_INCOME, postSalaryFen: 500_000 });
    expect(baseInputOf({ ...typed, category: 'flat', income: { ...typed.income, deductionsFen: 100 } }).income).toEqual(EMPTY_INCOME);
    expect(formPartsOf('retired')).toEqual(['pensionFen', 'deductionsFen']);
  });

  it('computes base, rate and the monthly amount, before and after a reduction', () => {
    const input = baseInputOf({ ...formValuesOf(startingBase('m-1', [], 2026, 1)), income: { ...formValuesOf(startingBase('m-1', [], 2026, 1)).income, postSalaryFen: 8600 } });
    expect(computeBase(input, rules)).toEqual({ baseFen: 860_000, rateBasisPoints: 150, standardFen: 12_900, monthlyFen: 12_900 });
    expect(computeBase({ ...input, hardship: { kind: 'waived', approvalRef: 'x' } }, rules).monthlyFen).toBe(0);
    expect(rateText(150)).toBe('1.5%');
    expect(rateText(50)).toBe('0.5%');
  });

  it('starts a new base from the one in force that month, at the chosen month', () => {
    const current = employedOn(fen('4000'), { memberId: 'm-1', year: 2025, fromMonth: 3, note: '2025 年核定' });
    expect(startingBase('m-1', [current], 2026, 7)).toMatchObject({ year: 2026, fromMonth: 7, income: current.income, note: '2025 年核定' });
    expect(startingBase('m-2', [current], 2026, 7).income).toEqual(EMPTY_INCOME);
  });
});
