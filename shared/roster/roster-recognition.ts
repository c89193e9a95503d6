/**
 * Which roster column each column of a secretary's own spreadsheet is. Hospitals name
 * their columns in many ways (人员类别, 党员类别, 政治面貌, 类别…), and one name can mean
 * two things: in a roster 党员类别 is usually 正式党员/预备党员, while the dues screens use
 * it for 在职/离退休. So a column is recognised by its header and by its values: a column
 * of 正式党员/预备党员 is the member category whatever it is called, a column of
 * 在职/离退休 is whether the member is retired. Pure: rows of cells in, a plan out.
 */
import {
  ROSTER_COLUMNS,
  cellText,
  headerMatcher,
  isBlankCell,
  isSilentlyIgnoredHeader,
  parseNameCell,
  parseStageCell,
  type CellValue,
  type RosterColumn,
  type SheetColumn,
} from './roster-columns';

/** How a column was recognised: by its header, by its values, or both agreeing. */
export type Recognition = 'header' | 'values' | 'both';

export interface RecognisedColumn<C extends SheetColumn = RosterColumn> {
  /** 0-based index in the row. */
  index: number;
  column: C;
  /** The header as the sheet writes it. */
  text: string;
  how: Recognition;
}

export interface RecognisedHeader<C extends SheetColumn = RosterColumn> {
  columns: RecognisedColumn<C>[];
  /** Header texts that name no roster column; their cells are ignored. (序号 is ignored without a mention.) */
  unknown: string[];
  /** Headers of columns that appear twice; only one is read. */
  duplicates: string[];
}

/** What the values of a column say it is, when they say it clearly. */
type ValueKind = 'stage' | 'retired' | 'idNumber';

/** The words of a 在职/离退休 column (是/否 alone says nothing about which question was asked). */
const RETIREMENT_WORDS = new Set(['在职', '离退休', '退休', '离休', '已退休', '在岗', '退休返聘']);

/** An 18-character ID number as text, or one Excel turned into a number (1.10101199001011E+17). */
function looksLikeIdNumber(cell: CellValue): boolean {
  if (typeof cell === 'number') return cell >= 1e16 && cell < 1e18;
  const text = cellText(cell).normalize('NFKC').replace(/\s+/g, '');
  return /^\d{17}[\dXx]$/.test(text) || /^\d(?:\.\d+)?E\+1[67]$/i.test(text);
}

/** A share of a column's filled cells that must agree before its values decide what it is. */
const CLEAR_SHARE = 0.8;

function valueKindOf(cells: readonly CellValue[]): ValueKind | undefined {
  const filled = cells.filter((cell) => !isBlankCell(cell));
  if (filled.length === 0) return undefined;
  const share = (test: (cell: CellValue) => boolean) => filled.filter(test).length / filled.length;
  if (share((cell) => RETIREMENT_WORDS.has(cellText(cell).replace(/\s+/g, ''))) >= CLEAR_SHARE) return 'retired';
  if (share((cell) => { const stage = parseStageCell(cell); return stage.ok && stage.value !== ''; }) >= CLEAR_SHARE) return 'stage';
  if (share(looksLikeIdNumber) >= CLEAR_SHARE) return 'idNumber';
  return undefined;
}

/** The roster field a kind of values belongs to; a sheet without that column does not read values as it. */
const VALUE_FIELDS: Record<ValueKind, RosterColumn['field']> = { stage: 'stage', retired: 'retired', idNumber: 'idNumber' };

/** Distinct filled values: of two columns that both hold categories, the one that tells people apart wins. */
function distinctValues(cells: readonly CellValue[]): number {
  return new Set(cells.filter((cell) => !isBlankCell(cell)).map((cell) => cellText(cell))).size;
}

type Candidate<C extends SheetColumn> = RecognisedColumn<C> & { score: number };

/**
 * The columns of a header row, read with the data rows below it, for any sheet the app
 * imports (`columns`: the roster's, or another sheet's that reuses some of them). The
 * values of a column decide when they clearly hold member categories or 在职/离退休
 * (overriding the header), or ID numbers under a header that names nothing; otherwise the
 * header does. When two columns claim one column, the one whose header and values agree
 * wins, then the one with more distinct values, then the first.
 */
export function recogniseColumns<C extends SheetColumn>(
  columns: readonly C[],
  headerRow: readonly CellValue[],
  dataRows: readonly (readonly CellValue[])[],
): RecognisedHeader<C> {
  const matchHeader = headerMatcher(columns);
  const valueColumn = (kind: ValueKind) => columns.find((column) => column.field === VALUE_FIELDS[kind]);
  const result: RecognisedHeader<C> = { columns: [], unknown: [], duplicates: [] };
  const candidates: Candidate<C>[] = [];
  headerRow.forEach((cell, index) => {
    const text = cellText(cell);
    if (text === '') return;
    const cells = dataRows.map((row) => row[index] ?? null);
    const byHeader = matchHeader(cell);
    const kind = valueKindOf(cells);
    const byValues = kind && (kind !== 'idNumber' || !byHeader) ? valueColumn(kind) : undefined;
    const column = byValues ?? byHeader;
    if (!column) {
      if (!isSilentlyIgnoredHeader(cell)) result.unknown.push(text);
      return;
    }
    const how: Recognition = byValues ? (byHeader === byValues ? 'both' : 'values') : 'header';
    const score = (how === 'both' ? 2 : how === 'values' ? 1 : 0) * 1000 + (byValues ? distinctValues(cells) : 0);
    candidates.push({ index, column, text, how, score });
  });
  const winners = new Map<C, Candidate<C>>();
  for (const candidate of candidates) {
    const held = winners.get(candidate.column);
    if (!held || candidate.score > held.score) winners.set(candidate.column, candidate);
  }
  for (const candidate of candidates) {
    if (winners.get(candidate.column) === candidate) result.columns.push({ index: candidate.index, column: candidate.column, text: candidate.text, how: candidate.how });
    else result.duplicates.push(candidate.text);
  }
  return result;
}

/** The roster columns of a header row (recogniseColumns over the roster's columns). */
export function recogniseRosterColumns(headerRow: readonly CellValue[], dataRows: readonly (readonly CellValue[])[]): RecognisedHeader {
  return recogniseColumns(ROSTER_COLUMNS, headerRow, dataRows);
}

/** The notice for a column read by its values under another name, e.g. 党员类别 read as 人员类别. */
export function recognitionNotice(column: RecognisedColumn<SheetColumn>): string | undefined {
  if (column.how !== 'values') return undefined;
  const what: Partial<Record<string, string>> = {
    stage: '正式党员、预备党员等',
    retired: '在职、离退休',
    idNumber: '身份证号',
  };
  return `“${column.text}”列的内容是${what[column.column.field] ?? column.column.header}，已按“${column.column.header}”读取。`;
}

/** Every header a column is recognised by, the template's first. */
export function acceptedHeaders(column: SheetColumn): string[] {
  return [column.header, ...column.aliases];
}

// ---------------------------------------------------------------------------
// The header row of a sheet, and what was seen in it

/** Rows searched for the header: a sheet may have title rows above it (“某某党支部党员名册”, a date, a unit). */
export const HEADER_SEARCH_ROWS = 10;

/** The 0-based index of the first row (within the first 10) with a cell naming `key`, or -1. */
export function findHeaderRow<C extends SheetColumn>(rows: readonly (readonly CellValue[])[], columns: readonly C[], key: C): number {
  const matchHeader = headerMatcher(columns);
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let index = 0; index < limit; index++) {
    if ((rows[index] ?? []).some((cell) => matchHeader(cell) === key)) return index;
  }
  return -1;
}

export interface HeaderReport {
  /** Columns understood: the sheet's header, the column's own header, and how it was recognised. */
  recognised: { text: string; header: string; how: Recognition }[];
  /** Headers that name no column of the sheet. */
  unknown: string[];
  /** Required columns not found, with every header that would be understood. */
  missing: { header: string; accepted: string[] }[];
}

/** What a header row was read as, to show beside the reason a sheet was refused. */
export function headerReportOf<C extends SheetColumn>(header: RecognisedHeader<C>, missing: readonly SheetColumn[]): HeaderReport {
  return {
    recognised: header.columns.map(({ text, column, how }) => ({ text, header: column.header, how })),
    unknown: header.unknown,
    missing: missing.map((column) => ({ header: column.header, accepted: acceptedHeaders(column) })),
  };
}

/** What the first rows hold, for a sheet whose header row was not found. */
export function firstRowsSeen(rows: readonly (readonly CellValue[])[]): string {
  const texts = rows.slice(0, 3).map((row) => row.map((cell) => cellText(cell)).filter((text) => text !== '').slice(0, 8).join('、'));
  return texts.map((text, index) => `第 ${index + 1} 行：${text || '（空）'}`).join('；');
}

/** The notices a recognised header gives: columns read by their values, ignored and duplicate columns. */
export function headerNotices<C extends SheetColumn>(header: RecognisedHeader<C>, notContent: string): string[] {
  const notices = header.columns.flatMap((column) => recognitionNotice(column) ?? []);
  if (header.unknown.length > 0) notices.push(`以下列不是${notContent}的内容，已忽略：${header.unknown.join('、')}。`);
  for (const duplicate of header.duplicates) notices.push(`“${duplicate}”列与另一列内容相同，只读取了其中一列。`);
  return notices;
}

/** 姓名, else the ID number as written, else nothing: who a row is about, so an error row can be found without Excel. */
export function rowLabel(row: readonly CellValue[], columns: readonly { index: number; column: SheetColumn }[]): string {
  const text = (field: string) => {
    const found = columns.find(({ column }) => column.field === field);
    return found ? cellText(row[found.index] ?? null) : '';
  };
  return parseNameCell(text('name')) || text('idNumber');
}
