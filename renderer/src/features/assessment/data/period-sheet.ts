import type { AssessmentResultRecord } from '../../../../../shared/assessment/assessment-records';
import { branchFigures, type BranchFigures } from '../../../../../shared/assessment/branch-figures';
import { rankBranches, type RankedBranch } from '../../../../../shared/assessment/ranking';
import { scoreBranch, type BranchScore, type SheetEntries } from '../../../../../shared/assessment/score-sheet';
import type { AssessmentScheme } from '../../../../../shared/assessment/scheme-types';
import { parsePeriod } from '../../../../../shared/meetings/periods';
import type { RuleGroups } from '../../../../../shared/rules/rule-types';
import type { LedgerDatabase } from '../../../db/database';
import { DerivedDatabase } from '../../../db/derived-db';
import { fingerprint, keptFigures, keptFiguresInPieces, type KeptFiguresRequest } from '../../../db/kept-figures';
import { readBranchAssessmentRecords } from './assessment-records-reader';
import { quartersOf } from './result-repository';

export interface BranchSheet {
  branchId: string;
  branchName: string;
  figures: BranchFigures;
  score: BranchScore;
  result?: AssessmentResultRecord;
}

export interface PeriodSheet {
  period: string;
  rows: BranchSheet[];
  ranking: RankedBranch[];
  /** Read in pieces (the screen): branches whose figures are still being made, of how many. Rows and ranking are then partial. */
  making?: { pending: number; of: number };
}

function entriesOf(result: AssessmentResultRecord | undefined): SheetEntries {
  return result?.entries ?? {};
}

/**
 * One branch's sheet for a period: its figures from its own records, scored with the office's
 * entries (for the year, the quarters' entries fill quarterly items not scored for the year).
 * The same function on both PCs, so the branch's live 考核 screen and the office's sheet agree.
 */
export async function branchSheet(
  db: LedgerDatabase,
  branchId: string,
  scheme: AssessmentScheme,
  rules: RuleGroups,
  periodKey: string,
  today: string,
): Promise<BranchSheet | undefined> {
  const period = parsePeriod(periodKey);
  if (!period || (period.kind !== 'quarter' && period.kind !== 'year')) return undefined;
  const records = await readBranchAssessmentRecords(db, branchId);
  if (!records) return undefined;
  const results = (await db.assessmentResults.where('branchId').equals(branchId).toArray()).filter((row) => !row.deleted);
  const result = results.find((row) => row.period === periodKey);
  const quarters = period.kind === 'year' ? quartersOf(periodKey).map((key) => entriesOf(results.find((row) => row.period === key))) : [];
  const figures = branchFigures(records, rules, period, today);
  return { branchId, branchName: records.branch.name, figures, score: scoreBranch(scheme, period.kind, figures, entriesOf(result), quarters), ...(result ? { result } : {}) };
}

/**
 * Central office: every branch whose records it holds, scored for the period and ranked. Each
 * branch's figures are kept (kept-figures.ts) until its records move. `inPieces` (the screen):
 * the figures not kept are made after the read, a few branches at a time, and `making` says how
 * far; otherwise (an export, a test) they are all made before it answers.
 */
export async function periodSheet(
  db: LedgerDatabase,
  scheme: AssessmentScheme,
  rules: RuleGroups,
  periodKey: string,
  today: string,
  derived: DerivedDatabase = new DerivedDatabase(db.name),
  inPieces = false,
): Promise<PeriodSheet> {
  const period = parsePeriod(periodKey);
  if (!period || (period.kind !== 'quarter' && period.kind !== 'year')) return { period: periodKey, rows: [], ranking: rankBranches([], scheme) };
  const kind = period.kind;
  const [branches, allResults] = await Promise.all([db.branches.toArray(), db.assessmentResults.toArray()]);
  const live = branches.filter((branch) => !branch.deleted);
  const request: KeptFiguresRequest<BranchFigures> = {
    slot: `assessment:${periodKey}`,
    scope: `${today}|${fingerprint(rules)}`,
    branchIds: live.map((branch) => branch.id),
    make: async (branchId) => {
      const records = await readBranchAssessmentRecords(db, branchId);
      return records ? branchFigures(records, rules, period, today) : undefined;
    },
  };
  const pieces = inPieces ? await keptFiguresInPieces(db, derived, request) : undefined;
  const figures = pieces?.figures ?? (await keptFigures(db, derived, request));
  const results = allResults.filter((row) => !row.deleted);
  const resultOf = (branchId: string, key: string) => results.find((row) => row.branchId === branchId && row.period === key);
  const rows = live
    .flatMap((branch): BranchSheet[] => {
      const own = figures.get(branch.id);
      if (!own) return [];
      const result = resultOf(branch.id, periodKey);
      const quarters = kind === 'year' ? quartersOf(periodKey).map((key) => entriesOf(resultOf(branch.id, key))) : [];
      return [{ branchId: branch.id, branchName: branch.name, figures: own, score: scoreBranch(scheme, kind, own, entriesOf(result), quarters), ...(result ? { result } : {}) }];
    })
    .sort((a, b) => a.branchName.localeCompare(b.branchName, 'zh-CN'));
  return { period: periodKey, rows, ranking: rankBranches(rows, scheme), ...(pieces?.pending ? { making: { pending: pieces.pending, of: pieces.of } } : {}) };
}
