/**
 * The year so far, from a secretary's own spreadsheet: per member the 学时 completed this
 * year before the app (期初学时) and the dues paid so far (党费已交至 a month, with the amount
 * the paper book shows). The header is found and its columns recognised by the roster's
 * machinery (roster-recognition.ts), so the same synonyms, merged title rows and
 * Excel-rounded ID numbers are handled alike. Pure, in two steps like the roster:
 * parseYearSoFarRows reads each row and finds its member, planYearSoFar sets the rows
 * against what is stored. Nothing is written here.
 */
import { yuanAmount } from '../dues/dues-amount';
import { openingPayments, type DuesPaymentWrite } from '../dues/dues-payments';
import type { MemberDuesInput } from '../dues/dues-ledger';
import type { DuesRules } from '../rules/rule-set';
import { openingHoursError } from '../study/note-validation';
import type { MemberRecord } from '../members/member';
import {
  cellText,
  isBlankCell,
  parseIdNumberCell,
  parseNameCell,
  rosterColumnByHeader,
  type CellValue,
  type SheetColumn,
} from './roster-columns';
import {
  HEADER_SEARCH_ROWS,
  acceptedHeaders,
  findHeaderRow,
  firstRowsSeen,
  headerNotices,
  headerReportOf,
  recogniseColumns,
  rowLabel,
  type HeaderReport,
} from './roster-recognition';
import type { RosterCellError } from './roster-import';

type YearField = 'name' | 'idNumber' | 'openingHours' | 'duesPaidThrough' | 'duesPaidFen';

const NAME_COLUMN = rosterColumnByHeader('姓名');
const ID_COLUMN = rosterColumnByHeader('身份证号');

const column = (header: string, field: YearField, aliases: string[]): SheetColumn<YearField> => ({ header, aliases, field, required: false });

/** The sheet's columns: the roster's 姓名 and 身份证号 (same synonyms) to find the member, then the year so far. */
export const YEAR_SO_FAR_COLUMNS: readonly SheetColumn[] = [
  NAME_COLUMN,
  ID_COLUMN,
  column('期初学时', 'openingHours', ['本年已完成学时', '已完成学时', '本年学时', '已学学时', '累计学时', '本年累计学时', '学时', '学习学时', '学时数', '已获学时']),
  column('党费已交至', 'duesPaidThrough', ['党费交至', '已交至', '党费已交至月份', '党费交至月份', '已交至月份', '党费缴至', '党费已缴至', '缴至月份', '已交月份', '党费已交月份']),
  column('本年已交党费', 'duesPaidFen', ['已交党费', '已交党费金额', '本年已交党费金额', '党费已交金额', '已交金额', '已缴党费', '本年已缴党费', '党费金额']),
];

const columnOf = (field: YearField) => YEAR_SO_FAR_COLUMNS.find((candidate) => candidate.field === field)!;

export interface YearSoFarRow {
  rowNumber: number;
  /** Who the row is about as the sheet says it (姓名, else 身份证号). */
  label: string;
  /** The member found, when the row has no error. */
  member?: MemberRecord;
  /** 期初学时; undefined when the cell is blank. */
  openingHours?: number;
  /** 党费已交至: the last month paid (1–12); undefined when blank, 0 when nothing was paid. */
  paidThrough?: number;
  /** 本年已交党费 in 分; null when blank. */
  paidFen: number | null;
  errors: RosterCellError[];
}

export interface ParsedYearSoFar {
  /** Why the sheet cannot be read at all; rows is then empty. */
  headerErrors: string[];
  headerReport?: HeaderReport;
  notices: string[];
  /** Which of the year's columns the sheet has. */
  has: { openingHours: boolean; dues: boolean };
  rows: YearSoFarRow[];
}

export interface YearSoFarContext {
  year: number;
  /** YYYY-MM-DD: 党费已交至 a later month than today's is refused (paying ahead is entered in 党费). */
  today: string;
  /** The branch's live members, to find each row's person. */
  members: readonly MemberRecord[];
}

const ok = <T>(value: T) => ({ ok: true as const, value });
const fail = (message: string) => ({ ok: false as const, message });

/** 12, 12.5, “12.5学时”. */
export function parseHoursCell(cell: CellValue): { ok: true; value: number } | { ok: false; message: string } {
  const text = cellText(cell).normalize('NFKC').replace(/\s+/g, '').replace(/(学时|小时|课时|h)$/i, '');
  const hours = typeof cell === 'number' ? cell : /^\d+(?:\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
  if (Number.isNaN(hours)) return fail(`“${cellText(cell)}”不是学时数，请填写数字，如 12 或 12.5。`);
  const problem = openingHoursError(hours);
  return problem ? fail(problem) : ok(hours);
}

/** 6, “6月”, “1-6月”, “至6月”, 2026-06, “2026年6月”, a date cell: the last month paid of `year`; 0 or 未交 for none. */
export function parsePaidThroughCell(cell: CellValue, year: number): { ok: true; value: number } | { ok: false; message: string } {
  const shown = cellText(cell);
  const invalid = fail(`“${shown}”看不出交到了哪个月，请填写月份，如 6 或 6月（表示 1 月至 6 月已交）。`);
  let month: number | undefined;
  let inYear = year;
  if (cell instanceof Date) [inYear, month] = [cell.getUTCFullYear(), cell.getUTCMonth() + 1];
  else if (typeof cell === 'number') month = Number.isInteger(cell) ? cell : undefined;
  else {
    const text = shown.normalize('NFKC').replace(/\s+/g, '').replace(/^(?:已交至|交至|至)/, '').replace(/份$/, '');
    if (text === '未交' || text === '无') return ok(0);
    const plain = /^(?:\d{1,2}[-~—–至到])?(\d{1,2})月?$/.exec(text);
    const dated = /^(\d{4})(?:年|[-./])(\d{1,2})(?:月|[-./]\d{1,2}日?)?$/.exec(text);
    if (plain) month = Number(plain[1]);
    else if (dated) [inYear, month] = [Number(dated[1]), Number(dated[2])];
  }
  if (month === undefined || month < 0 || month > 12) return invalid;
  if (inYear !== year) return fail(`“${shown}”不是 ${year} 年的月份：这里只登记本年已交到哪个月。`);
  return ok(month);
}

/** 450, “450.00”, “450元”, “￥450”: 元 → 分. */
export function parseYuanCell(cell: CellValue): { ok: true; value: number } | { ok: false; message: string } {
  const text = cellText(cell).normalize('NFKC').replace(/[\s,¥￥]/g, '').replace(/元$/, '');
  const yuan = typeof cell === 'number' ? cell : /^\d+(?:\.\d{1,2})?$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isFinite(yuan) || yuan < 0) return fail(`“${cellText(cell)}”不是金额，请填写元数，如 450 或 450.50。`);
  return ok(Math.round(yuan * 100));
}

type MemberMatch = { ok: true; member: MemberRecord } | { ok: false; error: RosterCellError };

/** The member a row is about: by ID number when it is usable, else by a name only one member has. */
function findMember(name: string, idCell: CellValue, members: readonly MemberRecord[], notes: { roundedId: boolean }): MemberMatch {
  const id = isBlankCell(idCell) ? undefined : parseIdNumberCell(idCell);
  if (id && id.ok && id.value !== '') {
    const byId = members.find((member) => member.idNumber.toUpperCase() === id.value);
    if (byId) {
      if (name !== '' && name !== byId.name) return { ok: false, error: { column: NAME_COLUMN.header, message: `身份证号是名册中“${byId.name}”的，与姓名“${name}”不一致。` } };
      return { ok: true, member: byId };
    }
    if (name === '') return { ok: false, error: { column: ID_COLUMN.header, message: `名册中没有身份证号为 ${id.value} 的人员：请先导入党员名册。` } };
  }
  // An ID number Excel rounded cannot say who it is; the name still can.
  if (id && !id.ok) notes.roundedId = true;
  if (name === '') return { ok: false, error: { column: NAME_COLUMN.header, message: '请填写姓名。' } };
  const byName = members.filter((member) => member.name === name);
  if (byName.length === 1) return { ok: true, member: byName[0]! };
  if (byName.length === 0) return { ok: false, error: { column: NAME_COLUMN.header, message: `名册中没有“${name}”：请先导入党员名册，或核对姓名。` } };
  const why = id && !id.ok ? '，而这一行的身份证号被 Excel 存成了数字、后几位已丢失' : '';
  return { ok: false, error: { column: ID_COLUMN.header, message: `名册中有 ${byName.length} 位“${name}”${why}：请填写正确的身份证号（文本格式）以区分。` } };
}

/**
 * Reads a year-so-far sheet: the header is the first row (within the first 10, below any
 * merged title rows) with a 姓名 column; it needs 期初学时 or 党费已交至 (or both). Rows with
 * nothing in any recognised column are skipped; each other row finds its member or says why not.
 */
export function parseYearSoFarRows(rows: readonly (readonly CellValue[])[], context: YearSoFarContext): ParsedYearSoFar {
  const parsed: ParsedYearSoFar = { headerErrors: [], notices: [], has: { openingHours: false, dues: false }, rows: [] };
  const headerIndex = findHeaderRow(rows, YEAR_SO_FAR_COLUMNS, NAME_COLUMN);
  if (headerIndex === -1) {
    parsed.headerErrors.push(
      `前 ${HEADER_SEARCH_ROWS} 行中找不到“姓名”列（可写作：${acceptedHeaders(NAME_COLUMN).join('、')}）。表中看到的是——${firstRowsSeen(rows)}。请使用“下载填写表”得到的表头。`,
    );
    return parsed;
  }
  const dataRows = rows.slice(headerIndex + 1);
  const header = recogniseColumns(YEAR_SO_FAR_COLUMNS, rows[headerIndex]!, dataRows);
  const at = (field: YearField) => header.columns.find(({ column }) => column.field === field)?.index;
  parsed.has = { openingHours: at('openingHours') !== undefined, dues: at('duesPaidThrough') !== undefined };
  const missing = parsed.has.openingHours || parsed.has.dues ? [] : [columnOf('openingHours'), columnOf('duesPaidThrough')];
  parsed.headerReport = headerReportOf(header, missing);
  if (missing.length > 0) parsed.headerErrors.push('表中既没有“期初学时”列，也没有“党费已交至”列，没有可以导入的内容。');
  if (at('duesPaidFen') !== undefined && !parsed.has.dues) parsed.headerErrors.push('有“本年已交党费”列，但没有“党费已交至”列：请写明交到了哪个月。');
  parsed.notices.push(...headerNotices(header, '本表'));
  if (parsed.headerErrors.length > 0) return parsed;

  const notes = { roundedId: false };
  const cellAt = (row: readonly CellValue[], field: YearField) => {
    const index = at(field);
    return index === undefined ? null : (row[index] ?? null);
  };
  const seen = new Map<string, number>();
  dataRows.forEach((row, offset) => {
    const rowNumber = headerIndex + 2 + offset;
    if (header.columns.every(({ index }) => isBlankCell(row[index] ?? null))) return;
    const errors: RosterCellError[] = [];
    const read = <T>(field: YearField, parse: (cell: CellValue) => { ok: true; value: T } | { ok: false; message: string }): T | undefined => {
      const cell = cellAt(row, field);
      if (isBlankCell(cell)) return undefined;
      const result = parse(cell);
      if (result.ok) return result.value;
      errors.push({ column: columnOf(field).header, message: result.message });
      return undefined;
    };
    const openingHours = read('openingHours', parseHoursCell);
    const paidThrough = read('duesPaidThrough', (cell) => parsePaidThroughCell(cell, context.year));
    const paidFen = read('duesPaidFen', parseYuanCell) ?? null;
    const currentMonth = context.today.startsWith(`${context.year}-`) ? Number(context.today.slice(5, 7)) : 12;
    if (paidThrough !== undefined && paidThrough > currentMonth) {
      errors.push({ column: '党费已交至', message: `交至 ${paidThrough} 月晚于本月：这里只登记已经交纳的月份，预交请在“党费”中登记。` });
    }
    if (paidFen !== null && paidFen > 0 && paidThrough === 0) errors.push({ column: '本年已交党费', message: '“党费已交至”为 0（未交），却填写了已交金额。' });
    const match = findMember(parseNameCell(cellAt(row, 'name')), cellAt(row, 'idNumber'), context.members, notes);
    if (!match.ok) errors.unshift(match.error);
    else if (seen.has(match.member.id)) errors.unshift({ column: NAME_COLUMN.header, message: `与第 ${seen.get(match.member.id)} 行是名册中的同一人（${match.member.name}），同一人只能有一行。` });
    else seen.set(match.member.id, rowNumber);
    parsed.rows.push({
      rowNumber,
      label: rowLabel(row, header.columns),
      ...(errors.length === 0 && match.ok ? { member: match.member } : {}),
      ...(openingHours !== undefined ? { openingHours } : {}),
      ...(paidThrough !== undefined ? { paidThrough } : {}),
      paidFen,
      errors,
    });
  });
  if (notes.roundedId) parsed.notices.unshift('有的身份证号被 Excel 存成了数字、后几位已丢失，这些行已按姓名找到本人；重名的人请在表中把身份证号列设为文本格式后重新填写。');
  if (parsed.rows.length === 0) parsed.headerErrors.push(`表中没有人员数据：表头（第 ${headerIndex + 1} 行）下面应每人一行。`);
  return parsed;
}

// ---------------------------------------------------------------------------
// Planning

export interface YearSoFarPreviewRow {
  rowNumber: number;
  name: string;
  outcome: 'import' | 'unchanged' | 'error';
  /** What will be recorded, or why not. */
  details: string[];
}

export interface YearSoFarPlan {
  rows: YearSoFarPreviewRow[];
  /** 期初学时 to store (null never: a blank cell leaves a stored balance alone). */
  openingHours: { memberId: string; hours: number; name: string }[];
  duesWrites: DuesPaymentWrite[];
  summary: { rows: number; imports: number; unchanged: number; errors: number };
}

export interface YearSoFarStored {
  /** 期初学时 already stored for the year, by member. */
  openingHours: ReadonlyMap<string, number>;
  /** The ledger input of every member who owes dues, by member. */
  duesInputs: ReadonlyMap<string, MemberDuesInput>;
  duesRules: DuesRules;
}

/** Sets the rows against what is stored: which balances change, which months become 期初已交. */
export function planYearSoFar(parsed: ParsedYearSoFar, year: number, stored: YearSoFarStored): YearSoFarPlan {
  const plan: YearSoFarPlan = { rows: [], openingHours: [], duesWrites: [], summary: { rows: parsed.rows.length, imports: 0, unchanged: 0, errors: 0 } };
  for (const row of parsed.rows) {
    const name = row.member?.name ?? (row.label || '（未填姓名）');
    const errors = row.errors.map((error) => `「${error.column}」${error.message}`);
    const details: string[] = [];
    let hours: YearSoFarPlan['openingHours'][number] | undefined;
    let dues: DuesPaymentWrite | undefined;
    if (row.member && errors.length === 0) {
      const member = row.member;
      if (row.openingHours !== undefined) {
        const before = stored.openingHours.get(member.id);
        if (before !== row.openingHours) {
          hours = { memberId: member.id, hours: row.openingHours, name: member.name };
          details.push(before === undefined ? `期初学时 ${row.openingHours}` : `期初学时 ${before} → ${row.openingHours}`);
        }
      }
      if (row.paidThrough !== undefined && row.paidThrough > 0) {
        const input = stored.duesInputs.get(member.id);
        if (!input) errors.push(`「党费已交至」${member.name}不是预备党员或正式党员（或已不在本支部），不交纳党费。`);
        else {
          const result = openingPayments(input, year, row.paidThrough, row.paidFen, stored.duesRules);
          if (!result.ok) errors.push(`「党费已交至」${result.error}`);
          else if (result.payment.write) {
            dues = result.payment.write;
            const { months, paidFen } = result.payment;
            const range = months.length === 1 ? `${months[0]} 月` : `${months[0]}–${months[months.length - 1]} 月`;
            details.push(`党费 ${range}已交，共 ${yuanAmount(paidFen)} 元（期初）`);
          }
        }
      }
    }
    if (errors.length > 0) {
      plan.rows.push({ rowNumber: row.rowNumber, name, outcome: 'error', details: errors.map((error) => `第 ${row.rowNumber} 行${error}`) });
      continue;
    }
    if (hours) plan.openingHours.push(hours);
    if (dues) plan.duesWrites.push(dues);
    plan.rows.push({ rowNumber: row.rowNumber, name, outcome: hours || dues ? 'import' : 'unchanged', details: hours || dues ? details : ['与已登记的相同，或本年已有记录的月份保持不变'] });
  }
  plan.summary.imports = plan.rows.filter((row) => row.outcome === 'import').length;
  plan.summary.unchanged = plan.rows.filter((row) => row.outcome === 'unchanged').length;
  plan.summary.errors = plan.rows.filter((row) => row.outcome === 'error').length;
  return plan;
}

/** Whether confirming may write: rows in error block it unless the user chose to leave them out. */
export function canConfirmYearSoFar(plan: YearSoFarPlan, skipErrorRows: boolean): boolean {
  return plan.summary.imports > 0 && (plan.summary.errors === 0 || skipErrorRows);
}
