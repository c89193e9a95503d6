/**
 * The member roster (党员名册) as a spreadsheet: its columns, in order, with the
 * Chinese headers a secretary sees, and the conversions between cell values and
 * MemberRecord fields. Pure: the .xlsx reading and writing lives in the renderer.
 */
import { daysInMonth, formatDate } from '../dates';
import { DEVELOPMENT_STAGES, GENDER_LABELS, OCCUPATION_GROUP_LABELS, OCCUPATION_GROUPS, STAGE_LABELS, type DevelopmentMilestones, type DevelopmentStage, type Gender, type MemberRecord, type OccupationGroup } from '../members/member';

/**
 * One cell as the workbook reader returns it. Dates arrive as Date objects holding
 * the calendar day at UTC midnight (the .xlsx serial carries no zone).
 */
export type CellValue = string | number | boolean | Date | null;

/** MemberRecord fields the roster carries, as validation field paths. */
export type RosterField =
  | 'name'
  | 'gender'
  | 'birthDate'
  | 'ethnicity'
  | 'education'
  | 'title'
  | 'department'
  | 'post'
  | 'phone'
  | 'idNumber'
  | 'partyGroupId'
  | 'stage'
  | 'joinedOn'
  | 'fullMembershipOn'
  | 'retired'
  | 'occupation'
  | `development.${RosterDevelopmentDate}`;

/** The pipeline's dated milestones a roster may carry, besides 入党时间 and 转正时间. */
export const ROSTER_DEVELOPMENT_DATES = [
  'appliedOn',
  'applicationTalkOn',
  'activistOn',
  'candidateOn',
  'preReviewOn',
  'committeeApprovalOn',
  'fullMembershipVoteOn',
] as const;
export type RosterDevelopmentDate = (typeof ROSTER_DEVELOPMENT_DATES)[number];

/** The milestone a `development.*` roster field names, or undefined for a field of the member itself. */
export function developmentDateOf(field: RosterField): RosterDevelopmentDate | undefined {
  return field.startsWith('development.') ? (field.slice('development.'.length) as RosterDevelopmentDate) : undefined;
}

/** How a column's cells are read and written. */
export type RosterColumnKind = 'name' | 'text' | 'date' | 'gender' | 'idNumber' | 'phone' | 'partyGroup' | 'stage' | 'yesNo' | 'occupation';

/**
 * A column of a sheet the app imports (the roster, the year so far): the header its
 * template writes, the other headers people use for it, and what a row must fill in.
 */
export interface SheetColumn<F extends string = string> {
  /** The header as written in the template and in exports. */
  readonly header: string;
  /** Other headers secretaries use for the same column. */
  readonly aliases: readonly string[];
  readonly field: F;
  /** A data row must fill it in. */
  readonly required: boolean;
}

export interface RosterColumn extends SheetColumn<RosterField> {
  readonly kind: RosterColumnKind;
  /** Column width in characters. */
  readonly width: number;
  /** The template's example row. */
  readonly example: string;
  /** The 填写说明 sheet's explanation. */
  readonly help: string;
}

const STAGE_LIST = DEVELOPMENT_STAGES.map((stage) => STAGE_LABELS[stage]).join('/');

export const ROSTER_COLUMNS: readonly RosterColumn[] = [
  {
    header: '姓名',
    aliases: ['名字', '党员姓名', '人员姓名'],
    field: 'name',
    kind: 'name',
    required: true,
    width: 10,
    example: '张三',
    help: '必填。与身份证上的姓名一致；为对齐而加在两个字中间的空格会自动去掉。',
  },
  {
    header: '性别',
    aliases: [],
    field: 'gender',
    kind: 'gender',
    required: true,
    width: 6,
    example: '男',
    help: '填“男”或“女”。留空时按身份证号自动识别。',
  },
  {
    header: '出生日期',
    aliases: ['出生年月日', '出生时间'],
    field: 'birthDate',
    kind: 'date',
    required: true,
    width: 12,
    example: '1985-03-12',
    help: '日期，如 1985-03-12、1985/3/12 或 1985年3月12日。留空时按身份证号自动识别。',
  },
  {
    header: '民族',
    aliases: [],
    field: 'ethnicity',
    kind: 'text',
    required: false,
    width: 8,
    example: '汉族',
    help: '如“汉族”“回族”。',
  },
  {
    header: '学历',
    aliases: ['文化程度', '最高学历', '学历学位', '全日制学历'],
    field: 'education',
    kind: 'text',
    required: false,
    width: 10,
    example: '硕士研究生',
    help: '最高学历，如“大学本科”“硕士研究生”。',
  },
  {
    header: '职称',
    aliases: ['专业技术职称', '专业技术职务', '职称级别', '技术职称'],
    field: 'title',
    kind: 'text',
    required: false,
    width: 12,
    example: '主治医师',
    help: '专业技术职称，如“主治医师”“主管护师”。',
  },
  {
    header: '科室',
    aliases: ['所在科室', '部门', '工作科室', '所在部门', '科室/部门'],
    field: 'department',
    kind: 'text',
    required: false,
    width: 12,
    example: '心内科',
    help: '所在科室。',
  },
  {
    header: '职务/岗位',
    aliases: ['职务', '岗位', '职务岗位', '行政职务', '现任职务', '工作岗位'],
    field: 'post',
    kind: 'text',
    required: false,
    width: 12,
    example: '科室副主任',
    help: '行政职务或工作岗位，如“护士长”“临床医生”。',
  },
  {
    header: '联系电话',
    aliases: ['电话', '手机', '手机号', '手机号码', '联系方式', '移动电话', '电话号码'],
    field: 'phone',
    kind: 'phone',
    required: false,
    width: 14,
    example: '13800000000',
    help: '手机号或座机号。',
  },
  {
    header: '身份证号',
    aliases: ['身份证号码', '公民身份号码', '身份证', '公民身份证号码', '公民身份证号', '身份证件号码', '证件号码', '身份号码'],
    field: 'idNumber',
    kind: 'idNumber',
    required: false,
    width: 21,
    example: '110101198503120017',
    help: '18 位居民身份证号，末位可以是 X。请把这一列设成“文本”格式再填写，否则 Excel 会把后几位变成 0。导入时按身份证号识别已在名册中的人员。',
  },
  {
    header: '党小组',
    aliases: ['所在党小组', '所属党小组', '党小组名称', '党小组别'],
    field: 'partyGroupId',
    kind: 'partyGroup',
    required: false,
    width: 12,
    example: '第一党小组',
    help: '党小组名称；本支部还没有的党小组，导入时可一并新建。未分组可留空。',
  },
  {
    header: '人员类别',
    aliases: ['类别', '人员类型', '发展阶段', '政治面貌', '党员身份', '人员身份', '身份', '党籍状态', '党员状态'],
    field: 'stage',
    kind: 'stage',
    required: true,
    width: 12,
    example: '正式党员',
    help: `必填。只能填：${STAGE_LIST}。`,
  },
  {
    header: '入党时间',
    aliases: ['入党日期', '入党年月', '加入党组织日期', '支部大会接收时间', '支部大会接收日期', '接收为预备党员时间', '接收预备党员时间'],
    field: 'joinedOn',
    kind: 'date',
    required: false,
    width: 12,
    example: '2010-07-01',
    help: '支部大会接收为预备党员的日期。预备党员、正式党员必填。',
  },
  {
    header: '转正时间',
    aliases: ['转正日期', '转为正式党员日期', '转为正式党员时间', '转正年月'],
    field: 'fullMembershipOn',
    kind: 'date',
    required: false,
    width: 12,
    example: '2011-07-01',
    help: '转为正式党员的日期。正式党员必填。',
  },
  {
    header: '是否离退休',
    aliases: ['离退休', '是否退休', '是否离休', '在职/离退休', '在职情况', '在职状态', '工作状态'],
    field: 'retired',
    kind: 'yesNo',
    required: false,
    width: 10,
    example: '否',
    help: '填“是”或“否”，留空视为“否”。',
  },
  {
    header: '人员分类',
    aliases: ['人员类型分类', '职业类别', '职业', '岗位类别', '人员身份'],
    field: 'occupation',
    kind: 'occupation',
    required: false,
    width: 10,
    example: '医生',
    help: `用于党员队伍统计，只能填：${OCCUPATION_GROUPS.map((group) => OCCUPATION_GROUP_LABELS[group]).join('/')}；留空时统计按职称、岗位推算。`,
  },
  {
    header: '递交申请时间',
    aliases: ['递交入党申请书时间', '申请入党时间', '递交入党申请时间'],
    field: 'development.appliedOn',
    kind: 'date',
    required: false,
    width: 14,
    example: '2008-09-15',
    help: '递交入党申请书的日期。',
  },
  {
    header: '派人谈话时间',
    aliases: ['谈话时间', '党组织派人谈话时间', '派人谈话日期'],
    field: 'development.applicationTalkOn',
    kind: 'date',
    required: false,
    width: 14,
    example: '2008-10-10',
    help: '党组织派人与入党申请人谈话的日期。',
  },
  {
    header: '确定积极分子时间',
    aliases: ['确定为入党积极分子时间', '确定入党积极分子时间', '列为积极分子时间'],
    field: 'development.activistOn',
    kind: 'date',
    required: false,
    width: 16,
    example: '2009-03-20',
    help: '确定为入党积极分子的日期。',
  },
  {
    header: '确定发展对象时间',
    aliases: ['确定为发展对象时间', '列为发展对象时间'],
    field: 'development.candidateOn',
    kind: 'date',
    required: false,
    width: 16,
    example: '2010-03-25',
    help: '确定为发展对象的日期。',
  },
  {
    header: '上级党委预审时间',
    aliases: ['党委预审时间', '上级党委预审日期', '预审时间'],
    field: 'development.preReviewOn',
    kind: 'date',
    required: false,
    width: 16,
    example: '2010-05-20',
    help: '上级党委对发展对象预审的日期。',
  },
  {
    header: '上级党委审批时间',
    aliases: ['党委审批时间', '上级党委审批日期', '党委审批日期', '审批时间', '上级党委批准时间'],
    field: 'development.committeeApprovalOn',
    kind: 'date',
    required: false,
    width: 16,
    example: '2010-08-15',
    help: '上级党委审批接收为预备党员的日期。预备党员没有这一日期时，首页会提示“未登记”而不是“逾期”。',
  },
  {
    header: '支部大会讨论转正时间',
    aliases: ['讨论转正时间', '支部大会讨论转正日期', '转正讨论时间'],
    field: 'development.fullMembershipVoteOn',
    kind: 'date',
    required: false,
    width: 18,
    example: '2011-07-01',
    help: '支部大会讨论其转为正式党员的日期。',
  },
];

/** The column of a MemberRecord field path, e.g. 'development.activistOn'. */
export function rosterColumnForField(field: string): RosterColumn | undefined {
  return ROSTER_COLUMNS.find((column) => column.field === field);
}

export function rosterColumnByHeader(header: string): RosterColumn {
  const column = ROSTER_COLUMNS.find((candidate) => candidate.header === header);
  if (!column) throw new RangeError(`没有名为“${header}”的名册列。`);
  return column;
}

// ---------------------------------------------------------------------------
// Headers

/** Marks that say a column must or may be filled in; they are not part of its name. */
const FILL_MARKS = /\((?:必填|必填项|选填|可选|非必填|可不填)\)$/;

/**
 * A header reduced to what identifies it: full-width forms folded to ASCII (NFKC turns
 * （）／ into ()/), all whitespace dropped, asterisks and a （必填）-style suffix removed,
 * then any trailing hint in brackets such as （YYYY-MM-DD）.
 */
export function normalizeHeader(text: string): string {
  let header = text.normalize('NFKC').replace(/\s+/g, '').replace(/[【[]/g, '(').replace(/[】\]]/g, ')');
  header = header.replace(/^\*+|\*+$/g, '');
  header = header.replace(FILL_MARKS, '').replace(/\*+$/, '');
  header = header.replace(/^(.+?)\([^()]*\)$/, '$1').replace(/^\((.*)\)$/, '$1');
  return header.replace(/^\*+|\*+$/g, '');
}

/** The column of `columns` a header cell names (by its header or any alias, normalised), or undefined. */
export function headerMatcher<C extends SheetColumn>(columns: readonly C[]): (cell: CellValue) => C | undefined {
  const index = new Map<string, C>(columns.flatMap((column) => [column.header, ...column.aliases].map((name) => [normalizeHeader(name), column] as const)));
  return (cell) => {
    const text = cellText(cell);
    return text === '' ? undefined : index.get(normalizeHeader(text));
  };
}

/** The roster column a header cell names, or undefined. */
export const matchRosterHeader: (cell: CellValue) => RosterColumn | undefined = headerMatcher(ROSTER_COLUMNS);

// ---------------------------------------------------------------------------
// Cell values

/** A cell as trimmed text: numbers without exponent or float noise, dates as YYYY-MM-DD. */
export function cellText(cell: CellValue | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell.toFixed(0) : String(cell);
  if (typeof cell === 'boolean') return cell ? '是' : '否';
  return Number.isNaN(cell.getTime()) ? '' : dateOfCell(cell);
}

export function isBlankCell(cell: CellValue | undefined): boolean {
  return cellText(cell) === '';
}

/** The outcome of reading one cell: a field value, or a message for the secretary. */
export type CellResult<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = <T>(message: string): CellResult<T> => ({ ok: false, message });

function dateOfCell(date: Date): string {
  return formatDate({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
}

/** Excel's day 0 is 1899-12-30 once its 1900 leap-year bug is accounted for (serials from 61 on). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;
/** 9999-12-31, the last day Excel can show. */
const MAX_EXCEL_SERIAL = 2_958_465;

const TEXT_DATE_PATTERNS: RegExp[] = [
  /^(\d{4})-(\d{1,2})-(\d{1,2})$/,
  /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/,
  /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/,
  /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/,
  /^(\d{4})(\d{2})(\d{2})$/,
];

function dateFromParts(year: number, month: number, day: number): string | undefined {
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return formatDate({ year, month, day });
}

function invalidDate(shown: string): string {
  return `“${shown}”不是有效日期，请写成 1985-03-12、1985/3/12 或 1985年3月12日。`;
}

/**
 * A date cell as YYYY-MM-DD ('' when blank). Accepts Excel date cells, date serials
 * that lost their date format, and the text forms secretaries type: 1985-03-12,
 * 1985/3/12, 1985.3.12, 1985年3月12日, 19850312 (a time of day after it is ignored).
 */
export function parseDateCell(cell: CellValue | undefined): CellResult<string> {
  if (cell === null || cell === undefined) return ok('');
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? fail(invalidDate('')) : ok(dateOfCell(cell));
  if (typeof cell === 'number') {
    if (Number.isInteger(cell) && cell >= 10_000_101 && cell <= 99_991_231) return parseDateCell(String(cell));
    if (cell >= 61 && cell < MAX_EXCEL_SERIAL + 1) {
      return ok(dateOfCell(new Date(EXCEL_EPOCH_MS + Math.floor(cell) * MS_PER_DAY)));
    }
    return fail(invalidDate(cellText(cell)));
  }
  if (typeof cell === 'boolean') return fail(invalidDate(cellText(cell)));
  const text = cellText(cell);
  if (text === '') return ok('');
  const compact = text
    .normalize('NFKC')
    .replace(/\s+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/, '')
    .replace(/\s+/g, '');
  for (const pattern of TEXT_DATE_PATTERNS) {
    const match = pattern.exec(compact);
    if (!match) continue;
    const date = dateFromParts(Number(match[1]), Number(match[2]), Number(match[3]));
    return date ? ok(date) : fail(invalidDate(text));
  }
  return fail(invalidDate(text));
}

/** Free text; numbers keep all their digits (a phone typed into a number cell). */
export function parseTextCell(cell: CellValue | undefined): string {
  return cellText(cell).replace(/\s+/g, ' ');
}

/**
 * A name. Secretaries pad two-character names with spaces to line them up (“张  三”);
 * spaces between Chinese characters are dropped, while a name written in Latin letters
 * keeps single spaces.
 */
export function parseNameCell(cell: CellValue | undefined): string {
  const text = parseTextCell(cell);
  return /^[\p{Script=Han}·•\s]+$/u.test(text) ? text.replace(/\s+/g, '') : text;
}

const GENDER_WORDS: Record<string, Gender> = { 男: 'male', 男性: 'male', 女: 'female', 女性: 'female' };

/** 男/女 ('' when blank). */
export function parseGenderCell(cell: CellValue | undefined): CellResult<Gender | ''> {
  const text = cellText(cell).replace(/\s+/g, '');
  if (text === '') return ok('');
  const gender = GENDER_WORDS[text];
  return gender ? ok(gender) : fail(`“${text}”不是有效的性别，请填“${GENDER_LABELS.male}”或“${GENDER_LABELS.female}”。`);
}

const STAGE_WORDS: Record<string, DevelopmentStage> = {
  ...Object.fromEntries(DEVELOPMENT_STAGES.map((stage) => [STAGE_LABELS[stage], stage])),
  申请人: 'applicant',
  申请入党: 'applicant',
  积极分子: 'activist',
  中共预备党员: 'probationary',
  党员: 'full',
  中共党员: 'full',
};

/** 人员类别 ('' when blank). */
export function parseStageCell(cell: CellValue | undefined): CellResult<DevelopmentStage | ''> {
  const text = cellText(cell).replace(/\s+/g, '');
  if (text === '') return ok('');
  const stage = STAGE_WORDS[text];
  return stage ? ok(stage) : fail(`“${text}”不是有效的人员类别，只能填：${STAGE_LIST}。`);
}

const YES_WORDS = new Set(['是', 'Y', 'YES', 'TRUE', '√', '离退休', '退休', '离休', '已退休']);
const NO_WORDS = new Set(['否', 'N', 'NO', 'FALSE', '×', '在职', '不是']);

/** 是/否; blank is 否. */
export function parseYesNoCell(cell: CellValue | undefined): CellResult<boolean> {
  if (typeof cell === 'boolean') return ok(cell);
  const text = cellText(cell).normalize('NFKC').replace(/\s+/g, '').toUpperCase();
  if (text === '') return ok(false);
  if (YES_WORDS.has(text)) return ok(true);
  if (NO_WORDS.has(text)) return ok(false);
  return fail(`“${cellText(cell)}”看不出是“是”还是“否”，请填“是”或“否”。`);
}

/** Why an ID number that Excel stored as a number cannot be used, and what to do. */
export const ROUNDED_ID_MESSAGE =
  '身份证号被 Excel 当成了数字，只保留了前 15 位，后几位已变成 0，无法还原。请在 Excel 中把这一列设成“文本”格式，按原始证件重新填写后再导入。';

/** A number as Excel shows it with its 15 significant digits, written out in full (110101199001011000). */
function excelDigits(value: number): string {
  const [mantissa, exponent] = value.toExponential(14).split('e');
  const digits = mantissa!.replace('.', '').replace(/0+$/, '');
  const length = Number(exponent) + 1;
  return length >= digits.length ? digits.padEnd(length, '0') : String(value);
}

/**
 * An ID number Excel rounded: a 1.10101199001011E+17 text (a number cell copied as shown,
 * or a CSV opened and saved), or 18 digits ending in 000 whose check digit is wrong.
 */
export function isRoundedIdNumber(text: string, checkDigitWrong: boolean): boolean {
  return /^\d(?:\.\d+)?E\+1[67]$/i.test(text) || (checkDigitWrong && /^\d{15}000$/.test(text));
}

const OCCUPATION_WORDS: Record<string, OccupationGroup> = {
  ...Object.fromEntries(OCCUPATION_GROUPS.map((group) => [OCCUPATION_GROUP_LABELS[group], group])),
  医师: 'doctor',
  护理: 'nurse',
  技师: 'medicalTechnician',
  药师: 'pharmacist',
  行政: 'administration',
  后勤: 'administration',
  管理: 'administration',
  离休: 'retired',
  退休: 'retired',
};

/** 人员分类 ('' when blank). */
export function parseOccupationCell(cell: CellValue | undefined): CellResult<OccupationGroup | ''> {
  const text = cellText(cell).replace(/\s+/g, '');
  if (text === '') return ok('');
  const group = OCCUPATION_WORDS[text];
  return group ? ok(group) : fail(`“${text}”不是有效的人员分类，只能填：${OCCUPATION_GROUPS.map((g) => OCCUPATION_GROUP_LABELS[g]).join('/')}。`);
}

/**
 * A resident ID number, as text: spaces dropped, a final x upper-cased. A number cell
 * is refused: Excel keeps only 15 significant digits, so its last digits are lost.
 */
export function parseIdNumberCell(cell: CellValue | undefined): CellResult<string> {
  if (typeof cell === 'number') return fail(`“${excelDigits(cell)}”：${ROUNDED_ID_MESSAGE}`);
  const text = cellText(cell).normalize('NFKC').replace(/\s+/g, '').toUpperCase();
  if (isRoundedIdNumber(text, false)) return fail(`“${text}”：${ROUNDED_ID_MESSAGE}`);
  return ok(text);
}

/** A phone number as text; a number cell keeps all its digits. */
export function parsePhoneCell(cell: CellValue | undefined): string {
  return cellText(cell).normalize('NFKC').replace(/\s+/g, ' ');
}

function groupKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '');
}

/** The id of the party group a 党小组 cell names ('' when blank). */
export function parsePartyGroupCell(
  cell: CellValue | undefined,
  partyGroups: readonly { id: string; name: string }[],
): CellResult<string> {
  const text = cellText(cell);
  if (text === '') return ok('');
  const group = partyGroups.find((candidate) => groupKey(candidate.name) === groupKey(text));
  if (group) return ok(group.id);
  if (partyGroups.length === 0) {
    return fail(`本支部还没有设置党小组，找不到“${text}”。请先在“支部信息”中添加党小组，或把这一格留空。`);
  }
  return fail(`找不到名为“${text}”的党小组。现有党小组：${partyGroups.map((g) => g.name).join('、')}。`);
}

// ---------------------------------------------------------------------------
// Writing

/** A YYYY-MM-DD date as the cell a workbook writer stores as an Excel date; null when blank. */
export function dateCell(date: string): Date | string | null {
  if (date === '') return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/** Headers a roster may carry that hold nothing to import (row numbers); ignored without a notice. */
export const SILENTLY_IGNORED_HEADERS: readonly string[] = ['序号', '编号', 'No.', 'No'];

export function isSilentlyIgnoredHeader(cell: CellValue): boolean {
  const header = normalizeHeader(cellText(cell));
  return SILENTLY_IGNORED_HEADERS.some((ignored) => normalizeHeader(ignored) === header);
}

/** The roster fields of a member: the part of MemberRecord the roster reads and writes, so the two cannot drift apart. */
export type RosterFieldSource = Pick<
  MemberRecord,
  'name' | 'gender' | 'birthDate' | 'ethnicity' | 'education' | 'title' | 'department' | 'post' | 'phone' | 'idNumber' | 'partyGroupId' | 'stage' | 'joinedOn' | 'fullMembershipOn' | 'retired' | 'occupation'
> & { development: Pick<DevelopmentMilestones, RosterDevelopmentDate> };

/** The stored value of a roster field, read by its path. */
export function rosterFieldValue(member: RosterFieldSource, field: RosterField): string | boolean {
  const milestone = developmentDateOf(field);
  return milestone ? member.development[milestone] : (member[field as Exclude<RosterField, `development.${string}`>] ?? '');
}

/** The cell a roster export writes for one member and column. */
export function rosterCellOf(
  member: RosterFieldSource,
  column: RosterColumn,
  partyGroups: readonly { id: string; name: string }[],
): CellValue {
  const value = rosterFieldValue(member, column.field);
  switch (column.kind) {
    case 'date':
      return dateCell(String(value));
    case 'gender':
      return GENDER_LABELS[value as Gender] ?? '';
    case 'stage':
      return STAGE_LABELS[value as DevelopmentStage] ?? '';
    case 'yesNo':
      return value === true ? '是' : '否';
    case 'partyGroup':
      return partyGroups.find((group) => group.id === value)?.name ?? '';
    case 'occupation':
      return OCCUPATION_GROUP_LABELS[value as OccupationGroup] ?? '';
    default:
      return String(value);
  }
}

/** A roster value as a person reads it (for change previews): dates as YYYY-MM-DD, '' when blank. */
export function rosterDisplayText(
  member: RosterFieldSource,
  column: RosterColumn,
  partyGroups: readonly { id: string; name: string }[],
): string {
  const value = rosterFieldValue(member, column.field);
  return column.kind === 'date' ? String(value) : cellText(rosterCellOf(member, column, partyGroups));
}
