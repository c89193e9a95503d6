import type { StudyLedger } from '../../../../../shared/study/study-ledger';
import { PACE_STATUS_LABELS } from '../../../../../shared/study/study-pace';
import { STUDY_ROLE_LABELS } from '../../../../../shared/study/study-targets';
import { STUDY_FORM_LABELS, STUDY_FORMS } from '../../../../../shared/study/study-types';
import { writeWorkbook, type CellValue } from '../../../shell/workbook';

const round1 = (value: number) => Math.round(value * 10) / 10;
const MONTHS = Array.from({ length: 12 }, (_, index) => `${index + 1}月`);

/** The rows of the 学时台账 sheet: numbers stay numbers so the office can sum them in Excel. */
export function ledgerRows(ledger: StudyLedger): CellValue[][] {
  return ledger.rows.map((row) => [
    row.member.name,
    row.member.department,
    STUDY_ROLE_LABELS[row.target.role],
    row.target.hours,
    ...STUDY_FORMS.map((form) => row.byForm[form]),
    row.fromMeetings,
    row.fromMakeUps,
    row.total,
    round1(row.expectedToDate),
    PACE_STATUS_LABELS[row.status],
    row.noteCount,
    row.excellentCount,
  ]);
}

export const LEDGER_HEADER = ['姓名', '科室', '身份', '全年目标', ...STUDY_FORMS.map((form) => STUDY_FORM_LABELS[form]), '会议计入', '补课计入', '合计', '应达（至今）', '进度', '笔记篇数', '优秀笔记'];

/** 学时台账 as .xlsx: the members, their hours by month, and the branch summary. */
export function exportStudyLedger(ledger: StudyLedger, branchName: string, today: string): Promise<Uint8Array> {
  const { summary } = ledger;
  return writeWorkbook([
    { name: `${ledger.year}年学时台账`, header: LEDGER_HEADER, rows: ledgerRows(ledger), columnWidths: [10, 14, 10, 10, 10, 8, 10, 8, 10, 10, 8, 12, 10, 10, 10] },
    {
      name: '按月学时',
      header: ['姓名', ...MONTHS, '合计'],
      rows: ledger.rows.map((row) => [row.member.name, ...row.byMonth, row.total]),
      columnWidths: [10, ...MONTHS.map(() => 7), 8],
    },
    {
      name: '支部汇总',
      header: ['项目', '数值'],
      rows: [
        ['支部', branchName],
        ['年度', ledger.year],
        ['统计日期', today],
        ['纳入统计人数', summary.memberCount],
        ['学时合计', summary.totalHours],
        ['人均学时', round1(summary.averageHours)],
        ['低于全年目标人数', summary.belowTarget],
        ['进度落后或未达标人数', summary.behind],
      ],
      columnWidths: [22, 20],
    },
  ]);
}

