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
  isBlankCell,
  isSilentlyIgnoredHeader,
  matchRosterHeader,
  parseStageCell,
  type CellValue,
  type RosterColumn,
} from './roster-columns';

/** How a column was recognised: by its header, by its values, or both agreeing. */
export type Recognition = 'header' | 'values' | 'both';

export interface RecognisedColumn {
  /** 0-based index in the row. */
  index: number;
  column: RosterColumn;
  /** The header as the sheet writes it. */
  text: string;
  how: Recognition;
}

export interface RecognisedHeader {
  columns: RecognisedColumn[];
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

const columnOfField = (field: RosterColumn['field']) => ROSTER_COLUMNS.find((column) => column.field === field)!;
const VALUE_COLUMNS: Record<ValueKind, RosterColumn> = {
  stage: columnOfField('stage'),
  retired: columnOfField('retired'),
  idNumber: columnOfField('idNumber'),
};

/** Distinct filled values: of two columns that both hold categories, the one that tells people apart wins. */
function distinctValues(cells: readonly CellValue[]): number {
  return new Set(cells.filter((cell) => !isBlankCell(cell)).map((cell) => cellText(cell))).size;
}

interface Candidate extends RecognisedColumn {
  score: number;
}

/**
 * The roster columns of a header row, read with the data rows below it. The values of a
 * column decide when they clearly hold member categories or 在职/离退休 (overriding the
 * header), or ID numbers under a header that names nothing; otherwise the header does.
 * When two columns claim one roster column, the one whose header and values agree wins,
 * then the one with more distinct values, then the first.
 */
export function recogniseRosterColumns(headerRow: readonly CellValue[], dataRows: readonly (readonly CellValue[])[]): RecognisedHeader {
  const result: RecognisedHeader = { columns: [], unknown: [], duplicates: [] };
  const candidates: Candidate[] = [];
  headerRow.forEach((cell, index) => {
    const text = cellText(cell);
    if (text === '') return;
    const cells = dataRows.map((row) => row[index] ?? null);
    const byHeader = matchRosterHeader(cell);
    const kind = valueKindOf(cells);
    const byValues = kind && (kind !== 'idNumber' || !byHeader) ? VALUE_COLUMNS[kind] : undefined;
    const column = byValues ?? byHeader;
    if (!column) {
      if (!isSilentlyIgnoredHeader(cell)) result.unknown.push(text);
      return;
    }
    const how: Recognition = byValues ? (byHeader === byValues ? 'both' : 'values') : 'header';
    const score = (how === 'both' ? 2 : how === 'values' ? 1 : 0) * 1000 + (byValues ? distinctValues(cells) : 0);
    candidates.push({ index, column, text, how, score });
  });
  const winners = new Map<RosterColumn, Candidate>();
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

/** The notice for a column read by its values under another name, e.g. 党员类别 read as 人员类别. */
export function recognitionNotice(column: RecognisedColumn): string | undefined {
  if (column.how !== 'values') return undefined;
  const what: Partial<Record<RosterColumn['field'], string>> = {
    stage: '正式党员、预备党员等',
    retired: '在职、离退休',
    idNumber: '身份证号',
  };
  return `“${column.text}”列的内容是${what[column.column.field] ?? column.column.header}，已按“${column.column.header}”读取。`;
}

/** Every header a roster column is recognised by, the template's first. */
export function acceptedHeaders(column: RosterColumn): string[] {
  return [column.header, ...column.aliases];
}
