import { readSheet } from 'read-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { EMPTY_MILESTONES, type MemberRecord } from '../../../../../../shared/members/member';
import { ROSTER_COLUMNS, type CellValue } from '../../../../../../shared/roster/roster-columns';
import { parseRosterRows, planRosterImport } from '../../../../../../shared/roster/roster-import';
import {
  HELP_SHEET_NAME,
  PIPELINE_SHEET_NAME,
  ROSTER_SHEET_NAME,
  exportPipeline,
  exportRoster,
  rosterTemplate,
} from '../../../../../../renderer/src/features/members/excel/roster-workbooks';
import { readWorkbookRows, writeWorkbook } from '../../../../../../renderer/src/shell/workbook';

const TODAY = '2026-11-22';
const GROUPS = [
  { id: 'g1', name: '第一党小组' },
  { id: 'g2', name: '第二党小组' },
];
const context = { partyGroups: GROUPS, today: TODAY };
const utc = (date: string) => new Date(`${date}T00:00:00.000Z`);

const WANG_ID = '320102198806150024';
const LI_ID = '320102198806150032';
const CHEN_ID = '440305199501011236';

function member(id: string, fields: Partial<MemberRecord>): MemberRecord {
  return {
    id,
    branchId: 'b1',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    deleted: false,
    name: '',
    gender: 'male',
    birthDate: '',
    ethnicity: '',
    education: '',
    title: '',
    department: '',
    post: '',
    phone: '',
    idNumber: '',
    partyGroupId: '',
    stage: 'applicant',
    joinedOn: '',
    fullMembershipOn: '',
    retired: false,
    development: { ...EMPTY_MILESTONES, contacts: [], introducers: [] },
    transfers: [],
    ...fields,
  };
}

const wang = member('m-wang', {
  name: '王芳',
  gender: 'female',
  birthDate: '1988-06-15',
  ethnicity: '汉族',
  education: '硕士研究生',
  title: '主治医师',
  department: '心内科',
  post: '临床医生',
  phone: '13800138000',
  idNumber: WANG_ID,
  partyGroupId: 'g1',
  stage: 'full',
  joinedOn: '2012-07-01',
  fullMembershipOn: '2013-07-01',
  development: {
    ...EMPTY_MILESTONES,
    contacts: [],
    introducers: [],
    appliedOn: '2010-03-01',
    activistOn: '2010-09-01',
    candidateOn: '2011-10-01',
    admissionVoteOn: '2012-07-01',
  },
});
const li = member('m-li', {
  name: '李强',
  birthDate: '1988-06-15',
  department: '骨科',
  idNumber: LI_ID,
  partyGroupId: 'g2',
  stage: 'probationary',
  joinedOn: '2026-01-05',
  retired: false,
  development: {
    ...EMPTY_MILESTONES,
    contacts: ['m-wang'],
    introducers: ['m-wang', '刘老师'],
    appliedOn: '2023-03-01',
    activistOn: '2023-09-01',
    candidateOn: '2025-03-01',
    candidateTrainingHours: 24,
    admissionVoteOn: '2026-01-05',
  },
});
const chen = member('m-chen', {
  name: '陈明',
  birthDate: '1995-01-01',
  department: '急诊科',
  idNumber: CHEN_ID,
  stage: 'activist',
  development: { ...EMPTY_MILESTONES, contacts: [], introducers: [], appliedOn: '2025-04-01', activistOn: '2025-10-08' },
});
const retiree = member('m-zhao', {
  name: '赵老',
  birthDate: '1950-05-05',
  stage: 'full',
  joinedOn: '1975-07-01',
  fullMembershipOn: '1976-07-01',
  retired: true,
  development: { ...EMPTY_MILESTONES, contacts: [], introducers: [], admissionVoteOn: '1975-07-01' },
});
const gone = member('m-gone', { name: '已删除', birthDate: '1990-01-01', stage: 'applicant', deleted: true });

async function importXlsx(bytes: Uint8Array, existing: MemberRecord[] = []) {
  const parsed = parseRosterRows(await readWorkbookRows(bytes), context);
  return { parsed, plan: planRosterImport(parsed, existing) };
}

describe('importing a roster workbook', () => {
  it('reports bad rows by Excel row number and column header, and plans only the good ones', async () => {
    const bytes = await writeWorkbook([
      {
        name: '名册',
        header: ['姓名', '性别', '出生日期', '身份证号', '党小组', '人员类别', '入党时间', '转正时间'],
        rows: [
          ['王芳', '女', utc('1988-06-15'), WANG_ID, '第一党小组', '正式党员', utc('2012-07-01'), '2013/7/1'],
          ['赵六', '男', '1985-13-01', '', '', '正式党员', '2010-07-01', '2011-07-01'],
          [],
          ['陈明', '', '', CHEN_ID, '', '入党积极分子', '', ''],
          ['孙七', '男', '1990年1月1日', '320102198806150025', '第九党小组', '预备党员', '2025.1.1', ''],
        ],
        textColumns: [3],
      },
    ]);
    const { parsed, plan } = await importXlsx(bytes);
    expect(parsed.headerErrors).toEqual([]);
    expect(plan.adds.map((add) => [add.rowNumber, add.input.name, add.input.birthDate])).toEqual([
      [2, '王芳', '1988-06-15'],
      [5, '陈明', '1995-01-01'],
    ]);
    expect(plan.errorRows).toEqual([
      { rowNumber: 3, label: '赵六', errors: [{ column: '出生日期', message: expect.stringContaining('“1985-13-01”不是有效日期') }] },
      {
        rowNumber: 6,
        label: '孙七',
        errors: [
          { column: '身份证号', message: '身份证号码校验位不正确，请核对是否输错。' },
          { column: '党小组', message: expect.stringContaining('“第九党小组”') },
        ],
      },
    ]);
    expect(plan.summary).toEqual({ rows: 4, adds: 2, updates: 0, unchanged: 0, errors: 2 });
  });

  it('reads a sheet whose header is in another order, with full-width brackets, extra spaces and marks', async () => {
    const header = ['人员类别（必填）', ' 身份证号 ', '序号', '姓 名（必填）', '出生日期（YYYY-MM-DD）', '性别', '职务／岗位', '备注', '入党时间', '转正时间'];
    const bytes = await writeWorkbook([
      {
        name: 'Sheet1',
        header,
        rows: [['正式党员', WANG_ID, 1, '王  芳', utc('1988-06-15'), '女', '科室副主任', '无', utc('2012-07-01'), '2013年7月1日']],
      },
    ]);
    const { parsed, plan } = await importXlsx(bytes);
    expect(parsed.headerErrors).toEqual([]);
    expect(parsed.columns).toEqual(['人员类别', '身份证号', '姓名', '出生日期', '性别', '职务/岗位', '入党时间', '转正时间']);
    expect(parsed.notices).toEqual(['以下列不是名册的内容，已忽略：备注。']);
    expect(plan.errorRows).toEqual([]);
    expect(plan.adds[0]!.input).toMatchObject({
      name: '王芳',
      gender: 'female',
      birthDate: '1988-06-15',
      idNumber: WANG_ID,
      post: '科室副主任',
      stage: 'full',
      joinedOn: '2012-07-01',
      fullMembershipOn: '2013-07-01',
    });
  });

  it('matches members already stored by ID number: updates, not adds', async () => {
    const bytes = await writeWorkbook([
      {
        name: '名册',
        header: ['姓名', '身份证号', '人员类别', '联系电话', '入党时间', '转正时间'],
        rows: [
          ['王芳', WANG_ID, '正式党员', '139 0013 9000', '2012-07-01', '2013-07-01'],
          ['陈明', CHEN_ID, '入党积极分子', '', '', ''],
          ['新人', '110101199003074610', '入党申请人', '', '', ''],
        ],
        textColumns: [1, 3],
      },
    ]);
    const { plan } = await importXlsx(bytes, [wang, chen, gone]);
    expect(plan.updates.map((update) => [update.rowNumber, update.existing.id, update.changes])).toEqual([
      [2, 'm-wang', [{ column: '联系电话', before: '13800138000', after: '13900139000' }]],
    ]);
    expect(plan.unchangedRows.map((row) => [row.rowNumber, row.existing.id])).toEqual([[3, 'm-chen']]);
    expect(plan.adds.map((add) => [add.rowNumber, add.input.name, add.input.gender, add.input.birthDate])).toEqual([
      [4, '新人', 'male', '1990-03-07'],
    ]);
    // What the sheet does not carry stays as stored.
    expect(plan.updates[0]!.input).toMatchObject({ department: '心内科', partyGroupId: 'g1', development: { appliedOn: '2010-03-01' } });
  });
});

describe('rosterTemplate', () => {
  it('round-trips: its header is read as every roster column, and its example is skipped', async () => {
    const bytes = await rosterTemplate(GROUPS);
    const rows = await readWorkbookRows(bytes);
    expect(rows[0]).toEqual(['序号', ...ROSTER_COLUMNS.map((column) => column.header)]);
    const parsed = parseRosterRows(rows, context);
    expect(parsed.headerErrors).toEqual([]);
    expect(parsed.columns).toEqual(ROSTER_COLUMNS.map((column) => column.header));
    expect(parsed.notices).toEqual(['第 2 行是模板自带的示例（张三），没有导入。']);
    expect(parsed.rows).toEqual([]);
  });

  it('has an example row that imports as a valid member once it is made a real person', async () => {
    const rows: CellValue[][] = await readWorkbookRows(await rosterTemplate(GROUPS));
    const nameColumn = rows[0]!.indexOf('姓名');
    rows[1]![nameColumn] = '李四';
    const parsed = parseRosterRows(rows, context);
    expect(parsed.rows).toHaveLength(1);
    expect(parsed.rows[0]!.errors).toEqual([]);
    expect(parsed.rows[0]!.input).toMatchObject({
      name: '李四',
      gender: 'male',
      birthDate: '1985-03-12',
      idNumber: '110101198503120017',
      partyGroupId: 'g1',
      stage: 'full',
      joinedOn: '2010-07-01',
      fullMembershipOn: '2011-07-01',
      development: { appliedOn: '2008-09-15', activistOn: '2009-03-20', candidateOn: '2010-03-25' },
    });
  });

  it('explains every column on a 填写说明 sheet', async () => {
    const bytes = await rosterTemplate();
    const help = await readSheet(bytes.slice().buffer, HELP_SHEET_NAME);
    expect(help[0]).toEqual(['列名', '是否必填', '填写说明', '示例']);
    const explained = help.slice(1, 1 + ROSTER_COLUMNS.length);
    expect(explained.map((row) => row[0])).toEqual(ROSTER_COLUMNS.map((column) => column.header));
    expect(explained.map((row) => row[1])).toEqual(ROSTER_COLUMNS.map((column) => (column.required ? '必填' : '选填')));
    expect(explained.every((row) => typeof row[2] === 'string' && row[2].length > 3)).toBe(true);
    expect(help.flat()).toContain('本支部还没有设置党小组：“党小组”列写上组名，导入时可一并新建。');
    const roster = await readSheet(bytes.slice().buffer, ROSTER_SHEET_NAME);
    expect(roster[1]![ROSTER_COLUMNS.findIndex((column) => column.kind === 'partyGroup') + 1]).toBeNull();
  });
});

describe('exportRoster', () => {
  it('writes the live members in roster order, with Excel dates', async () => {
    const rows = await readWorkbookRows(await exportRoster([chen, retiree, li, gone, wang], GROUPS));
    expect(rows[0]).toEqual(['序号', ...ROSTER_COLUMNS.map((column) => column.header)]);
    expect(rows.slice(1).map((row) => [row[0], row[1]])).toEqual([
      [1, '王芳'],
      [2, '李强'],
      [3, '赵老'],
      [4, '陈明'],
    ]);
    const header = rows[0]!;
    const wangRow = rows[1]!;
    const cell = (name: string) => wangRow[header.indexOf(name)];
    expect([cell('性别'), cell('出生日期'), cell('身份证号'), cell('党小组'), cell('人员类别'), cell('是否离退休')]).toEqual([
      '女',
      utc('1988-06-15'),
      WANG_ID,
      '第一党小组',
      '正式党员',
      '否',
    ]);
  });

  it('imports back unchanged: every row matches its member and changes nothing', async () => {
    const existing = [wang, li, chen, retiree, gone];
    const { parsed, plan } = await importXlsx(await exportRoster(existing, GROUPS), existing);
    expect(parsed.notices).toEqual([]);
    expect(plan.errorRows).toEqual([]);
    expect(plan.adds).toEqual([]);
    expect(plan.updates).toEqual([]);
    expect(plan.unchangedRows.map((row) => row.existing.id).sort()).toEqual(['m-chen', 'm-li', 'm-wang', 'm-zhao']);
  });

  it('can mask ID numbers for copies handed out', async () => {
    const rows = await readWorkbookRows(await exportRoster([wang], GROUPS, { maskIdNumbers: true }));
    expect(rows[1]![rows[0]!.indexOf('身份证号')]).toBe('320102********0024');
  });
});

describe('exportPipeline', () => {
  it('lists everyone not yet a full member, in pipeline order, with contacts by name', async () => {
    const bytes = await exportPipeline([wang, li, chen, retiree, gone], GROUPS);
    const rows = await readSheet(bytes.slice().buffer, PIPELINE_SHEET_NAME);
    const header = rows[0]!;
    expect(header.slice(0, 8)).toEqual(['序号', '姓名', '性别', '出生日期', '科室', '党小组', '人员类别', '递交申请时间']);
    expect(rows.slice(1).map((row) => row[1])).toEqual(['陈明', '李强']);
    const liRow = rows[2]!;
    const cell = (name: string) => liRow[header.indexOf(name)];
    expect(cell('人员类别')).toBe('预备党员');
    expect(cell('党小组')).toBe('第二党小组');
    expect(cell('培养联系人')).toBe('王芳');
    expect(cell('入党介绍人')).toBe('王芳、刘老师');
    expect(cell('集中培训学时')).toBe(24);
    expect(cell('确定发展对象时间')).toEqual(utc('2025-03-01'));
    expect(cell('支部大会接收时间')).toEqual(utc('2026-01-05'));
    expect(cell('支部大会讨论转正时间')).toBeNull();
  });
});
