import { COMMITTEE_ROLE_LABELS } from '../../../../shared/branch/branch';
import { GENDER_LABELS, STAGE_LABELS, type DevelopmentStage, type Gender } from '../../../../shared/members/member';
import { MEMBER_DATE_LABELS, maskIdNumber } from '../../../../shared/members/member-validation';
import { ROSTER_COLUMNS } from '../../../../shared/roster/roster-columns';
import { STUDY_FORM_LABELS, STUDY_KIND_LABELS, type StudyForm, type StudyKind } from '../../../../shared/study/study-types';

/** Chinese names of record fields, by dotted path, for the 修改记录 view. */
const FIELD_LABELS: Record<string, string> = {
  ...Object.fromEntries(ROSTER_COLUMNS.map((column) => [column.field, column.header])),
  ...MEMBER_DATE_LABELS,
  deleted: '已删除',
  transfers: '组织关系转接',
  'development.contacts': '培养联系人',
  'development.introducers': '入党介绍人',
  'development.candidateTrainingHours': '发展对象培训学时',
  'development.probationExtensionMonths': '延长预备期（月）',
  parentOrganizationName: '所属党委',
  departments: '覆盖科室',
  isJoint: '联合支部',
  kind: '支部类别',
  foundedOn: '成立日期',
  committee: '支部委员会',
  termStart: '任期开始',
  termEnd: '任期结束',
  secretaryIsDepartmentHead: '双带头人',
  partyGroups: '党小组',
  brand: '支部品牌',
  // Dues records (党费基数, 交纳, 上缴).
  fromMonth: '起始月份',
  category: '党员类别',
  income: '收入',
  hardship: '困难减免',
  months: '逐月交纳',
  quarter: '季度',
  remittedOn: '上缴日期',
  amountFen: '上缴金额（分）',
  receiptRef: '收据号',
  // Study notebooks.
  openingHours: '期初学时（开始使用本软件前）',
};

/** A study notebook keys its notes by id: 'notes.<id>.hours' is one note's field. */
const NOTE_PATH = /^notes\.[^.]+\.([^.]+)/;

const NOTE_FIELD_LABELS: Record<string, string> = {
  id: '编号',
  date: '学习日期',
  materialTitle: '学习材料',
  kind: '材料类别',
  hours: '学时',
  form: '学习形式',
  text: '笔记内容',
  attachmentId: '照片',
  excellent: '优秀学习笔记',
};

export function fieldLabel(path: string): string {
  const note = NOTE_PATH.exec(path);
  if (note) return `学习笔记·${NOTE_FIELD_LABELS[note[1]!] ?? note[1]}`;
  return FIELD_LABELS[path] ?? FIELD_LABELS[path.split('.')[0]!] ?? path;
}

/** Names of the records a field refers to by id (party groups, members), where the screen knows them. */
export type NameLookup = (id: string) => string | undefined;

const REFERENCE_FIELDS = new Set(['partyGroupId']);

/** A stored value as a secretary reads it; ID numbers stay masked even in the history. */
export function displayValue(path: string, value: unknown, lookup: NameLookup = () => undefined): string {
  if (value === undefined || value === null || value === '') return '（空）';
  if (REFERENCE_FIELDS.has(path) && typeof value === 'string') return lookup(value) ?? '（已删除的党小组）';
  if (path === 'idNumber' && typeof value === 'string') return maskIdNumber(value);
  if (path === 'stage') return STAGE_LABELS[value as DevelopmentStage] ?? String(value);
  if (path === 'gender') return GENDER_LABELS[value as Gender] ?? String(value);
  const noteField = NOTE_PATH.exec(path)?.[1];
  if (noteField === 'kind') return STUDY_KIND_LABELS[value as StudyKind] ?? String(value);
  if (noteField === 'form') return STUDY_FORM_LABELS[value as StudyForm] ?? String(value);
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (path === 'committee' && Array.isArray(value)) {
    return value.map((seat: { role: keyof typeof COMMITTEE_ROLE_LABELS }) => COMMITTEE_ROLE_LABELS[seat.role]).join('、') || '（空）';
  }
  if (path === 'partyGroups' && Array.isArray(value)) return value.map((group: { name: string }) => group.name).join('、') || '（空）';
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'object' ? JSON.stringify(item) : String(item))).join('、') || '（空）';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
