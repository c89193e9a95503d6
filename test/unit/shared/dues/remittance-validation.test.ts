import { describe, expect, it } from 'vitest';
import { remittanceErrors } from '../../../../shared/dues/remittance-validation';

const valid = { year: 2026, quarter: 3, remittedOn: '2026-09-18', amountFen: 45_600, receiptRef: '' };

describe('remittanceErrors', () => {
  it('accepts a complete remittance, receipt number optional', () => {
    expect(remittanceErrors(valid, '2026-09-30')).toEqual([]);
  });

  it('names a bad quarter, date, future date and amount', () => {
    expect(remittanceErrors({ ...valid, quarter: 5 }, '2026-09-30')).toEqual(['季度应为第一至第四季度。']);
    expect(remittanceErrors({ ...valid, remittedOn: '2026-09-31' }, '2026-09-30')).toEqual(['上缴日期无效，格式应为 YYYY-MM-DD。']);
    expect(remittanceErrors(valid, '2026-09-17')).toEqual(['上缴日期不能晚于今天。']);
    expect(remittanceErrors({ ...valid, amountFen: 12.5 }, '2026-09-30')).toEqual(['上缴金额应为不小于 0 的金额。']);
  });
});
