import type { BranchFigures } from './branch-figures';
import { itemsOfPeriod, maxTotal, roundTenth, SCORED_KINDS, sumPoints } from './points';
import {
  REPORT_GRADE_LABELS,
  REPORT_GRADES,
  type AssessmentItem,
  type AssessmentPeriodKind,
  type AssessmentScheme,
  type ReportGrade,
  type ScoringRule,
} from './scheme-types';

/** What the office typed for one item: points (manual, deduction), a 述职 grade, a veto mark; always a note. */
export interface ItemEntry {
  points?: number;
  grade?: ReportGrade;
  triggered?: boolean;
  note: string;
}

export type SheetEntries = Record<string, ItemEntry>;

export interface ItemScore {
  itemId: string;
  /** Points earned; for a deduction the points taken off; null while a manual item is not scored yet, and for a veto. */
  points: number | null;
  /** A veto item the office marked. */
  vetoed: boolean;
  /** How the points came about, in Chinese. */
  explanation: string;
}

export interface BranchScore {
  items: ItemScore[];
  /** Earned points per area (deductions not taken off). */
  byArea: Record<string, number>;
  automatic: number;
  earned: number;
  deductions: number;
  vetoed: boolean;
  /** earned − deductions, not below 0, capped by a veto. */
  total: number;
  maxTotal: number;
  /** Items still waiting for the office. */
  pending: number;
}

/** Points a figure earns under a rule: linear in proportion between the thresholds, or the highest step reached. */
export function scoreRule(rule: ScoringRule, percent: number, maxPoints: number): number {
  if (rule.kind === 'linear') {
    const fraction = (percent - rule.zeroAtPercent) / (rule.fullAtPercent - rule.zeroAtPercent);
    return roundTenth(maxPoints * Math.min(1, Math.max(0, fraction)));
  }
  // A share computed as 19/20 must reach a 95 % step: compare at a precision no count can fall between.
  const reached = rule.steps.find((step) => percent + 1e-9 >= step.atLeastPercent);
  return reached ? reached.points : 0;
}

const percentText = (percent: number) => `${roundTenth(percent)}%`;

function automaticScore(item: AssessmentItem, figures: BranchFigures): ItemScore {
  if (item.scoring.kind !== 'automatic') throw new TypeError('not an automatic item');
  const { figure, rule, whenNoData } = item.scoring;
  const value = figures[figure];
  if (value.percent === null) {
    const points = whenNoData === 'full' ? item.maxPoints : 0;
    return { itemId: item.id, points, vetoed: false, explanation: `${value.detail}无可计数据，按方案得${whenNoData === 'full' ? '满分' : '0 分'}。` };
  }
  const points = scoreRule(rule, value.percent, item.maxPoints);
  return { itemId: item.id, points, vetoed: false, explanation: `${value.detail}比例 ${percentText(value.percent)}，得 ${points} 分。` };
}

/** Why an entry cannot be stored for an item, or null when it can. */
export function entryError(item: AssessmentItem, entry: ItemEntry): string | null {
  const { kind } = item.scoring;
  if (kind === 'manual' || kind === 'deduction') {
    const { points } = entry;
    if (points === undefined) return null;
    const tenths = points * 10;
    if (!Number.isFinite(points) || points < 0 || points > item.maxPoints || Math.abs(Math.round(tenths) - tenths) > 1e-9) {
      return `“${item.title}”的${kind === 'deduction' ? '扣分' : '得分'}应为 0 至 ${item.maxPoints} 之间的数，最多一位小数。`;
    }
    if (kind === 'deduction' && points > 0 && entry.note.trim() === '') return `“${item.title}”扣分时请填写扣分原因。`;
  }
  if (kind === 'reportGrade' && entry.grade !== undefined && !(REPORT_GRADES as readonly string[]).includes(entry.grade)) {
    return `“${item.title}”的评议等次应为好、较好、一般或差。`;
  }
  if (kind === 'veto' && entry.triggered && entry.note.trim() === '') return `“${item.title}”一票否决时请写明事由。`;
  return null;
}

function enteredScore(item: AssessmentItem, entry: ItemEntry | undefined): ItemScore {
  const note = entry?.note.trim() ? `（${entry.note.trim()}）` : '';
  const base = { itemId: item.id, vetoed: false };
  switch (item.scoring.kind) {
    case 'manual':
      return entry?.points === undefined ? { ...base, points: null, explanation: '待评分。' } : { ...base, points: entry.points, explanation: `评分 ${entry.points} 分${note}。` };
    case 'reportGrade': {
      if (!entry?.grade) return { ...base, points: null, explanation: '待评议书记述职。' };
      const percent = item.scoring.percentByGrade[entry.grade];
      const points = roundTenth((item.maxPoints * percent) / 100);
      return { ...base, points, explanation: `述职评议“${REPORT_GRADE_LABELS[entry.grade]}”，得满分的 ${percent}%，${points} 分${note}。` };
    }
    case 'deduction':
      return { ...base, points: entry?.points ?? 0, explanation: entry?.points ? `扣 ${entry.points} 分${note}。` : '未扣分。' };
    case 'veto':
      return entry?.triggered
        ? { ...base, points: null, vetoed: true, explanation: `一票否决${note}：总分不超过 ${item.scoring.capAt} 分，不得评流动红旗和星级。` }
        : { ...base, points: null, explanation: '未触发。' };
    default:
      throw new TypeError('an automatic item has no entry');
  }
}

/**
 * The year's entry for a quarterly item the office did not score for the year itself: the
 * average of the quarters scored (manual), the quarters' deductions added up to the item's
 * maximum, vetoed if any quarter was. Returns undefined when no quarter has an entry.
 */
export function yearEntryFromQuarters(item: AssessmentItem, quarters: ReadonlyArray<ItemEntry | undefined>): ItemEntry | undefined {
  const entries = quarters.filter((entry): entry is ItemEntry => entry !== undefined);
  if (entries.length === 0) return undefined;
  const scored = entries.filter((entry) => entry.points !== undefined).map((entry) => entry.points!);
  switch (item.scoring.kind) {
    case 'manual':
      return scored.length === 0 ? undefined : { points: roundTenth(sumPoints(scored) / scored.length), note: `${scored.length} 个季度平均` };
    case 'deduction':
      return { points: Math.min(item.maxPoints, sumPoints(scored)), note: entries.map((entry) => entry.note).filter((n) => n.trim()).join('；') };
    case 'veto': {
      const triggered = entries.filter((entry) => entry.triggered);
      return { triggered: triggered.length > 0, note: triggered.map((entry) => entry.note).join('；') };
    }
    default:
      return undefined;
  }
}

/**
 * One branch's sheet for a quarter or the year: every item of the period scored from the
 * figures or the office's entries, then the total — earned, less deductions, never below 0,
 * capped by a veto. For the year, `quarterEntries` (the four quarters' sheets) fill the
 * quarterly items the office did not score for the year itself.
 */
export function scoreBranch(
  scheme: AssessmentScheme,
  kind: AssessmentPeriodKind,
  figures: BranchFigures,
  entries: SheetEntries,
  quarterEntries: readonly SheetEntries[] = [],
): BranchScore {
  const items = itemsOfPeriod(scheme.items, kind);
  const scores = items.map((item) => {
    if (item.scoring.kind === 'automatic') return automaticScore(item, figures);
    const fromQuarters = kind === 'year' && item.period === 'quarter' && !entries[item.id] ? yearEntryFromQuarters(item, quarterEntries.map((sheet) => sheet[item.id])) : undefined;
    return enteredScore(item, entries[item.id] ?? fromQuarters);
  });
  const kindOf = new Map(items.map((item) => [item.id, item]));
  const pointsOf = (pick: (item: AssessmentItem) => boolean) =>
    sumPoints(scores.filter((score) => pick(kindOf.get(score.itemId)!) && score.points !== null).map((score) => score.points!));
  const byArea = Object.fromEntries(scheme.areas.map((area) => [area.id, pointsOf((item) => item.areaId === area.id && SCORED_KINDS.has(item.scoring.kind))]));
  const earned = pointsOf((item) => SCORED_KINDS.has(item.scoring.kind));
  const deductions = pointsOf((item) => item.scoring.kind === 'deduction');
  const vetoes = items.filter((item, index) => item.scoring.kind === 'veto' && scores[index]!.vetoed);
  const caps = vetoes.map((item) => (item.scoring.kind === 'veto' ? item.scoring.capAt : Infinity));
  const total = Math.min(Math.max(0, sumPoints([earned, -deductions])), ...caps);
  return {
    items: scores,
    byArea,
    automatic: pointsOf((item) => item.scoring.kind === 'automatic'),
    earned,
    deductions,
    vetoed: vetoes.length > 0,
    total,
    maxTotal: maxTotal(items, kind),
    pending: scores.filter((score, index) => score.points === null && SCORED_KINDS.has(items[index]!.scoring.kind)).length,
  };
}
