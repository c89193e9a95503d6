import { parseDate } from '../dates';
import { isCount, isText } from '../guards';
import type { RecordInput } from '../records/base-record';
import type { DuesRules } from '../rules/rule-set';
import { DUES_CATEGORIES, DUES_CATEGORY_LABELS, INCOME_PART_LABELS, INCOME_PARTS_BY_CATEGORY, type DuesBaseRecord, type IncomePart } from './dues-types';
import { MONTHS_PER_YEAR } from './months';

export type DuesBaseInput = RecordInput<DuesBaseRecord>;

/** Chinese message per field path ('year', 'income.pensionFen', 'hardship.approvalRef'). */
export type DuesBaseErrors = Partial<Record<string, string>>;

function incomeErrors(base: DuesBaseInput): DuesBaseErrors {
  const errors: DuesBaseErrors = {};
  const used = new Set<IncomePart>([...INCOME_PARTS_BY_CATEGORY[base.category], 'deductionsFen']);
  for (const part of Object.keys(INCOME_PART_LABELS) as IncomePart[]) {
    const value = base.income[part];
    const label = INCOME_PART_LABELS[part];
    if (!isCount(value)) errors[`income.${part}`] = `${label}应为不小于 0 的金额（以分计的整数）。`;
    else if (value > 0 && !used.has(part)) errors[`income.${part}`] = `${DUES_CATEGORY_LABELS[base.category]}党员不按${label}计算党费。`;
  }
  return errors;
}

function hardshipErrors(base: DuesBaseInput): DuesBaseErrors {
  const { hardship } = base;
  if (!hardship) return {};
  const errors: DuesBaseErrors = {};
  if (!isText(hardship.approvalRef)) errors['hardship.approvalRef'] = '少交或免交党费须经上级党委批准，请填写批准文号。';
  if (hardship.kind === 'reduced' && !isCount(hardship.monthlyFen)) {
    errors['hardship.monthlyFen'] = '批准后每月交纳金额应为不小于 0 的金额（以分计的整数）。';
  }
  return errors;
}

/** Field errors of a dues base as entered; an empty object when it can be saved. */
export function validateDuesBase(base: DuesBaseInput, rules: DuesRules): DuesBaseErrors {
  const errors: DuesBaseErrors = {};
  // A base from before the brackets took effect is a typing slip.
  const firstYear = parseDate(rules.employedBrackets.effectiveFrom)?.year ?? 1;
  if (!isText(base.memberId)) errors.memberId = '请选择党员。';
  if (!Number.isSafeInteger(base.year) || base.year < firstYear) errors.year = `年度应为 ${firstYear} 年以后的年份。`;
  if (!Number.isSafeInteger(base.fromMonth) || base.fromMonth < 1 || base.fromMonth > MONTHS_PER_YEAR) errors.fromMonth = '起始月份应为 1 至 12 月。';
  if (!(DUES_CATEGORIES as readonly unknown[]).includes(base.category)) return { ...errors, category: '请选择党员类别。' };
  return { ...errors, ...incomeErrors(base), ...hardshipErrors(base) };
}
