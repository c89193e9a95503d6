import { describe, expect, it } from 'vitest';
import type { DevelopmentMilestones, MemberRecord } from '../../../../shared/members/member';
import type { MemberInput } from '../../../../shared/members/member-validation';
import type { CellValue } from '../../../../shared/roster/roster-columns';
import { columnOfField, parseRosterRows, planRosterImport } from '../../../../shared/roster/roster-import';
import { memberRecord } from '../support/member-fixture';

const TODAY = '2026-11-22';
const GROUPS = [
  { id: 'g1', name: '第一党小组' },
  { id: 'g2', name: '第二党小组' },
];
const context = { partyGroups: GROUPS, today: TODAY };

const HEADER = ['姓名', '性别', '出生日期', '科室', '联系电话', '身份证号', '党小组', '人员类别', '入党时间', '转正时间', '是否离退休'];
/** 王芳, female, born 1988-06-15. */
const WANG_ID = '320102198806150024';
/** 李强, male, born 1988-06-15. */
const LI_ID = '320102198806150032';
/** 陈明, male, born 1995-01-01. */
const CHEN_ID = '440305199501011236';

const wang: CellValue[] = ['王芳', '女', '1988-06-15', '心内科', '13800138000', WANG_ID, '第一党小组', '正式党员', '2012-07-01', '2013-07-01', '否'];
const li: CellValue[] = ['李强', '男', '1988/6/15', '骨科', '', LI_ID, '第二党小组', '预备党员', '2026年1月5日', '', ''];
const chen: CellValue[] = ['陈明', '', '', '急诊科', '', CHEN_ID, '', '入党积极分子', '', '', ''];

/** The fields a roster sheet fills in, left blank so that each test's stored member has only what it names. */
const UNFILLED: Partial<MemberInput> = { name: '', gender: 'male', birthDate: '', ethnicity: '', education: '', title: '', department: '', post: '', phone: '' };

/** A stored member (the shared member fixture) with the given id and only the given fields filled in. */
function record({ id, development, ...patch }: Partial<Omit<MemberInput, 'development'>> & { id: string; development?: Partial<DevelopmentMilestones> }): MemberRecord {
  return { ...memberRecord({ ...UNFILLED, ...patch }, development), id };
}

describe('parseRosterRows: the header', () => {
  it('refuses a sheet without a 姓名 column', () => {
    const parsed = parseRosterRows(
      [
        ['日期', '会议主题'],
        ['2026-01-05', '学习'],
      ],
      context,
    );
    expect(parsed.headerErrors).toEqual([
      '这不是党员名册：前 10 行中找不到“姓名”列（可写作：姓名、名字、党员姓名、人员姓名）。表中看到的是——第 1 行：日期、会议主题；第 2 行：2026-01-05、学习。请使用“下载模板”得到的表头。',
    ]);
    expect(parsed.rows).toEqual([]);
  });

  it('refuses an empty sheet and a sheet with only its header', () => {
    expect(parseRosterRows([], context).headerErrors).toEqual([expect.stringContaining('工作表是空的')]);
    expect(parseRosterRows([[null, ''], []], context).headerErrors).toEqual([expect.stringContaining('工作表是空的')]);
    const headerOnly = parseRosterRows([HEADER, [], [null, null]], context);
    expect(headerOnly.headerErrors).toEqual(['表中没有人员数据：表头（第 1 行）下面应每人一行。']);
    expect(headerOnly.rows).toEqual([]);
  });

  it('requires the 人员类别 column, and 性别/出生日期 unless the ID number can supply them', () => {
    expect(parseRosterRows([['姓名', '性别', '出生日期'], ['王芳', '女', '1988-06-15']], context).headerErrors).toEqual([
      '缺少必填的“人员类别”列。',
    ]);
    expect(parseRosterRows([['姓名', '人员类别'], ['王芳', '正式党员']], context).headerErrors).toEqual([
      expect.stringContaining('缺少必填的“性别”列'),
      expect.stringContaining('缺少必填的“出生日期”列'),
    ]);
    expect(parseRosterRows([['姓名', '身份证号', '人员类别'], ['陈明', CHEN_ID, '入党积极分子']], context).headerErrors).toEqual([]);
  });

  it('reads 人员分类 (职业类别) into the member, and names the row of a value it does not know', () => {
    const parsed = parseRosterRows([['姓名', '身份证号', '人员类别', '职业类别'], ['陈明', CHEN_ID, '入党积极分子', '护士'], ['陈明', CHEN_ID, '入党积极分子', '工人']], context);
    expect(parsed.rows[0]!.input).toMatchObject({ occupation: 'nurse' });
    expect(parsed.rows[1]!.errors).toEqual([{ column: '人员分类', message: expect.stringContaining('“工人”不是有效的人员分类') }]);
  });

  it('notes ignored columns, and accepts a title row above the header', () => {
    const parsed = parseRosterRows(
      [['内科第一党支部党员名册'], [...HEADER, '备注', '序号'], [...wang, '老同志', 1]],
      context,
    );
    expect(parsed.headerErrors).toEqual([]);
    expect(parsed.headerRowNumber).toBe(2);
    expect(parsed.notices).toEqual(['以下列不是名册的内容，已忽略：备注。']);
    expect(parsed.rows).toHaveLength(1);
    expect(parsed.rows[0]).toMatchObject({ rowNumber: 3, errors: [] });
  });
});

describe('parseRosterRows: the rows', () => {
  it('reads good rows into member inputs, deriving 性别 and 出生日期 from the ID number', () => {
    const parsed = parseRosterRows([HEADER, wang, li, chen], context);
    expect(parsed.headerErrors).toEqual([]);
    expect(parsed.rows.map((row) => [row.rowNumber, row.errors])).toEqual([
      [2, []],
      [3, []],
      [4, []],
    ]);
    expect(parsed.rows[0]!.input).toMatchObject({
      name: '王芳',
      gender: 'female',
      birthDate: '1988-06-15',
      department: '心内科',
      phone: '13800138000',
      idNumber: WANG_ID,
      partyGroupId: 'g1',
      stage: 'full',
      joinedOn: '2012-07-01',
      fullMembershipOn: '2013-07-01',
      retired: false,
      development: { admissionVoteOn: '2012-07-01' },
      transfers: [],
    });
    expect(parsed.rows[1]!.input).toMatchObject({ birthDate: '1988-06-15', joinedOn: '2026-01-05', partyGroupId: 'g2', stage: 'probationary' });
    expect(parsed.rows[2]!.input).toMatchObject({ gender: 'male', birthDate: '1995-01-01', stage: 'activist' });
    expect(parsed.rows[2]!.filledFields).toEqual(['name', 'gender', 'birthDate', 'department', 'idNumber', 'stage']);
  });

  it('reads the columns by header whatever their order', () => {
    const order = [7, 0, 5, 2, 1, 6, 8, 9, 3, 4, 10];
    const parsed = parseRosterRows([order.map((i) => HEADER[i]!), order.map((i) => wang[i]!)], context);
    const inOrder = parseRosterRows([HEADER, wang], context);
    expect(parsed.rows[0]!.input).toEqual(inOrder.rows[0]!.input);
  });

  it('reports each bad row with its Excel row number and the column header, one message per column', () => {
    const parsed = parseRosterRows(
      [
        HEADER,
        wang,
        ['赵六', '男', '1985-13-01', '', '', '', '第九党小组', '正式党员', '2010-07-01', '2011-07-01', ''],
        [],
        ['', '女', '1990-01-01', '', '', '', '', '预备党员', '2025-01-01', '', ''],
        ['孙七', '男', '1990-01-01', '', '12345', '', '', '入党积极分子', '2025-01-01', '', '也许'],
        ['周八', '女', '1990-01-01', '', '', LI_ID, '', '群众', '', '', ''],
        ['吴九', '男', '1990-01-01', '', '', '', '', '预备党员', '2027-01-01', '', ''],
      ],
      context,
    );
    expect(parsed.rows.map((row) => [row.rowNumber, row.input !== undefined])).toEqual([
      [2, true],
      [3, false],
      [5, false],
      [6, false],
      [7, false],
      [8, false],
    ]);
    const errors = Object.fromEntries(parsed.rows.map((row) => [row.rowNumber, row.errors]));
    expect(errors[3]).toEqual([
      { column: '出生日期', message: expect.stringContaining('“1985-13-01”不是有效日期') },
      { column: '党小组', message: expect.stringContaining('找不到名为“第九党小组”的党小组') },
    ]);
    expect(errors[5]).toEqual([{ column: '姓名', message: '请填写“姓名”。' }]);
    expect(errors[6]).toEqual([
      { column: '联系电话', message: expect.stringContaining('11 位手机号') },
      { column: '入党时间', message: '尚未接收为预备党员，不应填写入党时间。' },
      { column: '是否离退休', message: expect.stringContaining('“也许”') },
    ]);
    expect(errors[7]).toEqual([
      { column: '身份证号', message: expect.stringContaining('出生日期与所填出生日期不一致') },
      { column: '人员类别', message: expect.stringContaining('“群众”不是有效的人员类别') },
    ]);
    expect(errors[8]).toEqual([{ column: '入党时间', message: '入党时间不能晚于今天。' }]);
  });

  it('reports a wrong ID number check digit under 身份证号', () => {
    const parsed = parseRosterRows([HEADER, ['王芳', '女', '1988-06-15', '', '', '320102198806150025', '', '正式党员', '2012-07-01', '2013-07-01', '']], context);
    expect(parsed.rows[0]!.errors).toEqual([{ column: '身份证号', message: '身份证号码校验位不正确，请核对是否输错。' }]);
  });

  it('maps date-order problems found by validateMember to the roster column', () => {
    const parsed = parseRosterRows(
      [
        ['姓名', '性别', '出生日期', '人员类别', '递交申请时间', '确定积极分子时间'],
        ['王芳', '女', '1988-06-15', '入党积极分子', '2024-05-01', '2024-03-01'],
      ],
      context,
    );
    expect(parsed.rows[0]!.errors).toEqual([{ column: '确定积极分子时间', message: '确定为入党积极分子日期不能早于递交入党申请书日期。' }]);
    expect(columnOfField('development.admissionVoteOn')).toBe('入党时间');
    expect(columnOfField('transfers.0.date')).toBe('其他信息');
  });

  it('skips wholly empty rows and rows holding only a 序号, and the untouched template example', () => {
    const parsed = parseRosterRows(
      [
        ['序号', ...HEADER, '身份证号'],
        [1, '张三', '男', '1985-03-12', '', '', '110101198503120017', '', '正式党员', '2010-07-01', '2011-07-01', '否'],
        [2, ...wang],
        [3],
        [null, '', '   '],
      ],
      context,
    );
    expect(parsed.notices).toEqual(['“身份证号”列与另一列内容相同，只读取了其中一列。', '第 2 行是模板自带的示例（张三），没有导入。']);
    expect(parsed.rows.map((row) => row.rowNumber)).toEqual([3]);
  });
});

describe('planRosterImport', () => {
  const parsedSheet = () =>
    parseRosterRows(
      [
        HEADER,
        wang,
        ['赵六', '男', '1985-13-01', '', '', '', '', '正式党员', '2010-07-01', '2011-07-01', ''],
        li,
        chen,
      ],
      context,
    );

  it('plans only the good rows and lists the bad ones', () => {
    const plan = planRosterImport(parsedSheet(), []);
    expect(plan.adds.map((add) => [add.rowNumber, add.input.name])).toEqual([
      [2, '王芳'],
      [4, '李强'],
      [5, '陈明'],
    ]);
    expect(plan.errorRows).toEqual([{ rowNumber: 3, label: '赵六', errors: [{ column: '出生日期', message: expect.stringContaining('不是有效日期') }] }]);
    expect(plan.updates).toEqual([]);
    expect(plan.summary).toEqual({ rows: 4, adds: 3, updates: 0, unchanged: 0, errors: 1 });
  });

  it('updates members matched by ID number instead of adding them, changing only filled-in cells', () => {
    const stored = record({
      id: 'm-wang',
      name: '王芳',
      gender: 'female',
      birthDate: '1988-06-15',
      department: '老科室',
      phone: '13900139000',
      idNumber: WANG_ID,
      stage: 'full',
      joinedOn: '2012-07-01',
      fullMembershipOn: '2013-07-01',
      ethnicity: '回族',
      development: { admissionVoteOn: '2012-07-01', appliedOn: '2010-03-01' },
    });
    const plan = planRosterImport(parsedSheet(), [stored]);
    expect(plan.adds.map((add) => add.rowNumber)).toEqual([4, 5]);
    expect(plan.updates).toHaveLength(1);
    const [update] = plan.updates;
    expect(update!.rowNumber).toBe(2);
    expect(update!.existing).toBe(stored);
    expect(update!.changes).toEqual([
      { column: '科室', before: '老科室', after: '心内科' },
      { column: '联系电话', before: '13900139000', after: '13800138000' },
      { column: '党小组', before: '', after: '第一党小组' },
    ]);
    // Columns the sheet lacks, or leaves blank, keep what was stored.
    expect(update!.input).toMatchObject({ ethnicity: '回族', development: { appliedOn: '2010-03-01' } });
    expect(plan.summary).toMatchObject({ adds: 2, updates: 1, errors: 1 });
  });

  it('matches by exact 姓名 + 出生日期 when the row has no ID number', () => {
    const stored = record({ id: 'm-zhou', name: '周八', gender: 'female', birthDate: '1990-01-01', stage: 'applicant', idNumber: '' });
    const parsed = parseRosterRows(
      [
        ['姓名', '性别', '出生日期', '人员类别', '递交申请时间'],
        ['周八', '女', '1990-01-01', '入党申请人', '2026-03-01'],
        ['周八', '女', '1990-01-02', '入党申请人', ''],
      ],
      context,
    );
    const plan = planRosterImport(parsed, [stored]);
    expect(plan.updates.map((u) => [u.rowNumber, u.existing.id, u.changes])).toEqual([
      [2, 'm-zhou', [{ column: '递交申请时间', before: '', after: '2026-03-01' }]],
    ]);
    expect(plan.adds.map((add) => add.rowNumber)).toEqual([3]);
  });

  it('gives a stored member without ID number the ID number of a matching row', () => {
    const stored = record({ id: 'm-chen', name: '陈明', gender: 'male', birthDate: '1995-01-01', stage: 'activist' });
    const plan = planRosterImport(parseRosterRows([HEADER, chen], context), [stored]);
    expect(plan.adds).toEqual([]);
    expect(plan.updates[0]!.changes).toEqual([
      { column: '科室', before: '', after: '急诊科' },
      { column: '身份证号', before: '', after: CHEN_ID },
    ]);
  });

  it('does not match a namesake who has another ID number', () => {
    const namesake = record({ id: 'm-other', name: '陈明', gender: 'male', birthDate: '1995-01-01', idNumber: '440305199501011113' });
    const plan = planRosterImport(parseRosterRows([HEADER, chen], context), [namesake]);
    expect(plan.adds.map((add) => add.rowNumber)).toEqual([2]);
  });

  it('counts rows that change nothing as unchanged, and ignores deleted members', () => {
    const parsed = parseRosterRows([HEADER, wang], context);
    const [row] = parsed.rows;
    const same = { ...record({ id: 'm-wang', ...row!.input! }) };
    expect(planRosterImport(parsed, [same]).unchangedRows).toEqual([{ rowNumber: 2, existing: same }]);
    expect(planRosterImport(parsed, [{ ...same, deleted: true }]).adds).toHaveLength(1);
  });

  it('refuses a second row for the same person', () => {
    const parsed = parseRosterRows(
      [HEADER, wang, [...wang.slice(0, 3), '外科', ...wang.slice(4)], ['陈明', '男', '1995-01-01', '', '', '', '', '入党申请人', '', '', ''], chen],
      context,
    );
    const plan = planRosterImport(parsed, []);
    expect(plan.adds.map((add) => add.rowNumber)).toEqual([2, 4]);
    expect(plan.errorRows).toEqual([
      { rowNumber: 3, label: '王芳', errors: [{ column: '身份证号', message: '与第 2 行的身份证号相同，同一人只能有一行。' }] },
      { rowNumber: 5, label: '陈明', errors: [{ column: '姓名', message: '与第 4 行的姓名、出生日期相同，同一人只能有一行。' }] },
    ]);
  });

  it('refuses a row that matches two stored namesakes', () => {
    const a = record({ id: 'a', name: '周八', gender: 'female', birthDate: '1990-01-01' });
    const b = record({ id: 'b', name: '周八', gender: 'female', birthDate: '1990-01-01' });
    const parsed = parseRosterRows([['姓名', '性别', '出生日期', '人员类别'], ['周八', '女', '1990-01-01', '入党申请人']], context);
    expect(planRosterImport(parsed, [a, b]).errorRows).toEqual([
      { rowNumber: 2, label: '周八', errors: [{ column: '姓名', message: expect.stringContaining('名册中有 2 位姓名、出生日期都相同的人员') }] },
    ]);
  });

  it('checks an update again together with what is stored', () => {
    // The row moves 入党时间 after the 支部大会讨论转正 date already stored for the member.
    const stored = record({
      id: 'm-li',
      name: '李强',
      gender: 'male',
      birthDate: '1988-06-15',
      idNumber: LI_ID,
      stage: 'probationary',
      joinedOn: '2025-01-05',
      development: { admissionVoteOn: '2025-01-05', fullMembershipVoteOn: '2026-01-06' },
    });
    const parsed = parseRosterRows(
      [
        ['姓名', '身份证号', '人员类别', '入党时间'],
        ['李强', LI_ID, '预备党员', '2026-02-01'],
      ],
      context,
    );
    const plan = planRosterImport(parsed, [stored]);
    expect(plan.updates).toEqual([]);
    expect(plan.errorRows).toEqual([
      { rowNumber: 2, label: '李强', errors: [{ column: '支部大会讨论转正时间', message: '支部大会讨论转正日期不能早于支部大会接收日期。' }] },
    ]);
  });

  it('plans nothing for a sheet with header errors', () => {
    const plan = planRosterImport(parseRosterRows([['日期']], context), []);
    expect(plan.summary).toEqual({ rows: 0, adds: 0, updates: 0, unchanged: 0, errors: 0 });
  });
});
