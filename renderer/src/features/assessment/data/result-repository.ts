import { assessmentResultId, type AssessmentResultRecord, type PublishedResult } from '../../../../../shared/assessment/assessment-records';
import { assessmentPeriodsOf } from '../../../../../shared/assessment/points';
import { flagMoves, flagWinners, starsFor, type FlagMove, type RankedBranch } from '../../../../../shared/assessment/ranking';
import { entryError, type ItemEntry } from '../../../../../shared/assessment/score-sheet';
import type { AssessmentItem, AssessmentScheme } from '../../../../../shared/assessment/scheme-types';
import { parsePeriod } from '../../../../../shared/meetings/periods';
import type { LedgerDatabase } from '../../../db/database';
import { ledgerDb } from '../../../db/ledger-db';
import { createRecordRepository, type RecordRepositoryOptions } from '../../../db/record-repository';
import { withOperator } from '../../../core/preferences/preferences-repository';

export class ScoringRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScoringRefusedError';
  }
}

/** Quarters of a period's year, for the year sheet's quarterly items ('2026' → 2026-Q1 … Q4). */
export function quartersOf(year: string): string[] {
  return assessmentPeriodsOf(Number(year)).slice(0, 4);
}

/**
 * Central office: the scoring of branches (考核结果). One record per branch and period under a
 * derived id, owned by the branch, so it goes back in that branch's 回执; the branch only reads it.
 */
export function createResultRepository(db: LedgerDatabase, options?: Partial<RecordRepositoryOptions>) {
  const records = createRecordRepository(db, 'assessmentResults', withOperator(db, options));

  const live = (rows: AssessmentResultRecord[]) => rows.filter((row) => !row.deleted);

  return {
    listPeriod: async (period: string): Promise<AssessmentResultRecord[]> => live(await db.assessmentResults.where('period').equals(period).toArray()),

    listByBranch: async (branchId: string): Promise<AssessmentResultRecord[]> => live(await db.assessmentResults.where('branchId').equals(branchId).toArray()),

    /** The 流动红旗's history: who held it each quarter, and how it moved (shared/assessment/ranking). */
    async flagHistory(): Promise<Array<FlagMove & { names: Map<string, string> }>> {
      const holding = live(await db.assessmentResults.filter((row) => row.published?.flag === true).toArray());
      const periods = [...new Set(holding.map((row) => row.period))];
      const awards = periods.map((periodKey) => ({ periodKey, holders: holding.filter((row) => row.period === periodKey).map((row) => row.branchId) }));
      const names = new Map((await db.branches.toArray()).map((branch) => [branch.id, branch.name]));
      return flagMoves(awards).reverse().map((move) => ({ ...move, names }));
    },

    /** One manual, 述职, deduction or veto entry; refused whole, with the reason, when it does not fit the item. */
    async saveEntry(branchId: string, period: string, scheme: AssessmentScheme, item: AssessmentItem, entry: ItemEntry): Promise<AssessmentResultRecord> {
      if (!parsePeriod(period)) throw new ScoringRefusedError(`考核期间“${period}”无效。`);
      const error = entryError(item, entry);
      if (error) throw new ScoringRefusedError(error);
      const id = assessmentResultId(branchId, period);
      const existing = await records.find(id);
      const entries = { ...(existing?.entries ?? {}), [item.id]: { ...entry, note: entry.note.trim() } };
      return records.put(branchId, id, { period, schemeId: scheme.id, schemeVersion: scheme.version, entries, published: existing?.published ?? null });
    },

    /**
     * 发布: freezes every ranked branch's score, rank, 流动红旗 (quarters) or 星级 (the year) into
     * its result, to go back in its next 回执. Refused while an item still waits for a score.
     */
    async publish(period: string, scheme: AssessmentScheme, ranking: readonly RankedBranch[], publishedBy: string, at: Date = new Date()): Promise<void> {
      const kind = parsePeriod(period)?.kind;
      if (kind !== 'quarter' && kind !== 'year') throw new ScoringRefusedError(`考核期间“${period}”无效。`);
      const waiting = ranking.filter((entry) => entry.score.pending > 0);
      if (waiting.length > 0) throw new ScoringRefusedError(`还有 ${waiting.length} 个支部有未评分的项目，评完后才能发布排名。`);
      if (ranking.length === 0) throw new ScoringRefusedError('没有可排名的支部：支部报送数据后才能考核。');
      const flags = new Set(kind === 'quarter' ? flagWinners(ranking, scheme) : []);
      for (const entry of ranking) {
        const id = assessmentResultId(entry.branchId, period);
        const existing = await records.find(id);
        const published: PublishedResult = {
          items: Object.fromEntries(entry.score.items.map((item) => [item.itemId, { points: item.points, vetoed: item.vetoed, explanation: item.explanation }])),
          total: entry.score.total,
          maxTotal: entry.score.maxTotal,
          vetoed: entry.score.vetoed,
          rank: entry.rank,
          of: ranking.length,
          flag: flags.has(entry.branchId),
          stars: kind === 'year' ? starsFor(entry.score, scheme) : null,
          publishedAt: at.toISOString(),
          publishedBy,
        };
        await records.put(entry.branchId, id, { period, schemeId: scheme.id, schemeVersion: scheme.version, entries: existing?.entries ?? {}, published });
      }
    },
  };
}

export type ResultRepository = ReturnType<typeof createResultRepository>;

export const resultRepository = createResultRepository(ledgerDb);
