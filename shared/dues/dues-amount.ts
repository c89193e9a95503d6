import { BASIS_POINTS_WHOLE, type DuesBracket, type DuesRules } from '../rules/rule-set';
import { INCOME_PARTS_BY_CATEGORY, type DuesBaseRecord, type DuesCategory, type IncomeFen } from './dues-types';

/** The part of a base record that decides the amount. */
export type DuesBasis = Pick<DuesBaseRecord, 'category' | 'income' | 'hardship'>;

/**
 * The monthly base in 分: the category's income parts less deductions, never below 0.
 * Parts that do not belong to the category (a pension on an employed base) do not count.
 */
export function monthlyBaseFen(category: DuesCategory, income: IncomeFen): number {
  const gross = INCOME_PARTS_BY_CATEGORY[category].reduce((sum, part) => sum + income[part], 0);
  return Math.max(0, gross - income.deductionsFen);
}

/**
 * The bracket a base falls in. Upper bounds are inclusive (3000.00 元 is still 0.5%,
 * 3000.01 元 is 1%), and the whole base pays the one rate: dues brackets are not
 * progressive like income tax.
 */
export function bracketFor(baseFen: number, brackets: readonly DuesBracket[]): DuesBracket {
  const found = brackets.find((bracket) => bracket.upToFen === null || baseFen <= bracket.upToFen);
  // validateRuleSet guarantees an open top bracket; this only guards a hand-built set.
  if (!found) throw new RangeError('党费档次缺少最高档（上限为空）。');
  return found;
}

/** The rate in basis points, or null for the flat category, which pays a fixed amount. */
export function rateBasisPointsFor(category: DuesCategory, baseFen: number, rules: DuesRules): number | null {
  if (category === 'flat') return null;
  const brackets = category === 'retired' ? rules.retiredBrackets.value : rules.employedBrackets.value;
  return bracketFor(baseFen, brackets).rateBasisPoints;
}

/**
 * base × rate, rounded half up to the whole 分 (四舍五入到分). Half up because it is how
 * Chinese bookkeeping and every paper 党费 table round, so the app agrees with the
 * secretary's calculator; banker's rounding would differ by 1 分 on exact halves.
 * Integer arithmetic throughout: base (分) × rate (basis points) stays far below 2^53.
 */
export function percentOfFen(baseFen: number, rateBasisPoints: number): number {
  return Math.floor((baseFen * rateBasisPoints + BASIS_POINTS_WHOLE / 2) / BASIS_POINTS_WHOLE);
}

/** The amount by the rules alone, before any hardship reduction. */
export function standardMonthlyDuesFen(basis: Pick<DuesBasis, 'category' | 'income'>, rules: DuesRules): number {
  const baseFen = monthlyBaseFen(basis.category, basis.income);
  const rate = rateBasisPointsFor(basis.category, baseFen, rules);
  return rate === null ? rules.flatMonthlyFen.value : percentOfFen(baseFen, rate);
}

/** What the member owes each month under this base, after an approved reduction. */
export function monthlyDuesFen(basis: DuesBasis, rules: DuesRules): number {
  const standard = standardMonthlyDuesFen(basis, rules);
  const { hardship } = basis;
  if (!hardship) return standard;
  // A "reduction" to more than the standard amount would be a typing slip: never raise dues.
  return hardship.kind === 'waived' ? 0 : Math.min(standard, hardship.monthlyFen);
}

/** 1234 分 → '12.34', for tables and exports; exact, as 分 are integers. */
export function yuanAmount(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** 1234 分 → '12.34 元', for messages. */
export function formatFen(fen: number): string {
  return `${yuanAmount(fen)} 元`;
}
