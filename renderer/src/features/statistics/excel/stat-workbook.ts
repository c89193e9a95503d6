import { yearMonthDayText } from '../../../../../shared/dates';
import { headerGroups, type StatColumn, type StatRow, type StatTable } from '../../../../../shared/statistics/stat-table';
import { writeStyledWorkbook, type StyledCell, type StyledSheet } from '../../../shell/workbook';

/** Who fills the report in, for its head and foot (the 组织部's layout: 填报单位, 统计期, 填报人, 填报日期). */
export interface ReportSigning {
  unit: string;
  filledBy: string;
  /** YYYY-MM-DD */
  filledOn: string;
}

const HEADER_FILL = '#DDEBF7';
const TOTAL_FILL = '#F2F2F2';
/** Rows above the data: title, unit and period, two header rows. Frozen with the names column. */
const HEAD_ROWS = 4;

const FORMATS: Record<StatColumn['kind'], string | undefined> = { count: '0', hours: '0.0', money: '0.00', ratio: '0.0%' };

/** A cell's number as Excel should hold it: money in 元 (the model keeps 分), ratios as fractions with a percent format. */
function valueCell(column: StatColumn, value: number | null, bold: boolean): StyledCell {
  if (value === null) return { value: '—', align: 'center', border: true, bold };
  const format = column.kind === 'ratio' && column.ratio?.percent === false ? '0.0' : FORMATS[column.kind];
  return { value: column.kind === 'money' ? value / 100 : value, format, align: 'right', border: true, bold, ...(bold ? { fill: TOTAL_FILL } : {}) };
}

const header = (value: string, span: { columnSpan?: number; rowSpan?: number } = {}): StyledCell => ({ value, ...span, bold: true, align: 'center', fill: HEADER_FILL, border: true, wrap: true });

function headerRows(table: StatTable): (StyledCell | null)[][] {
  const top: (StyledCell | null)[] = [header('单位', { rowSpan: 2 })];
  const bottom: (StyledCell | null)[] = [null];
  for (const group of headerGroups(table.columns)) {
    if (group.group === '') {
      top.push(header(group.columns[0]!.label, { rowSpan: 2 }));
      bottom.push(null);
      continue;
    }
    top.push(header(group.group, { columnSpan: group.columns.length }), ...group.columns.slice(1).map(() => null));
    bottom.push(...group.columns.map((column) => header(column.label)));
  }
  return [top, bottom];
}

function dataRow(table: StatTable, row: StatRow, total: boolean): StyledCell[] {
  return [
    { value: row.label, border: true, bold: total, ...(total ? { fill: TOTAL_FILL, align: 'center' as const } : {}) },
    ...table.columns.map((column) => valueCell(column, row.cells[column.key]!.value, total)),
  ];
}

const merged = (width: number, cell: StyledCell): (StyledCell | null)[] => [{ ...cell, columnSpan: width }, ...Array.from({ length: width - 1 }, () => null)];

/** One table as a sheet a 组织部 recognises: title, 填报单位 and 统计期, merged headers, the branches, 合计, notes, 填报人 and date. */
export function statSheet(table: StatTable, signing: ReportSigning, name = table.title): StyledSheet {
  const width = table.columns.length + 1;
  const rows: (StyledCell | null)[][] = [
    merged(width, { value: table.title, bold: true, fontSize: 16, align: 'center' }),
    merged(width, { value: `填报单位：${signing.unit}　　统计期：${table.periodLabel}`, align: 'left' }),
    ...headerRows(table),
    ...table.rows.map((row) => dataRow(table, row, false)),
    dataRow(table, table.total, true),
    merged(width, { value: `依据：${table.basis}`, wrap: true }),
    ...table.notes.map((note) => merged(width, { value: `注：${note}`, wrap: true })),
    merged(width, { value: `填报人：${signing.filledBy}　　填报日期：${signing.filledOn}`, align: 'right' }),
  ];
  return {
    name,
    rows,
    columnWidths: [24, ...table.columns.map((column) => (column.kind === 'money' ? 11 : 8))],
    stickyRows: HEAD_ROWS,
    stickyColumns: 1,
    landscape: width > 9,
  };
}

/** The workbook of one or more tables, a sheet each: 导出 Excel of one table, or the 党建工作信息 report of them all. */
export function statWorkbook(tables: readonly StatTable[], signing: ReportSigning): Promise<Uint8Array> {
  return writeStyledWorkbook(tables.map((table) => statSheet(table, signing)));
}

/** Where the data rows start in a written sheet (1-based Excel row of the first branch): what a reader of the file needs. */
export const FIRST_DATA_ROW = HEAD_ROWS + 1;

/** The cover's sheet name, and a table's: 表1 党员队伍基本情况 … as a 党内统计 report numbers them. */
export const COVER_SHEET_NAME = '封面及目录';
export const yearEndSheetName = (index: number, table: StatTable) => `表${index + 1} ${table.title}`;

/** The year-end report's first sheet: title, unit, 统计时点, who and when, then the list of the tables. */
function coverSheet(title: string, year: number, tables: readonly StatTable[], signing: ReportSigning, caveat: string | null): StyledSheet {
  const width = 4;
  const line = (value: string) => merged(width, { value, align: 'left' });
  const cell = (value: string | number, more: Partial<StyledCell> = {}): StyledCell => ({ value, border: true, ...more });
  return {
    name: COVER_SHEET_NAME,
    rows: [
      merged(width, { value: title, bold: true, fontSize: 18, align: 'center' }),
      line(`填报单位：${signing.unit}`),
      line(`统计时点：${yearMonthDayText(`${year}-12-31`)}（时期数为${year}年1月1日至12月31日）`),
      line(`填报人：${signing.filledBy}　　填报日期：${signing.filledOn}`),
      ...(caveat ? [line(`说明：${caveat}`)] : []),
      [header('序号'), header('表名'), header('统计期或时点'), header('依据')],
      ...tables.map((table, index) => [cell(index + 1, { align: 'center' }), cell(yearEndSheetName(index, table)), cell(table.periodLabel), cell(table.basis, { wrap: true })]),
    ],
    columnWidths: [6, 34, 16, 70],
    stickyRows: 0,
    stickyColumns: 0,
    landscape: false,
  };
}

/** The year-end 党内统计 workbook: the cover with its list, then a numbered sheet per table. */
export function yearEndWorkbook(title: string, year: number, tables: readonly StatTable[], signing: ReportSigning, caveat: string | null): Promise<Uint8Array> {
  return writeStyledWorkbook([coverSheet(title, year, tables, signing, caveat), ...tables.map((table, index) => statSheet(table, signing, yearEndSheetName(index, table)))]);
}
