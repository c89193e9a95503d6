import { awardHonours, type AwardRecord } from '../../../../../shared/assessment/awards';
import { writeWorkbook, type CellValue } from '../../../shell/workbook';

export const AWARD_LIST_HEADER = ['序号', '荣誉', '名称/姓名', '所在支部', '主要事迹', '公示期', '表彰决定文号'];

/** The 评先评优 list as Excel rows: the same lines, in the same order, as the printed list. */
export function awardListRows(awards: readonly AwardRecord[], branchName: (id: string) => string): CellValue[][] {
  const publicity = awards[0]?.publicity;
  const period = publicity ? `${publicity.from} 至 ${publicity.until}${publicity.provisional ? '（暂算）' : ''}` : '未公示';
  const document = awards[0]?.approval?.document ?? '未批准';
  return awardHonours(awards, branchName).map((honour, index) => [index + 1, honour.title, honour.name, honour.title === '先进党支部' ? '—' : honour.branch, honour.deeds || '—', period, document]);
}

export function awardListWorkbook(year: number, awards: readonly AwardRecord[], branchName: (id: string) => string): Promise<Uint8Array> {
  return writeWorkbook([{ name: `${year}年度表彰名单`, header: AWARD_LIST_HEADER, rows: awardListRows(awards, branchName), columnWidths: [6, 14, 16, 18, 60, 26, 22], wrapText: true }]);
}
