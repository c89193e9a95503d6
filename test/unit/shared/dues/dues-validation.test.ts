import { describe, expect, it } from 'vitest';
import { validateDuesBase } from '../../../../shared/dues/dues-validation';
import { base, RULES } from './dues-fixture';

const input = (...args: Parameters<typeof base>) => {
  const { id: _id, branchId: _b, createdAt: _c, updatedAt: _u, deleted: _d, ...rest } = base(...args);
  return rest;
};

describe('validateDuesBase', () => {
  it('accepts a complete employed base', () => {
    expect(validateDuesBase(input({}, { postSalaryFen: 300_000, allowancesFen: 5_000, deductionsFen: 1_000 }), RULES)).toEqual({});
  });

  it('names the month, year and member fields', () => {
    expect(validateDuesBase(input({ memberId: ' ', year: 2007, fromMonth: 13 }), RULES)).toEqual({
      memberId: '请选择党员。',
      year: '年度应为 2008 年以后的年份。',
      fromMonth: '起始月份应为 1 至 12 月。',
    });
    expect(validateDuesBase(input({ fromMonth: 0 }), RULES).fromMonth).toBeDefined();
    expect(validateDuesBase(input({ fromMonth: 12, year: 2008 }), RULES)).toEqual({});
  });

  it('wants whole 分 and only the parts the category counts', () => {
    expect(validateDuesBase(input({}, { postSalaryFen: 300_000.5, pensionFen: 1 }), RULES)).toEqual({
      'income.postSalaryFen': '岗位工资应为不小于 0 的金额（以分计的整数）。',
      'income.pensionFen': '在职党员不按离退休费计算党费。',
    });
    expect(validateDuesBase(input({ category: 'retired' }, { pensionFen: 400_000, deductionsFen: 10 }), RULES)).toEqual({});
    expect(validateDuesBase(input({ category: 'other' as never }), RULES)).toEqual({ category: '请选择党员类别。' });
  });

  it('asks a hardship reduction for its approval and amount', () => {
    expect(validateDuesBase(input({ hardship: { kind: 'reduced', monthlyFen: -1, approvalRef: '' } }), RULES)).toEqual({
      'hardship.approvalRef': '少交或免交党费须经上级党委批准，请填写批准文号。',
      'hardship.monthlyFen': '批准后每月交纳金额应为不小于 0 的金额（以分计的整数）。',
    });
    expect(validateDuesBase(input({ hardship: { kind: 'waived', approvalRef: '院党委〔2026〕5号' } }), RULES)).toEqual({});
  });
});
