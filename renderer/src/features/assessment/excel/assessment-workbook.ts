import { assessmentPeriodLabel, itemsOfPeriod } from '../../../../../shared/assessment/points';
import { flagWinners, starsFor, starsText, type FlagMove } from '../../../../../shared/assessment/ranking';
import type { AssessmentScheme } from '../../../../../shared/assessment/scheme-types';
import { writeWorkbook, type CellValue } from '../../../shell/workbook';
import type { PeriodSheet } from '../data/period-sheet';

const isQuarter = (period: string) => period.includes('Q');

/** 排名: one row per branch in rank order; points stay numbers so the office can sum them in Excel. */
export function rankingRows(sheet: PeriodSheet, scheme: AssessmentScheme): CellValue[][] {
  const names = new Map(sheet.rows.map((row) => [row.branchId, row.branchName]));
  const flags = new Set(isQuarter(sheet.period) ? flagWinners(sheet.ranking, scheme) : []);
  return sheet.ranking.map((entry) => [
    entry.rank,
    names.get(entry.branchId) ?? '',
    entry.score.automatic,
    entry.score.earned,
    entry.score.deductions,
    entry.score.total,
    entry.score.maxTotal,
    entry.score.vetoed ? '是' : '',
    isQuarter(sheet.period) ? (flags.has(entry.branchId) ? '流动红旗' : '') : entry.score.pending === 0 ? starsText(starsFor(entry.score, scheme)) : '待评',
    entry.score.pending > 0 ? `待评 ${entry.score.pending} 项` : '',
    entry.tieBrokenBy ?? '',
  ]);
}

/** 评分表 (branch × item) and 计分依据 (one line per branch and item, with how the points came about). */
export function itemSheets(sheet: PeriodSheet, scheme: AssessmentScheme) {
  const items = itemsOfPeriod(scheme.items, isQuarter(sheet.period) ? 'quarter' : 'year');
  const pointsOf = (row: PeriodSheet['rows'][number], itemId: string) => row.score.items.find((item) => item.itemId === itemId);
  return [
    {
      name: '评分表',
      header: ['支部', ...items.map((item) => `${item.title}（${item.maxPoints}）`), '总分'],
      rows: sheet.rows.map((row) => [row.branchName, ...items.map((item) => pointsOf(row, item.id)?.points ?? (pointsOf(row, item.id)?.vetoed ? '否决' : '')), row.score.total]),
      columnWidths: [16, ...items.map(() => 12), 8],
    },
    {
      name: '计分依据',
      header: ['支部', '考核项目', '分值', '得分', '依据'],
      rows: sheet.rows.flatMap((row) => items.map((item) => [row.branchName, item.title, item.maxPoints, pointsOf(row, item.id)?.points ?? '', pointsOf(row, item.id)?.explanation ?? ''])),
      columnWidths: [16, 24, 8, 8, 70],
      wrapText: true,
    },
  ];
}

export const RANKING_HEADER = ['名次', '支部', '自动计分', '加分项合计', '扣分', '总分', '满分', '一票否决', '流动红旗/星级', '状态', '并列说明'];

/** The period's 考核 as .xlsx: ranking, the branch × item sheet, the reasons, and the 流动红旗 history. */
export function exportAssessment(sheet: PeriodSheet, scheme: AssessmentScheme, flags: readonly FlagMove[], names: ReadonlyMap<string, string>): Promise<Uint8Array> {
  const who = (ids: readonly string[]) => ids.map((id) => names.get(id) ?? id).join('、');
  return writeWorkbook([
    { name: `${assessmentPeriodLabel(sheet.period)}排名`, header: RANKING_HEADER, rows: rankingRows(sheet, scheme), columnWidths: [6, 18, 10, 10, 8, 8, 8, 10, 16, 12, 20] },
    ...itemSheets(sheet, scheme),
    {
      name: '流动红旗',
      header: ['季度', '获得支部', '上季度持有', '流动情况'],
      rows: flags.map((move) => [assessmentPeriodLabel(move.periodKey), who(move.holders), who(move.lost.concat(move.kept)), move.lost.length ? '流动' : move.kept.length ? '保持' : '首次颁授']),
      columnWidths: [16, 24, 24, 10],
    },
  ]);
}
