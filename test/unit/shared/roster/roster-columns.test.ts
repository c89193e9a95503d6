import { describe, expect, it } from 'vitest';
import {
  parseOccupationCell,
  ROSTER_COLUMNS,
  cellText,
  dateCell,
  matchRosterHeader,
  normalizeHeader,
  parseDateCell,
  parseGenderCell,
  parseIdNumberCell,
  parseNameCell,
  parsePartyGroupCell,
  parseStageCell,
  parseYesNoCell,
  rosterCellOf,
  rosterColumnForField,
  type RosterFieldSource,
} from '../../../../shared/roster/roster-columns';
import { validateIdNumber } from '../../../../shared/members/member-validation';

describe('roster columns', () => {
  it('lists the roster columns in the agreed order, each mapped to its own field', () => {
    expect(ROSTER_COLUMNS.map((column) => column.header)).toEqual([
      '姓名',
      '性别',
      '出生日期',
      '民族',
      '学历',
      '职称',
      '科室',
      '职务/岗位',
      '联系电话',
      '身份证号',
      '党小组',
      '人员类别',
      '入党时间',
      '转正时间',
      '是否离退休',
      '人员分类',
      '递交申请时间',
      '派人谈话时间',
      '确定积极分子时间',
      '确定发展对象时间',
      '上级党委预审时间',
      '上级党委审批时间',
      '支部大会讨论转正时间',
    ]);
    expect(new Set(ROSTER_COLUMNS.map((column) => column.field)).size).toBe(ROSTER_COLUMNS.length);
    expect(rosterColumnForField('development.activistOn')?.header).toBe('确定积极分子时间');
    expect(rosterColumnForField('transfers')).toBeUndefined();
  });

  it('ships a template example that is itself valid', () => {
    const id = ROSTER_COLUMNS.find((column) => column.field === 'idNumber')!.example;
    expect(validateIdNumber(id)).toBeUndefined();
    for (const column of ROSTER_COLUMNS.filter((c) => c.kind === 'date')) {
      expect(parseDateCell(column.example), column.header).toEqual({ ok: true, value: column.example });
    }
  });
});

describe('header matching', () => {
  it.each([
    ['姓名', '姓名'],
    [' 姓 名 ', '姓名'],
    ['姓名（必填）', '姓名'],
    ['*姓名', '姓名'],
    ['姓名(必填)', '姓名'],
    ['职务／岗位', '职务/岗位'],
    ['职务 / 岗位（选填）', '职务/岗位'],
    ['出生日期（YYYY-MM-DD）', '出生日期'],
    ['身份证号码', '身份证号'],
    ['手机号', '联系电话'],
    ['确定为入党积极分子时间', '确定积极分子时间'],
    ['人员类别\u3000（必填）', '人员类别'],
  ])('reads %j as the %s column', (text, header) => {
    expect(matchRosterHeader(text)?.header).toBe(header);
  });

  it('normalises full-width brackets, spaces and fill marks away', () => {
    expect(normalizeHeader(' 入党 时间（必填） ')).toBe('入党时间');
    expect(normalizeHeader('【出生日期】')).toBe('出生日期');
    expect(normalizeHeader('＊联系电话（手机）')).toBe('联系电话');
  });

  it('recognises no column for unrelated headers', () => {
    expect(matchRosterHeader('备注')).toBeUndefined();
    expect(matchRosterHeader('')).toBeUndefined();
    expect(matchRosterHeader(null)).toBeUndefined();
  });
});

describe('date cells', () => {
  it.each([
    ['1985-03-12', '1985-03-12'],
    ['1985-3-2', '1985-03-02'],
    ['1985/3/12', '1985-03-12'],
    ['1985.3.12', '1985-03-12'],
    ['1985年3月12日', '1985-03-12'],
    ['1985 年 3 月 12 日', '1985-03-12'],
    ['１９８５年３月１２日', '1985-03-12'],
    ['19850312', '1985-03-12'],
    ['1985/03/12 00:00:00', '1985-03-12'],
    [' 2000-02-29 ', '2000-02-29'],
  ])('reads the text %j as %s', (text, date) => {
    expect(parseDateCell(text)).toEqual({ ok: true, value: date });
  });

  it('reads Excel date cells, date serials and yyyymmdd numbers', () => {
    expect(parseDateCell(new Date(Date.UTC(1985, 2, 12)))).toEqual({ ok: true, value: '1985-03-12' });
    expect(parseDateCell(new Date(Date.UTC(1985, 2, 12, 15, 30)))).toEqual({ ok: true, value: '1985-03-12' });
    expect(parseDateCell(31118)).toEqual({ ok: true, value: '1985-03-12' });
    expect(parseDateCell(19850312)).toEqual({ ok: true, value: '1985-03-12' });
  });

  it('reads a blank cell as no date', () => {
    expect(parseDateCell(null)).toEqual({ ok: true, value: '' });
    expect(parseDateCell('  ')).toEqual({ ok: true, value: '' });
  });

  it.each([['1985-13-01'], ['2023-02-29'], ['1985/3'], ['去年'], ['85.3.12']])('refuses %j with a Chinese message', (text) => {
    const result = parseDateCell(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(`“${text}”不是有效日期`);
  });

  it('refuses a boolean and a small number', () => {
    expect(parseDateCell(true).ok).toBe(false);
    expect(parseDateCell(12).ok).toBe(false);
  });

  it('writes dates as UTC-midnight Date cells and leaves blanks empty', () => {
    expect(dateCell('1985-03-12')).toEqual(new Date(Date.UTC(1985, 2, 12)));
    expect(dateCell('')).toBeNull();
  });
});

describe('other cells', () => {
  it('reads 性别', () => {
    expect(parseGenderCell('男')).toEqual({ ok: true, value: 'male' });
    expect(parseGenderCell(' 女性 ')).toEqual({ ok: true, value: 'female' });
    expect(parseGenderCell(null)).toEqual({ ok: true, value: '' });
    expect(parseGenderCell('M')).toMatchObject({ ok: false, message: expect.stringContaining('“男”或“女”') });
  });

  it('reads 人员类别 by its labels and common variants', () => {
    expect(parseStageCell('入党积极分子')).toEqual({ ok: true, value: 'activist' });
    expect(parseStageCell('积极分子')).toEqual({ ok: true, value: 'activist' });
    expect(parseStageCell('中共预备党员')).toEqual({ ok: true, value: 'probationary' });
    expect(parseStageCell('正式党员')).toEqual({ ok: true, value: 'full' });
    expect(parseStageCell('群众')).toMatchObject({ ok: false, message: expect.stringContaining('入党申请人/入党积极分子/发展对象/预备党员/正式党员') });
  });

  it('reads 是否离退休, blank as 否', () => {
    expect(parseYesNoCell('是')).toEqual({ ok: true, value: true });
    expect(parseYesNoCell('否')).toEqual({ ok: true, value: false });
    expect(parseYesNoCell(true)).toEqual({ ok: true, value: true });
    expect(parseYesNoCell(null)).toEqual({ ok: true, value: false });
    expect(parseYesNoCell('也许').ok).toBe(false);
  });

  it('reads an ID number as text and refuses one Excel turned into a number', () => {
    expect(parseIdNumberCell(' 11010119900307461x ')).toEqual({ ok: true, value: '11010119900307461X' });
    expect(parseIdNumberCell(110101198503120000)).toMatchObject({ ok: false, message: expect.stringContaining('文本') });
  });

  it('drops alignment spaces inside Chinese names only', () => {
    expect(parseNameCell('张  三')).toBe('张三');
    expect(parseNameCell('阿依古丽·买买提')).toBe('阿依古丽·买买提');
    expect(parseNameCell(' John  Smith ')).toBe('John Smith');
  });

  it('finds a party group by its name, tolerating spaces and full-width forms', () => {
    const groups = [
      { id: 'g1', name: '第一党小组' },
      { id: 'g2', name: '第二党小组' },
    ];
    expect(parsePartyGroupCell(' 第二 党小组 ', groups)).toEqual({ ok: true, value: 'g2' });
    expect(parsePartyGroupCell(null, groups)).toEqual({ ok: true, value: '' });
    expect(parsePartyGroupCell('第三党小组', groups)).toMatchObject({ ok: false, message: expect.stringContaining('第一党小组、第二党小组') });
    expect(parsePartyGroupCell('第一党小组', [])).toMatchObject({ ok: false, message: expect.stringContaining('还没有设置党小组') });
  });

  it('shows numbers with all their digits', () => {
    expect(cellText(13800138000)).toBe('13800138000');
    expect(cellText(1.5)).toBe('1.5');
  });
});

describe('roster cells of a member', () => {
  const member: RosterFieldSource = {
    name: '李四',
    gender: 'female',
    birthDate: '1990-03-07',
    ethnicity: '汉族',
    education: '大学本科',
    title: '主管护师',
    department: '心内科',
    post: '护士长',
    phone: '13800138000',
    idNumber: '110101199003074619',
    partyGroupId: 'g1',
    stage: 'probationary',
    joinedOn: '2024-07-01',
    fullMembershipOn: '',
    retired: false,
    occupation: 'nurse',
    development: {
      appliedOn: '2021-03-01',
      applicationTalkOn: '2021-03-20',
      activistOn: '2021-09-01',
      candidateOn: '',
      preReviewOn: '',
      committeeApprovalOn: '2024-08-15',
      fullMembershipVoteOn: '',
    },
  };
  const cells = ROSTER_COLUMNS.map((column) => rosterCellOf(member, column, [{ id: 'g1', name: '第一党小组' }]));

  it('writes labels, group names and dates the way the import reads them', () => {
    expect(cells).toEqual([
      '李四',
      '女',
      new Date(Date.UTC(1990, 2, 7)),
      '汉族',
      '大学本科',
      '主管护师',
      '心内科',
      '护士长',
      '13800138000',
      '110101199003074619',
      '第一党小组',
      '预备党员',
      new Date(Date.UTC(2024, 6, 1)),
      null,
      '否',
      '护士',
      new Date(Date.UTC(2021, 2, 1)),
      new Date(Date.UTC(2021, 2, 20)),
      new Date(Date.UTC(2021, 8, 1)),
      null,
      null,
      new Date(Date.UTC(2024, 7, 15)),
      null,
    ]);
  });
});

describe('人员分类', () => {
  it('reads the seven groups and the words secretaries use for them, refusing anything else in Chinese', () => {
    expect(['医生', '护士', '医技', '药学', '行政后勤', '离退休', '学生', '医师', '后勤', '', null].map((cell) => parseOccupationCell(cell))).toEqual([
      { ok: true, value: 'doctor' },
      { ok: true, value: 'nurse' },
      { ok: true, value: 'medicalTechnician' },
      { ok: true, value: 'pharmacist' },
      { ok: true, value: 'administration' },
      { ok: true, value: 'retired' },
      { ok: true, value: 'student' },
      { ok: true, value: 'doctor' },
      { ok: true, value: 'administration' },
      { ok: true, value: '' },
      { ok: true, value: '' },
    ]);
    expect(parseOccupationCell('工人')).toEqual({ ok: false, message: expect.stringContaining('不是有效的人员分类') });
  });
});
