/**
 * .xlsx reading and writing for the renderer, over read-excel-file and
 * write-excel-file (both pure JavaScript on fflate: no eval, no network, no Node
 * built-ins, so the same code runs bundled in Chromium under the app's CSP and in
 * Node under Vitest). Everything spreadsheet-shaped above this file deals in plain
 * CellValue rows; nothing else imports the libraries.
 */
import { readSheet } from 'read-excel-file/universal';
import writeXlsxFile, { type Cell, type CellObject, type SheetData } from 'write-excel-file/universal';
import type { CellValue } from '../../../shared/roster/roster-columns';

export type { CellValue } from '../../../shared/roster/roster-columns';

/** The open-file filter of every Excel import. */
export const XLSX_FILTER = [{ name: 'Excel 工作簿', extensions: ['xlsx'] }];

export const INVALID_XLSX_MESSAGE = '无法读取该文件：不是有效的 Excel（.xlsx）文件。';
export const LEGACY_XLS_MESSAGE =
  '无法读取该文件：这是旧版 Excel（.xls）文件或加了密码的文件。请在 Excel 或 WPS 中去掉密码、“另存为” Excel 工作簿（.xlsx）后再导入。';

/** A file that cannot be read as a workbook; the message is for the user. */
export class WorkbookReadError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'WorkbookReadError';
  }
}

/** The signature of the OLE2 compound files of .xls and of password-protected .xlsx. */
const OLE2_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function isOle2(bytes: Uint8Array): boolean {
  return OLE2_SIGNATURE.every((byte, index) => bytes[index] === byte);
}

function toCellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  return String(value);
}

/**
 * The cells of the first worksheet, row 1 first, column A first: an empty row or
 * column in front stays in place, so `rows[i]` is Excel row i + 1. Date cells come
 * back as Date objects at UTC midnight of the day shown; trailing empty rows are dropped.
 */
export async function readWorkbookRows(bytes: Uint8Array): Promise<CellValue[][]> {
  if (isOle2(bytes)) throw new WorkbookReadError(LEGACY_XLS_MESSAGE);
  // A copy, so that a view into a larger buffer hands the reader exactly its bytes.
  const buffer = bytes.slice().buffer;
  let data: unknown[][];
  try {
    data = (await readSheet(buffer)) as unknown[][];
  } catch (error) {
    throw new WorkbookReadError(INVALID_XLSX_MESSAGE, { cause: error });
  }
  const rows = data.map((row) => row.map(toCellValue));
  while (rows.length > 0 && rows[rows.length - 1]!.every((cell) => cell === null || cell === '')) rows.pop();
  return rows;
}

/** The rows of a file the user picked, or the Chinese reason it is not a readable workbook. */
export async function readUploadedRows(bytes: Uint8Array): Promise<{ ok: true; rows: CellValue[][] } | { ok: false; problem: string }> {
  try {
    return { ok: true, rows: await readWorkbookRows(bytes) };
  } catch (error) {
    if (error instanceof WorkbookReadError) return { ok: false, problem: error.message };
    throw error;
  }
}

export interface WorkbookSheet {
  /** Tab name; Excel allows at most 31 characters and none of \ / ? * [ ] : */
  name: string;
  /** The first row, written bold on a shaded background and frozen while scrolling. */
  header: string[];
  rows: CellValue[][];
  /** Column widths in characters (a Chinese character counts about 2). */
  columnWidths?: number[];
  /**
   * 0-based columns formatted as Excel text ('@'), so that what a user types later
   * (an ID number, a phone number) stays text instead of becoming a rounded number.
   */
  textColumns?: number[];
  /** Data rows to prepare with the text format even when empty (for templates). */
  preparedRows?: number;
  /** Wrap long text in data cells (for explanation sheets). */
  wrapText?: boolean;
}

const DATE_FORMAT = 'yyyy-mm-dd';
const HEADER_STYLE = { fontWeight: 'bold', backgroundColor: '#DDEBF7', align: 'center' } as const;

function sheetName(name: string): string {
  const cleaned = name.replace(/[\\/?*[\]:]/g, ' ').trim().slice(0, 31);
  return cleaned === '' ? 'Sheet1' : cleaned;
}

function dataCell(value: CellValue, asText: boolean, wrap: boolean): Cell {
  const style: Partial<CellObject> = {};
  if (asText) style.format = '@';
  if (wrap) {
    style.wrap = true;
    style.alignVertical = 'top';
  }
  if (value === null || value === undefined || value === '') return asText || wrap ? { type: String, ...style } : null;
  if (value instanceof Date) return { value, type: Date, format: DATE_FORMAT, ...(wrap ? { alignVertical: 'top' } : {}) };
  if (typeof value === 'string') return { value, type: String, ...style };
  if (typeof value === 'number') return asText ? { value: String(value), type: String, ...style } : { value, type: Number };
  return { value, type: Boolean };
}

function sheetData(sheet: WorkbookSheet): SheetData {
  const text = new Set(sheet.textColumns ?? []);
  const width = Math.max(sheet.header.length, ...sheet.rows.map((row) => row.length));
  const rowCount = Math.max(sheet.rows.length, sheet.preparedRows ?? 0);
  const data: SheetData = [sheet.header.map((title) => ({ value: title, type: String, ...HEADER_STYLE }))];
  for (let r = 0; r < rowCount; r++) {
    const row = sheet.rows[r] ?? [];
    const cells: Cell[] = [];
    for (let c = 0; c < width; c++) cells.push(dataCell(row[c] ?? null, text.has(c), sheet.wrapText === true));
    data.push(cells);
  }
  return data;
}

/** An .xlsx workbook with the given sheets, in order. */
export async function writeWorkbook(sheets: WorkbookSheet[]): Promise<Uint8Array> {
  if (sheets.length === 0) throw new RangeError('工作簿至少要有一个工作表。');
  const blob = await writeXlsxFile(
    sheets.map((sheet) => ({
      sheet: sheetName(sheet.name),
      data: sheetData(sheet),
      columns: sheet.columnWidths?.map((width) => ({ width })),
      stickyRowsCount: 1,
      dateFormat: DATE_FORMAT,
    })),
    { fontFamily: '宋体', fontSize: 11 },
  ).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

/** One cell of a laid-out sheet (a report with a title, merged headers and a total row). */
export interface StyledCell {
  value: string | number | null;
  /** Merged with the next cells of the row / the cells below (the covered places hold null). */
  columnSpan?: number;
  rowSpan?: number;
  bold?: boolean;
  align?: 'left' | 'center' | 'right';
  /** Background, e.g. '#DDEBF7'. */
  fill?: string;
  /** Excel number format, e.g. '0.00' or '0.0%'; numbers stay numbers. */
  format?: string;
  fontSize?: number;
  border?: boolean;
  wrap?: boolean;
}

export interface StyledSheet {
  name: string;
  /** Rows of cells; null where a merged cell covers the place, or for nothing. */
  rows: (StyledCell | null)[][];
  columnWidths: number[];
  /** Rows and columns frozen while scrolling (the title and headers, the names). */
  stickyRows: number;
  stickyColumns: number;
  landscape: boolean;
}

function styledCell(cell: StyledCell | null): Cell {
  if (!cell) return null;
  const style: Partial<CellObject> = {
    ...(cell.columnSpan && cell.columnSpan > 1 ? { columnSpan: cell.columnSpan } : {}),
    ...(cell.rowSpan && cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}),
    ...(cell.bold ? { fontWeight: 'bold' as const } : {}),
    ...(cell.align ? { align: cell.align } : {}),
    ...(cell.fill ? { backgroundColor: cell.fill } : {}),
    ...(cell.format ? { format: cell.format } : {}),
    ...(cell.fontSize ? { fontSize: cell.fontSize } : {}),
    ...(cell.border ? { borderStyle: 'thin' as const, borderColor: '#000000' } : {}),
    ...(cell.wrap ? { wrap: true } : {}),
    alignVertical: 'center' as const,
  };
  if (cell.value === null) return { type: String, ...style };
  return typeof cell.value === 'number' ? { value: cell.value, type: Number, ...style } : { value: cell.value, type: String, ...style };
}

/** An .xlsx workbook of laid-out sheets: merged cells, styles, number formats, frozen panes, page orientation. */
export async function writeStyledWorkbook(sheets: StyledSheet[]): Promise<Uint8Array> {
  if (sheets.length === 0) throw new RangeError('工作簿至少要有一个工作表。');
  const blob = await writeXlsxFile(
    sheets.map((sheet) => ({
      sheet: sheetName(sheet.name),
      data: sheet.rows.map((row) => row.map(styledCell)),
      columns: sheet.columnWidths.map((width) => ({ width })),
      stickyRowsCount: sheet.stickyRows,
      stickyColumnsCount: sheet.stickyColumns,
      ...(sheet.landscape ? { orientation: 'landscape' as const } : {}),
    })),
    { fontFamily: '宋体', fontSize: 10 },
  ).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
