import { isValidDate } from '../dates';
import { isCount } from '../guards';
import type { RecordInput } from '../records/base-record';
import type { DuesRemittanceRecord } from './dues-types';
import { QUARTERS } from './months';

export type DuesRemittanceInput = RecordInput<DuesRemittanceRecord>;

/** What is wrong with a remittance as entered, in Chinese; an empty list when it can be saved. */
export function remittanceErrors(input: DuesRemittanceInput, today: string): string[] {
  const errors: string[] = [];
  if (!Number.isSafeInteger(input.year) || input.year < 1) errors.push('年度无效。');
  if (!(QUARTERS as readonly number[]).includes(input.quarter)) errors.push('季度应为第一至第四季度。');
  if (!isValidDate(input.remittedOn)) errors.push('上缴日期无效，格式应为 YYYY-MM-DD。');
  else if (input.remittedOn > today) errors.push('上缴日期不能晚于今天。');
  if (!isCount(input.amountFen)) errors.push('上缴金额应为不小于 0 的金额。');
  return errors;
}
