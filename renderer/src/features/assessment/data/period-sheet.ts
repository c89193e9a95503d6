import type { AssessmentResultRecord } from '../../../../../shared/assessment/assessment-records';
import { branchFigures, type BranchFigures } from '../../../../../shared/assessment/branch-figures';
import { rankBranches, type RankedBranch } from '../../../../../shared/assessment/ranking';
import { scoreBranch, type BranchScore, type SheetEntries } from '../../../../../shared/assessment/score-sheet';
import type { AssessmentScheme } from '../../../../../shared/assessment/scheme-types';
import { parsePeriod } from '../../../../../shared/meetings/periods';
import type { RuleGroups } from '../../../../../shared/rules/rule-types';
import type { LedgerDatabase } from '../../../db/database';
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

/** Central office: every branch whose records it holds, scored for the period and ranked. */
export async function periodSheet(db: LedgerDatabase, scheme: AssessmentScheme, rules: RuleGroups, periodKey: string, today: string): Promise<PeriodSheet> {
  const branches = (await db.branches.toArray()).filter((branch) => !branch.deleted);
  const sheets = await Promise.all(branches.map((branch) => branchSheet(db, branch.id, scheme, rules, periodKey, today)));
  const rows = sheets.filter((sheet): sheet is BranchSheet => sheet !== undefined).sort((a, b) => a.branchName.localeCompare(b.branchName, 'zh-CN'));
  return { period: periodKey, rows, ranking: rankBranches(rows, scheme) };
}
