import type { AssessmentItem, AssessmentPeriodKind, ItemScoringKind } from './scheme-types';

/**
 * Points carry one decimal. They are added as whole tenths, so that 7.5 + 2.3 is 9.8 and
 * not 9.799999…, and a tie in a ranking is a tie.
 */
export function roundTenth(points: number): number {
  return Math.round(points * 10 + (points >= 0 ? 1e-9 : -1e-9)) / 10;
}

export function sumPoints(values: readonly number[]): number {
  return values.reduce((tenths, value) => tenths + Math.round(value * 10), 0) / 10;
}

/** Kinds whose points add to the total (deductions take off, a veto caps). */
export const SCORED_KINDS: ReadonlySet<ItemScoringKind> = new Set<ItemScoringKind>(['automatic', 'manual', 'reportGrade']);

/** The items a period's sheet holds: a quarter only the quarterly ones, the year all of them. */
export function itemsOfPeriod<T extends Pick<AssessmentItem, 'period'>>(items: readonly T[], kind: AssessmentPeriodKind): T[] {
  return kind === 'year' ? [...items] : items.filter((item) => item.period === 'quarter');
}

/** The most a sheet of that period can score. Tolerates unchecked items: the validator calls it. */
export function maxTotal(items: ReadonlyArray<Partial<AssessmentItem>>, kind: AssessmentPeriodKind): number {
  const scored = itemsOfPeriod(items as Array<Pick<AssessmentItem, 'period'> & Partial<AssessmentItem>>, kind).filter(
    (item) => typeof item.maxPoints === 'number' && Number.isFinite(item.maxPoints) && item.scoring && SCORED_KINDS.has(item.scoring.kind),
  );
  return sumPoints(scored.map((item) => item.maxPoints!));
}

/** 12.5 → "12.5", 12 → "12". */
export function formatPoints(points: number): string {
  return String(roundTenth(points));
}

/** '2026-Q3' → 2026年第三季度, '2026' → 2026年度: how sheets, lists and the 回执 name a period. */
export function assessmentPeriodLabel(key: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
  if (quarter) return `${quarter[1]}年${['', '第一季度', '第二季度', '第三季度', '第四季度'][Number(quarter[2])]}`;
  return /^\d{4}$/.test(key) ? `${key}年度` : key;
}

/** The periods of a year a sheet can be made for: its four quarters, then the year. */
export function assessmentPeriodsOf(year: number): string[] {
  return [1, 2, 3, 4].map((quarter) => `${year}-Q${quarter}`).concat(String(year));
}
