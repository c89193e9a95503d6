import { monthlyBaseFen, monthlyDuesFen, rateBasisPointsFor, standardMonthlyDuesFen } from '../../../../shared/dues/dues-amount';
import { baseForMonth } from '../../../../shared/dues/dues-ledger';
import { EMPTY_INCOME, INCOME_PART_LABELS, INCOME_PARTS_BY_CATEGORY, type DuesBaseRecord, type DuesCategory, type IncomePart } from '../../../../shared/dues/dues-types';
import type { DuesBaseInput } from '../../../../shared/dues/dues-validation';
import { monthKey } from '../../../../shared/dues/months';
import type { DuesRules } from '../../../../shared/rules/rule-set';
import { fenToYuan, yuanToFen } from './money';

/**
 * The base form's values. Fields carry the record's paths (income.postSalaryFen,
 * hardship.approvalRef) so that validation errors land on them, but money fields hold
 * 元 as typed: the conversion to 分 happens once, in baseInputOf.
 */
export interface BaseFormValues {
  memberId: string;
  year: number;
  fromMonth: number;
  category: DuesCategory;
  income: Record<IncomePart, number | null>;
  hardship: { kind: 'none' | 'reduced' | 'waived'; monthlyFen: number | null; approvalRef: string };
  note: string;
}

const PARTS = Object.keys(INCOME_PART_LABELS) as IncomePart[];

/**
 * The record the form describes. Parts the category does not count are dropped: after a
 * switch from 离退休 to 在职 the hidden pension field still holds what was typed, and it
 * must neither count nor block the save with an error on a field no longer shown.
 */
export function baseInputOf(values: BaseFormValues): DuesBaseInput {
  const income = { ...EMPTY_INCOME };
  const counted = new Set(formPartsOf(values.category));
  for (const part of PARTS) income[part] = counted.has(part) ? yuanToFen(values.income?.[part]) : 0;
  const { kind, monthlyFen, approvalRef } = values.hardship ?? { kind: 'none', monthlyFen: null, approvalRef: '' };
  const ref = (approvalRef ?? '').trim();
  const hardship: DuesBaseInput['hardship'] =
    kind === 'waived' ? { kind, approvalRef: ref } : kind === 'reduced' ? { kind, monthlyFen: yuanToFen(monthlyFen), approvalRef: ref } : null;
  return {
    memberId: values.memberId,
    year: values.year,
    fromMonth: values.fromMonth,
    category: values.category,
    income,
    hardship,
    note: (values.note ?? '').trim(),
  };
}

export function formValuesOf(base: DuesBaseInput): BaseFormValues {
  const income = Object.fromEntries(PARTS.map((part) => [part, base.income[part] ? fenToYuan(base.income[part]) : null])) as BaseFormValues['income'];
  const { hardship } = base;
  return {
    memberId: base.memberId,
    year: base.year,
    fromMonth: base.fromMonth,
    category: base.category,
    income,
    hardship: {
      kind: hardship?.kind ?? 'none',
      monthlyFen: hardship?.kind === 'reduced' ? fenToYuan(hardship.monthlyFen) : null,
      approvalRef: hardship?.approvalRef ?? '',
    },
    note: base.note,
  };
}

/**
 * What the form starts from for a member: a copy of the base in force that month (a new
 * base from a chosen month usually changes one pay item), or an empty employed base.
 */
export function startingBase(memberId: string, bases: readonly DuesBaseRecord[], year: number, fromMonth: number): DuesBaseInput {
  const current = baseForMonth(bases.filter((base) => base.memberId === memberId), monthKey(year, fromMonth));
  if (!current) return { memberId, year, fromMonth, category: 'employed', income: { ...EMPTY_INCOME }, hardship: null, note: '' };
  return { memberId, year, fromMonth, category: current.category, income: { ...current.income }, hardship: current.hardship, note: current.note };
}

/** The parts the form shows for a category: its own income parts and, unless flat, the deductions. */
export function formPartsOf(category: DuesCategory): IncomePart[] {
  return PARTS.filter((part) => INCOME_PARTS_BY_CATEGORY[category].includes(part) || (part === 'deductionsFen' && category !== 'flat'));
}

/** 150 basis points → '1.5%'. */
export function rateText(basisPoints: number): string {
  return `${basisPoints / 100}%`;
}

export interface BaseComputation {
  baseFen: number;
  /** null for the flat category. */
  rateBasisPoints: number | null;
  standardFen: number;
  monthlyFen: number;
}

/** The figures the form shows live as the secretary types. */
export function computeBase(input: DuesBaseInput, rules: DuesRules): BaseComputation {
  const baseFen = monthlyBaseFen(input.category, input.income);
  return {
    baseFen,
    rateBasisPoints: rateBasisPointsFor(input.category, baseFen, rules),
    standardFen: standardMonthlyDuesFen(input, rules),
    monthlyFen: monthlyDuesFen(input, rules),
  };
}
