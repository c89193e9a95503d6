import type { BranchScore } from './score-sheet';
import type { AssessmentScheme, TieBreak } from './scheme-types';

export interface RankedBranch {
  branchId: string;
  score: BranchScore;
  /** 1 for the best; branches still equal after every tie-break share a rank (1, 1, 3). */
  rank: number;
  /** Set when a tie-break, not the total, put this branch above the next one with the same total. */
  tieBrokenBy?: string;
}

function tieValue(rule: TieBreak, score: BranchScore): number {
  if (rule.kind === 'automatic') return score.automatic;
  if (rule.kind === 'deductions') return -score.deductions;
  return score.byArea[rule.areaId] ?? 0;
}

function tieLabel(rule: TieBreak, scheme: AssessmentScheme): string {
  if (rule.kind === 'automatic') return '自动计分合计较高';
  if (rule.kind === 'deductions') return '扣分较少';
  return `“${scheme.areas.find((area) => area.id === rule.areaId)?.label ?? rule.areaId}”得分较高`;
}

/** The keys branches are ordered by: the total, then each tie-break of the scheme in order. */
function keysOf(score: BranchScore, scheme: AssessmentScheme): number[] {
  return [score.total, ...scheme.tieBreaks.map((rule) => tieValue(rule, score))];
}

/**
 * The ranking of a period's sheets: by total, equal totals told apart by the scheme's
 * tie-breaks in order; branches equal on every key share the rank. The order among fully
 * tied branches is by branch id only so that the list is stable; it means nothing.
 */
export function rankBranches(sheets: ReadonlyArray<{ branchId: string; score: BranchScore }>, scheme: AssessmentScheme): RankedBranch[] {
  const keyed = sheets.map((sheet) => ({ ...sheet, keys: keysOf(sheet.score, scheme) }));
  const compare = (a: { keys: number[] }, b: { keys: number[] }) => {
    for (let i = 0; i < a.keys.length; i += 1) if (a.keys[i] !== b.keys[i]) return b.keys[i]! - a.keys[i]!;
    return 0;
  };
  keyed.sort((a, b) => compare(a, b) || (a.branchId < b.branchId ? -1 : 1));
  const ranked: RankedBranch[] = [];
  keyed.forEach((entry, index) => {
    const previous = keyed[index - 1];
    const rank = previous && compare(previous, entry) === 0 ? ranked[index - 1]!.rank : index + 1;
    ranked.push({ branchId: entry.branchId, score: entry.score, rank });
    if (previous && previous.keys[0] === entry.keys[0] && compare(previous, entry) !== 0) {
      const decisive = entry.keys.findIndex((key, i) => key !== previous.keys[i]);
      ranked[index - 1]!.tieBrokenBy = tieLabel(scheme.tieBreaks[decisive - 1]!, scheme);
    }
  });
  return ranked;
}

/**
 * The 流动红旗 of a quarter: the branches ranked within the scheme's number of flags, a tie at
 * the cut sharing it; a vetoed branch never holds it (and does not pass it on to the next).
 */
export function flagWinners(ranking: readonly RankedBranch[], scheme: AssessmentScheme): string[] {
  return ranking.filter((entry) => entry.rank <= scheme.flagsPerQuarter && !entry.score.vetoed).map((entry) => entry.branchId);
}

export interface FlagMove {
  periodKey: string;
  holders: string[];
  /** Holders who did not hold it the period before. */
  gained: string[];
  /** Held it the period before, not now: the flag moved away from them. */
  lost: string[];
  kept: string[];
}

/** How the flag moved from period to period, oldest first, from each period's awarded holders. */
export function flagMoves(awards: ReadonlyArray<{ periodKey: string; holders: readonly string[] }>): FlagMove[] {
  const ordered = [...awards].sort((a, b) => (a.periodKey < b.periodKey ? -1 : 1));
  return ordered.map((award, index) => {
    const before = new Set(ordered[index - 1]?.holders ?? []);
    const now = new Set(award.holders);
    return {
      periodKey: award.periodKey,
      holders: [...award.holders],
      gained: award.holders.filter((id) => !before.has(id)),
      lost: [...before].filter((id) => !now.has(id)),
      kept: award.holders.filter((id) => before.has(id)),
    };
  });
}

/** 星级 for the year's total: the highest threshold reached (1–5), 0 below the first or when vetoed. */
export function starsFor(score: Pick<BranchScore, 'total' | 'vetoed'>, scheme: Pick<AssessmentScheme, 'starThresholds'>): number {
  if (score.vetoed) return 0;
  return scheme.starThresholds.filter((threshold) => score.total >= threshold).length;
}

export const starsText = (stars: number) => (stars === 0 ? '未评星' : `${'★'.repeat(stars)}（${['', '一', '二', '三', '四', '五'][stars]}星级）`);
