import { describe, expect, it } from 'vitest';
import { branchFigures } from '../../../../../../shared/assessment/branch-figures';
import { DEFAULT_ASSESSMENT_SCHEME } from '../../../../../../shared/assessment/default-scheme';
import { flagMoves, rankBranches } from '../../../../../../shared/assessment/ranking';
import { scoreBranch } from '../../../../../../shared/assessment/score-sheet';
import { parsePeriod } from '../../../../../../shared/meetings/periods';
import { NATIONAL_RULE_SET } from '../../../../../../shared/rules/national-rule-set';
import { exportAssessment, RANKING_HEADER } from '../../../../../../renderer/src/features/assessment/excel/assessment-workbook';
import type { PeriodSheet } from '../../../../../../renderer/src/features/assessment/data/period-sheet';
import { readWorkbookRows } from '../../../../../../renderer/src/shell/workbook';
import { thirdQuarterBranch } from '../../../../shared/assessment/assessment-fixture';

describe('the 考核 workbook', () => {
  it('ranks the branches with their points as numbers, the flag named', async () => {
    const figures = branchFigures(thirdQuarterBranch(), NATIONAL_RULE_SET.rules, parsePeriod('2026-Q3')!, '2026-10-10');
    const rows = [
      { branchId: 'a', branchName: '内科党支部', figures, score: scoreBranch(DEFAULT_ASSESSMENT_SCHEME, 'quarter', figures, { 'medical-ethics': { points: 8, note: '' }, complaints: { points: 2, note: '投诉' } }) },
      { branchId: 'b', branchName: '外科党支部', figures, score: scoreBranch(DEFAULT_ASSESSMENT_SCHEME, 'quarter', figures, { 'medical-ethics': { points: 9.5, note: '' } }) },
    ];
    const sheet: PeriodSheet = { period: '2026-Q3', rows, ranking: rankBranches(rows, DEFAULT_ASSESSMENT_SCHEME) };
    const bytes = await exportAssessment(sheet, DEFAULT_ASSESSMENT_SCHEME, flagMoves([{ periodKey: '2026-Q3', holders: ['b'] }]), new Map([['b', '外科党支部']]));
    const read = await readWorkbookRows(bytes);
    expect(read[0]).toEqual(RANKING_HEADER);
    // 19.7 automatic each (hand-worked in branch-figures.test); 外科 19.7 + 9.5 = 29.2, 内科 19.7 + 8 − 2 = 25.7.
    expect(read.slice(1)).toEqual([
      [1, '外科党支部', 19.7, 29.2, 0, 29.2, 70, null, '流动红旗', null, null],
      [2, '内科党支部', 19.7, 27.7, 2, 25.7, 70, null, null, null, null],
    ]);
  });
});
