/**
 * Importing a member roster from spreadsheet rows, in two pure steps:
 * parseRosterRows reads and validates each row on its own (with the member rules of
 * shared/members/member-validation), and planRosterImport sets the valid rows against
 * the members already stored: new people, changes to known people, rows that change
 * nothing, rows in error. Nothing is written here; the UI shows the plan and applies it.
 */
import { EMPTY_MILESTONES, type DevelopmentStage, type Gender, type MemberRecord, type OccupationGroup } from '../members/member';
import { ID_CHECK_DIGIT_PROBLEM } from '../members/id-number';
import {
  birthDateFromIdNumber,
  genderFromIdNumber,
  validateIdNumber,
  validateMember,
  type MemberInput,
} from '../members/member-validation';
import {
  ROSTER_COLUMNS,
  ROSTER_DEVELOPMENT_DATES,
  ROUNDED_ID_MESSAGE,
  isRoundedIdNumber,
  developmentDateOf,
  isBlankCell,
  parseDateCell,
  parseGenderCell,
  parseIdNumberCell,
  parseNameCell,
  parsePartyGroupCell,
  parsePhoneCell,
  parseStageCell,
  parseTextCell,
  parseOccupationCell,
  parseYesNoCell,
  rosterColumnByHeader,
  rosterColumnForField,
  rosterDisplayText,
  rosterFieldValue,
  type CellResult,
  type CellValue,
  type RosterColumn,
  type RosterDevelopmentDate,
  type RosterField,
} from './roster-columns';
import {
  HEADER_SEARCH_ROWS,
  acceptedHeaders,
  findHeaderRow,
  firstRowsSeen,
  headerNotices,
  headerReportOf,
  recogniseRosterColumns,
  rowLabel,
  type HeaderReport,
} from './roster-recognition';

export type { HeaderReport } from './roster-recognition';

export interface PartyGroupRef {
  id: string;
  name: string;
}

export interface RosterImportContext {
  /** The branch's party groups, to resolve the 党小组 column by name. */
  partyGroups: readonly PartyGroupRef[];
  /**
   * The id for a party group the sheet names and the branch does not have yet: with it,
   * such a group is proposed (created with the import); without it, the row is refused.
   */
  newPartyGroupId?: () => string;
  /** YYYY-MM-DD: dates after it are refused. */
  today: string;
}

export interface RosterCellError {
  /** The roster header of the column at fault, e.g. '身份证号'. */
  column: string;
  message: string;
}

export interface ParsedRosterRow {
  /** Excel row number (1-based, the header row counted). */
  rowNumber: number;
  /** Who the row is about as the sheet says it (姓名, else 身份证号), so an error row can be found without Excel. */
  label: string;
  /** The member the row describes, when it has no error. */
  input?: MemberInput;
  errors: RosterCellError[];
  /**
   * Fields the row gives a value for: its non-blank cells, and 性别/出生日期 read from
   * the ID number. Only these change a member who is already stored, so a blank cell
   * never erases what the branch has recorded.
   */
  filledFields: RosterField[];
}

export interface ParsedRoster {
  /** Problems that make the whole sheet unreadable as a roster; rows is then empty. */
  headerErrors: string[];
  /** What the header row was read as, to show beside header errors; undefined when no header row was found. */
  headerReport?: HeaderReport;
  /** Party groups the sheet names that the branch does not have, proposed to be created with the import. */
  newPartyGroups: PartyGroupRef[];
  /** Things the secretary should know that stop nothing (ignored columns, skipped rows). */
  notices: string[];
  /** Excel row number of the header row; 0 when none was found. */
  headerRowNumber: number;
  /** Roster headers recognised in the sheet, in sheet order. */
  columns: string[];
  rows: ParsedRosterRow[];
  context: RosterImportContext;
}

const NAME_HEADER = '姓名';
const ID_HEADER = '身份证号';
/** Errors on fields the roster does not carry, but that it sets or that pin what it sets. */
const FIELD_COLUMNS: Record<string, string> = {
  'development.admissionVoteOn': '入党时间',
};
const OTHER_COLUMN = '其他信息';

/** The template's example person: a row left unchanged from the template is not imported. */
const EXAMPLE_NAME = rosterColumnByHeader(NAME_HEADER).example;
const EXAMPLE_ID_NUMBER = rosterColumnByHeader(ID_HEADER).example;

/** The roster column an error of validateMember belongs to. */
export function columnOfField(field: string): string {
  return rosterColumnForField(field)?.header ?? FIELD_COLUMNS[field] ?? OTHER_COLUMN;
}

function missingColumns(columns: readonly RosterColumn[]): RosterColumn[] {
  const has = (header: string) => columns.some((column) => column.header === header);
  return ROSTER_COLUMNS.filter((column) => column.required && !has(column.header)).filter(
    // 性别 and 出生日期 can be read from the ID number.
    (column) => !((column.field === 'gender' || column.field === 'birthDate') && has(ID_HEADER)),
  );
}

function headerProblems(missing: readonly RosterColumn[]): string[] {
  return missing.map((column) =>
    column.field === 'gender' || column.field === 'birthDate'
      ? `缺少必填的“${column.header}”列（或者提供“${ID_HEADER}”列，由身份证号自动识别）。`
      : `缺少必填的“${column.header}”列。`,
  );
}

type Values = { -readonly [F in RosterField]?: string | boolean };

interface RowReading {
  values: Values;
  filled: Set<RosterField>;
  errors: RosterCellError[];
}

/** The branch's party groups and those proposed so far; proposes one for a name it does not know, when allowed. */
class PartyGroupResolver {
  readonly proposed: PartyGroupRef[] = [];
  constructor(private readonly context: RosterImportContext) {}

  resolve(cell: CellValue): CellResult<string> {
    const known = parsePartyGroupCell(cell, [...this.context.partyGroups, ...this.proposed]);
    if (known.ok || !this.context.newPartyGroupId) return known;
    const group = { id: this.context.newPartyGroupId(), name: parseTextCell(cell) };
    this.proposed.push(group);
    return { ok: true, value: group.id };
  }
}

function readCell(column: RosterColumn, cell: CellValue, groups: PartyGroupResolver): CellResult<string | boolean> {
  switch (column.kind) {
    case 'name':
      return { ok: true, value: parseNameCell(cell) };
    case 'text':
      return { ok: true, value: parseTextCell(cell) };
    case 'phone':
      return { ok: true, value: normalizePhone(parsePhoneCell(cell)) };
    case 'date':
      return parseDateCell(cell);
    case 'gender':
      return parseGenderCell(cell);
    case 'stage':
      return parseStageCell(cell);
    case 'yesNo':
      return parseYesNoCell(cell);
    case 'idNumber':
      return parseIdNumberCell(cell);
    case 'partyGroup':
      return groups.resolve(cell);
    case 'occupation':
      return parseOccupationCell(cell);
  }
}

/** 138 0013 8000, 138-0013-8000 and +86 13800138000 are all the mobile 13800138000. */
function normalizePhone(text: string): string {
  const digits = text.replace(/[\s-]/g, '').replace(/^(?:\+?86)(?=1\d{10}$)/, '');
  if (/^1\d{10}$/.test(digits)) return digits;
  return text.replace(/\s+/g, '');
}

function readRow(row: readonly CellValue[], columns: ResolvedColumns, groups: PartyGroupResolver): RowReading {
  const reading: RowReading = { values: {}, filled: new Set(), errors: [] };
  for (const { index, column } of columns) {
    const cell = row[index] ?? null;
    const result = readCell(column, cell, groups);
    if (!result.ok) {
      reading.errors.push({ column: column.header, message: result.message });
      continue;
    }
    reading.values[column.field] = result.value;
    if (!isBlankCell(cell) && result.value !== '') reading.filled.add(column.field);
  }
  return reading;
}

type ResolvedColumns = { index: number; column: RosterColumn }[];

function hasError(reading: RowReading, header: string): boolean {
  return reading.errors.some((error) => error.column === header);
}

/** 性别 and 出生日期 left blank are read from a valid ID number. */
function fillFromIdNumber(reading: RowReading): void {
  const id = String(reading.values.idNumber ?? '');
  if (id === '' || hasError(reading, ID_HEADER)) return;
  const problem = validateIdNumber(id);
  if (problem) {
    const rounded = isRoundedIdNumber(id, problem === ID_CHECK_DIGIT_PROBLEM);
    reading.errors.push({ column: ID_HEADER, message: rounded ? `“${id}”：${ROUNDED_ID_MESSAGE}` : problem });
    return;
  }
  if (!reading.values.gender) {
    const gender = genderFromIdNumber(id);
    if (gender && !hasError(reading, '性别')) {
      reading.values.gender = gender;
      reading.filled.add('gender');
    }
  }
  if (!reading.values.birthDate) {
    const birthDate = birthDateFromIdNumber(id);
    if (birthDate && !hasError(reading, '出生日期')) {
      reading.values.birthDate = birthDate;
      reading.filled.add('birthDate');
    }
  }
}

const ID_DERIVED: ReadonlySet<string> = new Set(['gender', 'birthDate']);

/** A wrong ID number is said once: what it would have supplied is not asked for again. */
function withoutIdDerived(reading: RowReading, errors: Partial<Record<string, string>>): Partial<Record<string, string>> {
  if (!hasError(reading, ID_HEADER)) return errors;
  return Object.fromEntries(Object.entries(errors).filter(([field]) => !ID_DERIVED.has(field) || reading.values[field as RosterField]));
}

function requireFilled(reading: RowReading): void {
  const idFailed = hasError(reading, ID_HEADER);
  for (const column of ROSTER_COLUMNS) {
    if (!column.required || reading.values[column.field] || hasError(reading, column.header)) continue;
    if (idFailed && ID_DERIVED.has(column.field)) continue;
    const hint = column.field === 'gender' || column.field === 'birthDate' ? '（填写身份证号也可自动识别）' : '';
    reading.errors.push({ column: column.header, message: `请填写“${column.header}”${hint}。` });
  }
}

/**
 * The row as a MemberInput. A stage or gender that could not be read is stood in for by
 * one that raises no further complaint, so that the row's other problems are still
 * reported in the same pass without noise; such a row never yields its input.
 */
function memberOf(values: Values): MemberInput {
  const text = (field: RosterField) => String(values[field] ?? '');
  const joinedOn = text('joinedOn');
  const fullMembershipOn = text('fullMembershipOn');
  const stage = (values.stage || (fullMembershipOn ? 'full' : joinedOn ? 'probationary' : 'applicant')) as DevelopmentStage;
  const gender = (values.gender || genderFromIdNumber(text('idNumber')) || 'male') as Gender;
  return {
    name: text('name'),
    gender,
    birthDate: text('birthDate'),
    ethnicity: text('ethnicity'),
    education: text('education'),
    title: text('title'),
    department: text('department'),
    post: text('post'),
    phone: text('phone'),
    idNumber: text('idNumber'),
    partyGroupId: text('partyGroupId'),
    stage,
    joinedOn,
    fullMembershipOn,
    retired: values.retired === true,
    occupation: text('occupation') as OccupationGroup | '',
    development: {
      ...EMPTY_MILESTONES,
      contacts: [],
      introducers: [],
      ...(Object.fromEntries(ROSTER_DEVELOPMENT_DATES.map((date) => [date, text(`development.${date}`)])) as Record<RosterDevelopmentDate, string>),
      // 入党时间 is the day the branch meeting admitted the member.
      admissionVoteOn: joinedOn,
    },
    transfers: [],
  };
}

/** validateMember's messages, one per column, after the ones already found. */
function addValidationErrors(errors: RosterCellError[], fieldErrors: Partial<Record<string, string>>): RosterCellError[] {
  const added: RosterCellError[] = [];
  for (const [field, message] of Object.entries(fieldErrors)) {
    if (!message) continue;
    const column = columnOfField(field);
    if ([...errors, ...added].some((error) => error.column === column)) continue;
    added.push({ column, message });
  }
  return added;
}

function sortByColumnOrder(errors: RosterCellError[]): RosterCellError[] {
  const order = (column: string) => {
    const index = ROSTER_COLUMNS.findIndex((candidate) => candidate.header === column);
    return index === -1 ? ROSTER_COLUMNS.length : index;
  };
  return [...errors].sort((a, b) => order(a.column) - order(b.column));
}

function isTemplateExample(values: Values): boolean {
  return values.name === EXAMPLE_NAME && values.idNumber === EXAMPLE_ID_NUMBER;
}

/** One notice naming every row whose ID number Excel rounded, so the secretary fixes them all at once. */
function roundedIdNotice(rows: readonly ParsedRosterRow[]): string[] {
  const rounded = rows.filter((row) => row.errors.some((error) => error.column === ID_HEADER && error.message.includes(ROUNDED_ID_MESSAGE)));
  if (rounded.length === 0) return [];
  const which = rounded.map((row) => `第 ${row.rowNumber} 行（${row.label}）`).join('、');
  return [`${which}的身份证号被 Excel 存成了数字，后几位已丢失，这些行不能导入：请把“${ID_HEADER}”列设为文本格式，按原始证件改正后重新导入。`];
}

/**
 * Reads a roster sheet: `rows[0]` is Excel row 1. The header is the first row (within
 * the first 10, below any title rows) with a 姓名 column; its columns are recognised by
 * header and values (roster-recognition.ts). Each data row is read against them, whatever
 * their order; rows with nothing in any roster column are skipped.
 */
export function parseRosterRows(rows: readonly (readonly CellValue[])[], context: RosterImportContext): ParsedRoster {
  const parsed: ParsedRoster = { headerErrors: [], notices: [], headerRowNumber: 0, columns: [], rows: [], newPartyGroups: [], context };
  if (rows.every((row) => row.every((cell) => isBlankCell(cell)))) {
    parsed.headerErrors.push('这个工作表是空的：请把党员名册放在第一个工作表里，第 1 行为表头。');
    return parsed;
  }
  const headerIndex = findHeaderRow(rows, ROSTER_COLUMNS, rosterColumnByHeader(NAME_HEADER));
  if (headerIndex === -1) {
    const names = acceptedHeaders(rosterColumnByHeader(NAME_HEADER)).join('、');
    parsed.headerErrors.push(
      `这不是党员名册：前 ${HEADER_SEARCH_ROWS} 行中找不到“${NAME_HEADER}”列（可写作：${names}）。表中看到的是——${firstRowsSeen(rows)}。请使用“下载模板”得到的表头。`,
    );
    return parsed;
  }
  parsed.headerRowNumber = headerIndex + 1;
  const dataRows = rows.slice(headerIndex + 1);
  const header = recogniseRosterColumns(rows[headerIndex]!, dataRows);
  const missing = missingColumns(header.columns.map(({ column }) => column));
  parsed.headerReport = headerReportOf(header, missing);
  parsed.columns = header.columns.map(({ column }) => column.header);
  parsed.headerErrors.push(...headerProblems(missing));
  parsed.notices.push(...headerNotices(header, '名册'));

  const hasData = dataRows.some((row) => header.columns.some(({ index }) => !isBlankCell(row[index] ?? null)));
  if (!hasData) {
    parsed.headerErrors.push(`表中没有人员数据：表头（第 ${headerIndex + 1} 行）下面应每人一行。`);
  }
  if (parsed.headerErrors.length > 0) return parsed;

  const groups = new PartyGroupResolver(context);
  dataRows.forEach((row, offset) => {
    const rowNumber = headerIndex + 2 + offset;
    if (header.columns.every(({ index }) => isBlankCell(row[index] ?? null))) return;
    const reading = readRow(row, header.columns, groups);
    if (isTemplateExample(reading.values)) {
      parsed.notices.push(`第 ${rowNumber} 行是模板自带的示例（${EXAMPLE_NAME}），没有导入。`);
      return;
    }
    fillFromIdNumber(reading);
    requireFilled(reading);
    const input = memberOf(reading.values);
    const errors = sortByColumnOrder([...reading.errors, ...addValidationErrors(reading.errors, withoutIdDerived(reading, validateMember(input, context.today)))]);
    parsed.rows.push({
      rowNumber,
      label: rowLabel(row, header.columns),
      ...(errors.length === 0 ? { input } : {}),
      errors,
      filledFields: ROSTER_COLUMNS.map((column) => column.field).filter((field) => reading.filled.has(field)),
    });
  });
  parsed.newPartyGroups = groups.proposed;
  parsed.notices.unshift(...roundedIdNotice(parsed.rows));
  return parsed;
}

// ---------------------------------------------------------------------------
// Planning

export interface RosterChange {
  column: string;
  before: string;
  after: string;
}

export interface PlannedAdd {
  rowNumber: number;
  input: MemberInput;
}

export interface PlannedUpdate {
  rowNumber: number;
  existing: MemberRecord;
  /** The stored member with the row's filled-in cells applied. */
  input: MemberInput;
  changes: RosterChange[];
}

export interface RosterImportPlan {
  adds: PlannedAdd[];
  updates: PlannedUpdate[];
  /** Rows that match a stored member and change nothing. */
  unchangedRows: { rowNumber: number; existing: MemberRecord }[];
  /** Rows that cannot be imported, with who they are about and the reason per column; they are left out. */
  errorRows: { rowNumber: number; label: string; errors: RosterCellError[] }[];
  /** Party groups to create with the import: those the sheet names, the branch lacks, and an imported row uses. */
  newPartyGroups: PartyGroupRef[];
  summary: { rows: number; adds: number; updates: number; unchanged: number; errors: number };
}

/** The MemberRecord part a user supplies, copied so that the plan never aliases stored records. */
export function memberInputOf(record: MemberRecord): MemberInput {
  const { id: _id, branchId: _branchId, createdAt: _createdAt, updatedAt: _updatedAt, deleted: _deleted, ...input } = record;
  return copyOf(input);
}

function copyOf(input: MemberInput): MemberInput {
  return {
    ...input,
    development: { ...input.development, contacts: [...input.development.contacts], introducers: [...input.development.introducers] },
    transfers: input.transfers.map((transfer) => ({ ...transfer })),
  };
}

function withFilledFields(base: MemberInput, input: MemberInput, fields: readonly RosterField[]): MemberInput {
  const merged = copyOf(base);
  for (const field of fields) {
    const milestone = developmentDateOf(field);
    if (milestone) merged.development[milestone] = input.development[milestone];
    else if (field === 'joinedOn') {
      merged.joinedOn = input.joinedOn;
      merged.development.admissionVoteOn = input.joinedOn;
    } else (merged as unknown as Record<string, unknown>)[field] = input[field as keyof MemberInput];
  }
  return merged;
}

const personKey = (name: string, birthDate: string) => `${name}\u0000${birthDate}`;

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === '') continue;
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
}

type Match = { existing: MemberRecord } | { error: RosterCellError } | undefined;

function findMatch(input: MemberInput, byId: Map<string, MemberRecord[]>, byPerson: Map<string, MemberRecord[]>): Match {
  const id = input.idNumber.toUpperCase();
  if (id !== '') {
    const sameId = byId.get(id);
    if (sameId) return { existing: sameId[0]! };
  }
  const samePerson = (byPerson.get(personKey(input.name, input.birthDate)) ?? []).filter(
    // A stored member with a different ID number is someone else with the same name and birthday.
    (record) => id === '' || record.idNumber === '',
  );
  if (samePerson.length === 1) return { existing: samePerson[0]! };
  if (samePerson.length > 1) {
    return {
      error: {
        column: id === '' ? NAME_HEADER : ID_HEADER,
        message: `名册中有 ${samePerson.length} 位姓名、出生日期都相同的人员，无法确定是哪一位。${id === '' ? '请填写身份证号。' : ''}`,
      },
    };
  }
  return undefined;
}

function changesBetween(before: MemberInput, after: MemberInput, partyGroups: readonly PartyGroupRef[]): RosterChange[] {
  return ROSTER_COLUMNS.flatMap((column) => {
    const [was, is] = [rosterDisplayText(before, column, partyGroups), rosterDisplayText(after, column, partyGroups)];
    return was === is ? [] : [{ column: column.header, before: was, after: is }];
  });
}

function sameRosterFields(a: MemberInput, b: MemberInput): boolean {
  return (
    ROSTER_COLUMNS.every((column) => rosterFieldValue(a, column.field) === rosterFieldValue(b, column.field)) &&
    a.development.admissionVoteOn === b.development.admissionVoteOn
  );
}

/**
 * Sets parsed rows against the stored members (deleted ones do not count). A row is the
 * same person as a stored member with the same ID number; a row without one, or whose
 * ID number no member has yet, matches by exact 姓名 + 出生日期 (the latter only among
 * members stored without an ID number). Two rows for one person are an error on the
 * second. An update changes only the row's filled-in fields and is checked again as a
 * whole; a problem the stored member already had does not block it.
 */
export function planRosterImport(parsed: ParsedRoster, existing: readonly MemberRecord[]): RosterImportPlan {
  const plan: RosterImportPlan = {
    adds: [],
    updates: [],
    unchangedRows: [],
    errorRows: [],
    newPartyGroups: [],
    summary: { rows: 0, adds: 0, updates: 0, unchanged: 0, errors: 0 },
  };
  const live = existing.filter((record) => !record.deleted);
  const byId = groupBy(live, (record) => record.idNumber.toUpperCase());
  const byPerson = groupBy(live, (record) => personKey(record.name, record.birthDate));
  const rowOfId = new Map<string, number>();
  const rowOfPerson = new Map<string, number>();
  const rowOfPersonWithoutId = new Map<string, number>();
  const rowOfMember = new Map<string, number>();
  const { today } = parsed.context;
  const partyGroups = [...parsed.context.partyGroups, ...parsed.newPartyGroups];

  for (const row of parsed.rows) {
    const { rowNumber, input } = row;
    const fail = (...errors: RosterCellError[]) => plan.errorRows.push({ rowNumber, label: row.label, errors });
    if (!input) {
      fail(...row.errors);
      continue;
    }
    const id = input.idNumber.toUpperCase();
    const person = personKey(input.name, input.birthDate);
    // With an ID number, another row is the same person by that number, or by name and
    // birthday when it has none; without one, any row with the same name and birthday is.
    const earlierById = id !== '' ? rowOfId.get(id) : undefined;
    const earlierByPerson = id !== '' ? rowOfPersonWithoutId.get(person) : rowOfPerson.get(person);
    if (earlierById !== undefined) {
      fail({ column: ID_HEADER, message: `与第 ${earlierById} 行的身份证号相同，同一人只能有一行。` });
      continue;
    }
    if (earlierByPerson !== undefined) {
      fail({ column: NAME_HEADER, message: `与第 ${earlierByPerson} 行的姓名、出生日期相同，同一人只能有一行。` });
      continue;
    }
    if (id !== '') rowOfId.set(id, rowNumber);
    if (!rowOfPerson.has(person)) rowOfPerson.set(person, rowNumber);
    if (id === '' && !rowOfPersonWithoutId.has(person)) rowOfPersonWithoutId.set(person, rowNumber);

    const match = findMatch(input, byId, byPerson);
    if (match && 'error' in match) {
      fail(match.error);
      continue;
    }
    if (!match) {
      plan.adds.push({ rowNumber, input });
      continue;
    }
    const { existing: record } = match;
    const claimedBy = rowOfMember.get(record.id);
    if (claimedBy !== undefined) {
      fail({ column: NAME_HEADER, message: `与第 ${claimedBy} 行是名册中的同一人（${record.name}），同一人只能有一行。` });
      continue;
    }
    rowOfMember.set(record.id, rowNumber);

    const before = memberInputOf(record);
    const merged = withFilledFields(before, input, row.filledFields);
    if (sameRosterFields(before, merged)) {
      plan.unchangedRows.push({ rowNumber, existing: record });
      continue;
    }
    const known = validateMember(before, today);
    const fresh = Object.fromEntries(Object.entries(validateMember(merged, today)).filter(([field, message]) => known[field] !== message));
    const errors = sortByColumnOrder(addValidationErrors([], fresh));
    if (errors.length > 0) {
      fail(...errors);
      continue;
    }
    plan.updates.push({ rowNumber, existing: record, input: merged, changes: changesBetween(before, merged, partyGroups) });
  }

  plan.errorRows.sort((a, b) => a.rowNumber - b.rowNumber);
  const usedGroups = new Set([...plan.adds, ...plan.updates].map((row) => row.input.partyGroupId));
  plan.newPartyGroups = parsed.newPartyGroups.filter((group) => usedGroups.has(group.id));
  plan.summary = {
    rows: parsed.rows.length,
    adds: plan.adds.length,
    updates: plan.updates.length,
    unchanged: plan.unchangedRows.length,
    errors: plan.errorRows.length,
  };
  return plan;
}
