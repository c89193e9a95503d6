/**
 * The roster workbooks a secretary downloads: the import template, the roster export
 * (which imports back unchanged) and the development pipeline ledger (发展党员台账).
 */
import { DEVELOPMENT_STAGES, type MemberRecord, type MilestoneDateKey } from '../../../../../shared/members/member';
import { maskIdNumber } from '../../../../../shared/members/member-validation';
import {
  ROSTER_COLUMNS,
  dateCell,
  rosterCellOf,
  type CellValue,
  type RosterColumn,
} from '../../../../../shared/roster/roster-columns';
import { writeWorkbook, type WorkbookSheet } from '../../../shell/workbook';

export interface PartyGroupName {
  id: string;
  name: string;
}

export const ROSTER_SHEET_NAME = '党员名册';
export const HELP_SHEET_NAME = '填写说明';
export const PIPELINE_SHEET_NAME = '发展党员台账';
const ROW_NUMBER_HEADER = '序号';

/** Blank rows of the template prepared with the text format in the ID and phone columns. */
const TEMPLATE_PREPARED_ROWS = 300;

const rosterHeader = (): string[] => [ROW_NUMBER_HEADER, ...ROSTER_COLUMNS.map((column) => column.header)];
const rosterWidths = (): number[] => [6, ...ROSTER_COLUMNS.map((column) => column.width)];
/** Columns kept as text in Excel, counted with the leading 序号 column. */
const rosterTextColumns = (): number[] =>
  ROSTER_COLUMNS.flatMap((column, index) => (column.kind === 'idNumber' || column.kind === 'phone' ? [index + 1] : []));

function exampleCell(column: RosterColumn, partyGroups: readonly PartyGroupName[]): CellValue {
  if (column.kind === 'partyGroup') return partyGroups[0]?.name ?? '';
  if (column.kind === 'date') return dateCell(column.example);
  return column.example;
}

function helpSheet(partyGroups: readonly PartyGroupName[]): WorkbookSheet {
  const notes = [
    '第 1 行是表头，请不要改动列名；列的先后顺序可以调整，表中多出的列导入时会被忽略。',
    `从第 2 行起每人一行。第 2 行的“${ROSTER_COLUMNS[0]!.example}”是示例，请删除或改成真实人员（原样保留的示例不会被导入）。`,
    '日期可以写成 1985-03-12、1985/3/12、1985.3.12 或 1985年3月12日，也可以用 Excel 的日期格式。',
    '已在系统名册中的人员按身份证号识别（没有身份证号时按姓名和出生日期），导入时更新其信息；表中留空的格子不会清除系统里已有的信息。',
    '有错误的行不会导入：系统会列出行号和出错的列，改正后重新导入即可，已导入的人员不会重复。',
    partyGroups.length > 0
      ? `本支部现有党小组：${partyGroups.map((group) => group.name).join('、')}。`
      : '本支部还没有设置党小组：“党小组”列写上组名，导入时可一并新建。',
  ];
  return {
    name: HELP_SHEET_NAME,
    header: ['列名', '是否必填', '填写说明', '示例'],
    rows: [
      ...ROSTER_COLUMNS.map((column) => [
        column.header,
        column.required ? '必填' : '选填',
        column.help,
        column.kind === 'partyGroup' ? (partyGroups[0]?.name ?? '') : column.example,
      ]),
      [],
      ...notes.map((note, index) => [index === 0 ? '导入说明' : '', '', note, '']),
    ],
    columnWidths: [18, 10, 70, 22],
    wrapText: true,
  };
}

/**
 * The import template: the roster sheet with its header and one example row (the ID
 * and phone columns pre-formatted as text), and a 填写说明 sheet explaining each column.
 * With the branch's party groups, the example and the notes use their names.
 */
export function rosterTemplate(partyGroups: readonly PartyGroupName[] = []): Promise<Uint8Array> {
  return writeWorkbook([
    {
      name: ROSTER_SHEET_NAME,
      header: rosterHeader(),
      rows: [[1, ...ROSTER_COLUMNS.map((column) => exampleCell(column, partyGroups))]],
      columnWidths: rosterWidths(),
      textColumns: rosterTextColumns(),
      preparedRows: TEMPLATE_PREPARED_ROWS,
    },
    helpSheet(partyGroups),
  ]);
}

const STAGE_ORDER = new Map(DEVELOPMENT_STAGES.map((stage, index) => [stage, index]));
const collator = new Intl.Collator('zh-CN');

function groupOrder(partyGroups: readonly PartyGroupName[]): (member: MemberRecord) => number {
  const order = new Map(partyGroups.map((group, index) => [group.id, index]));
  return (member) => order.get(member.partyGroupId) ?? partyGroups.length;
}

export interface RosterExportOptions {
  /** Show ID numbers as 110101********0017 (for copies handed out); such a file cannot update by ID. */
  maskIdNumbers?: boolean;
}

/**
 * The roster of the live (not deleted) members, by party group, then full members
 * before probationary ones and so on down the pipeline, then by name. It has the
 * template's columns, so it can be edited in Excel and imported back.
 */
export function exportRoster(
  members: readonly MemberRecord[],
  partyGroups: readonly PartyGroupName[],
  options: RosterExportOptions = {},
): Promise<Uint8Array> {
  const group = groupOrder(partyGroups);
  const live = members
    .filter((member) => !member.deleted)
    .sort(
      (a, b) =>
        group(a) - group(b) ||
        STAGE_ORDER.get(b.stage)! - STAGE_ORDER.get(a.stage)! ||
        collator.compare(a.name, b.name),
    );
  const rows = live.map((member, index) => [
    index + 1,
    ...ROSTER_COLUMNS.map((column) => {
      const cell = rosterCellOf(member, column, partyGroups);
      return column.kind === 'idNumber' && options.maskIdNumbers && typeof cell === 'string' && cell !== '' ? maskIdNumber(cell) : cell;
    }),
  ]);
  return writeWorkbook([
    {
      name: ROSTER_SHEET_NAME,
      header: rosterHeader(),
      rows,
      columnWidths: rosterWidths(),
      textColumns: rosterTextColumns(),
    },
  ]);
}

interface PipelineColumn {
  header: string;
  width: number;
  cell: (member: MemberRecord, names: (refs: readonly string[]) => string, partyGroups: readonly PartyGroupName[]) => CellValue;
}

const rosterColumn = (header: string): PipelineColumn => {
  const column = ROSTER_COLUMNS.find((candidate) => candidate.header === header)!;
  return { header, width: column.width, cell: (member, _names, partyGroups) => rosterCellOf(member, column, partyGroups) };
};
const milestone = (header: string, key: MilestoneDateKey, width = 14): PipelineColumn => ({
  header,
  width,
  cell: (member) => dateCell(member.development[key]),
});

const PIPELINE_COLUMNS: PipelineColumn[] = [
  rosterColumn('姓名'),
  rosterColumn('性别'),
  rosterColumn('出生日期'),
  rosterColumn('科室'),
  rosterColumn('党小组'),
  rosterColumn('人员类别'),
  milestone('递交申请时间', 'appliedOn'),
  milestone('谈话时间', 'applicationTalkOn', 12),
  milestone('确定积极分子时间', 'activistOn', 16),
  { header: '培养联系人', width: 14, cell: (member, names) => names(member.development.contacts) },
  milestone('确定发展对象时间', 'candidateOn', 16),
  { header: '入党介绍人', width: 14, cell: (member, names) => names(member.development.introducers) },
  {
    header: '集中培训学时',
    width: 12,
    cell: (member) => (member.development.candidateTrainingHours > 0 ? member.development.candidateTrainingHours : null),
  },
  milestone('上级党委预审时间', 'preReviewOn', 16),
  milestone('公示开始', 'publicityStart', 12),
  milestone('公示结束', 'publicityEnd', 12),
  milestone('支部大会接收时间', 'admissionVoteOn', 16),
  milestone('上级党委审批时间', 'committeeApprovalOn', 16),
  {
    header: '延长预备期（月）',
    width: 14,
    cell: (member) => (member.development.probationExtensionMonths > 0 ? member.development.probationExtensionMonths : null),
  },
  milestone('支部大会讨论转正时间', 'fullMembershipVoteOn', 18),
];

/**
 * The development pipeline ledger (发展党员台账): everyone not yet a full member, from
 * applicants to probationary members, with every dated milestone. 培养联系人 and 入党介绍人
 * stored as member ids are written as those members' names.
 */
export function exportPipeline(members: readonly MemberRecord[], partyGroups: readonly PartyGroupName[] = []): Promise<Uint8Array> {
  const nameOf = new Map(members.map((member) => [member.id, member.name]));
  const names = (refs: readonly string[]) => refs.map((ref) => nameOf.get(ref) ?? ref).join('、');
  const inPipeline = members
    .filter((member) => !member.deleted && member.stage !== 'full')
    .sort(
      (a, b) =>
        STAGE_ORDER.get(a.stage)! - STAGE_ORDER.get(b.stage)! ||
        (a.development.appliedOn || '9999').localeCompare(b.development.appliedOn || '9999') ||
        collator.compare(a.name, b.name),
    );
  return writeWorkbook([
    {
      name: PIPELINE_SHEET_NAME,
      header: [ROW_NUMBER_HEADER, ...PIPELINE_COLUMNS.map((column) => column.header)],
      rows: inPipeline.map((member, index) => [index + 1, ...PIPELINE_COLUMNS.map((column) => column.cell(member, names, partyGroups))]),
      columnWidths: [6, ...PIPELINE_COLUMNS.map((column) => column.width)],
    },
  ]);
}

