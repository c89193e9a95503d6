/**
 * The year's dues ledger as a workbook: the member × month grid of amounts paid, every
 * recorded month in detail (due, paid, date, method, advance), and the four quarters
 * with their remittance. Amounts are written as numbers of 元 so that Excel can sum them.
 */
import { DUES_MONTH_STATUS_LABELS, isOwedHere, type DuesLedgerMonth } from '../../../../../shared/dues/dues-ledger';
import { PAYMENT_METHOD_LABELS, type DuesRemittanceRecord } from '../../../../../shared/dues/dues-types';
import { MONTHS_OF_YEAR, QUARTER_LABELS, QUARTERS, type Quarter } from '../../../../../shared/dues/months';
import type { QuarterTotals } from '../../../../../shared/dues/remittance';
import { remittanceDueDate } from '../../../../../shared/dues/remittance';
import type { DuesRules } from '../../../../../shared/rules/rule-set';
import { writeWorkbook, type CellValue } from '../../../shell/workbook';

export const GRID_SHEET_NAME = '党费收缴台账';
export const DETAIL_SHEET_NAME = '交纳明细';
export const QUARTER_SHEET_NAME = '季度汇总';

export interface DuesExportRow {
  name: string;
  lines: readonly DuesLedgerMonth[];
}

export interface DuesExport {
  year: number;
  rows: readonly DuesExportRow[];
  totals: Record<Quarter, QuarterTotals>;
  remittances: readonly DuesRemittanceRecord[];
  rules: DuesRules;
}

const yuan = (fen: number) => fen / 100;

function gridRow(row: DuesExportRow, index: number): CellValue[] {
  const paid = row.lines.reduce((sum, line) => sum + line.paidFen, 0);
  const due = row.lines.reduce((sum, line) => sum + (line.dueFen ?? 0), 0);
  const owed = row.lines.reduce((sum, line) => sum + line.outstandingFen, 0);
  const cell = (line: DuesLedgerMonth): CellValue => (line.status === 'notOwed' ? '—' : line.status === 'elsewhere' ? '流入地' : line.status === 'waived' ? '免交' : line.paidFen > 0 ? yuan(line.paidFen) : null);
  return [index + 1, row.name, ...row.lines.map(cell), yuan(due), yuan(paid), yuan(owed)];
}

function detailRows(rows: readonly DuesExportRow[]): CellValue[][] {
  return rows.flatMap((row) =>
    row.lines
      .filter((line) => isOwedHere(line.status))
      .map((line) => [
        row.name,
        `${line.month}月`,
        line.dueFen === null ? null : yuan(line.dueFen),
        line.paidFen > 0 ? yuan(line.paidFen) : null,
        line.entry?.paidOn ? new Date(`${line.entry.paidOn}T00:00:00.000Z`) : null,
        line.entry && line.paidFen > 0 ? PAYMENT_METHOD_LABELS[line.entry.method] : '',
        line.entry?.advance ? '是' : '',
        DUES_MONTH_STATUS_LABELS[line.status],
      ]),
  );
}

function quarterRow({ year, totals, remittances, rules }: DuesExport, quarter: Quarter): CellValue[] {
  const total = totals[quarter];
  const remitted = remittances.find((r) => !r.deleted && r.year === year && r.quarter === quarter);
  return [
    QUARTER_LABELS[quarter],
    yuan(total.dueFen),
    yuan(total.paidFen),
    yuan(total.outstandingFen),
    `${total.membersPaidUp}/${total.members}`,
    new Date(`${remittanceDueDate(year, quarter, rules)}T00:00:00.000Z`),
    remitted ? new Date(`${remitted.remittedOn}T00:00:00.000Z`) : null,
    remitted ? yuan(remitted.amountFen) : null,
    remitted?.receiptRef ?? '',
  ];
}

export function exportDuesLedger(ledger: DuesExport): Promise<Uint8Array> {
  return writeWorkbook([
    {
      name: `${ledger.year}年${GRID_SHEET_NAME}`,
      header: ['序号', '姓名', ...MONTHS_OF_YEAR.map((month) => `${month}月`), '全年应交（元）', '已交（元）', '未交（元）'],
      rows: ledger.rows.map(gridRow),
      columnWidths: [6, 10, ...MONTHS_OF_YEAR.map(() => 9), 14, 12, 12],
    },
    {
      name: DETAIL_SHEET_NAME,
      header: ['姓名', '月份', '应交（元）', '实交（元）', '交纳日期', '交纳方式', '预交', '状态'],
      rows: detailRows(ledger.rows),
      columnWidths: [10, 8, 12, 12, 12, 10, 6, 10],
    },
    {
      name: QUARTER_SHEET_NAME,
      header: ['季度', '应收（元）', '实收（元）', '未收（元）', '交齐人数', '上缴期限', '上缴日期', '上缴金额（元）', '收据号'],
      rows: QUARTERS.map((quarter) => quarterRow(ledger, quarter)),
      columnWidths: [10, 12, 12, 12, 10, 12, 12, 14, 16],
    },
  ]);
}
