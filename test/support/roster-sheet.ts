import { addDays, addMonths, addYears } from '../../shared/dates';
import { idNumberCheckCharacter } from '../../shared/members/id-number';
import type { CellValue } from '../../shared/roster/roster-columns';
import { ROSTER_SHEET_NAME } from '../../renderer/src/features/members/excel/roster-workbooks';
import { writeWorkbook } from '../../renderer/src/shell/workbook';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = ['建国', '秀英', '海燕', '志强', '丽华', '晓东', '雪梅', '文博', '静怡', '国庆', '春燕', '明辉', '欣然', '立军', '慧敏'];
const DEPARTMENTS = ['心内科', '呼吸内科', '消化内科', '肾内科', '内分泌科'];
const TITLES = ['主任医师', '副主任医师', '主治医师', '住院医师', '主管护师', '护师'];

export const ROSTER_HEADER = [
  '姓名', '性别', '出生日期', '民族', '学历', '职称', '科室', '职务/岗位', '联系电话', '身份证号',
  '党小组', '人员类别', '入党时间', '转正时间', '是否离退休', '递交申请时间', '确定积极分子时间', '确定发展对象时间',
];

/** A valid 18-digit ID number for a birth date; odd sequence digits are men. */
export function idNumberFor(birthDate: string, sequence: number, male: boolean): string {
  const order = String((sequence * 2 + (male ? 1 : 0)) % 1000).padStart(3, '0');
  const first17 = `110101${birthDate.replaceAll('-', '')}${order}`;
  return first17 + idNumberCheckCharacter(first17);
}

export interface RosterPerson {
  name: string;
  stage: '正式党员' | '预备党员' | '入党积极分子' | '入党申请人';
  joinedOn?: string;
  fullMembershipOn?: string;
  appliedOn?: string;
  activistOn?: string;
}

export interface RosterSheet {
  bytes: Uint8Array;
  /** The people of the valid rows, in sheet order. */
  people: RosterPerson[];
  /** Applicants by role in the test: one long overdue for the talk, one recent. */
  overdueApplicant: string;
  recentApplicant: string;
  /** Rows the import must refuse, with the column at fault. */
  badRows: { name: string; column: string }[];
}

/**
 * A branch's roster as a secretary's spreadsheet holds it: `size` valid people (full
 * members, two probationary, one activist, two applicants) dated relative to today,
 * plus two broken rows (a mistyped ID number, a missing name).
 */
export async function buildRosterSheet(today: string, size: number, partyGroups: readonly string[]): Promise<RosterSheet> {
  const overdueApplicant = '赵小慧';
  const recentApplicant = '钱立新';
  const special: RosterPerson[] = [
    { name: '孙预备', stage: '预备党员', joinedOn: addMonths(today, -6), appliedOn: addYears(today, -3), activistOn: addYears(today, -2) },
    { name: '周预备', stage: '预备党员', joinedOn: addMonths(today, -11), appliedOn: addYears(today, -3), activistOn: addYears(today, -2) },
    { name: '吴积极', stage: '入党积极分子', appliedOn: addYears(today, -1), activistOn: addMonths(today, -10) },
    { name: overdueApplicant, stage: '入党申请人', appliedOn: addDays(today, -60) },
    { name: recentApplicant, stage: '入党申请人', appliedOn: addDays(today, -10) },
  ];
  // Surname and given name cycle with periods 20 and 15: distinct names for up to 60 people.
  const people: RosterPerson[] = [];
  for (let index = 0; people.length < size - special.length; index++) {
    const joinedOn = addYears(today, -2 - (index % 20));
    people.push({
      name: SURNAMES[index % SURNAMES.length]! + GIVEN[(index * 7) % GIVEN.length]!,
      stage: '正式党员',
      joinedOn,
      fullMembershipOn: addYears(joinedOn, 1),
    });
  }
  people.push(...special);

  const rows: CellValue[][] = people.map((person, index) => {
    const male = index % 2 === 1;
    const birthDate = `${1965 + (index % 30)}-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 27) + 1).padStart(2, '0')}`;
    return [
      person.name,
      male ? '男' : '女',
      birthDate,
      '汉族',
      '大学本科',
      TITLES[index % TITLES.length]!,
      DEPARTMENTS[index % DEPARTMENTS.length]!,
      index % 9 === 0 ? '科主任' : '医师',
      `139${String(10_000_000 + index * 7919).slice(0, 8)}`,
      idNumberFor(birthDate, index, male),
      partyGroups[index % Math.max(partyGroups.length, 1)] ?? '',
      person.stage,
      person.joinedOn ?? '',
      person.fullMembershipOn ?? '',
      '否',
      person.appliedOn ?? '',
      person.activistOn ?? '',
      '',
    ];
  });
  const badRows = [
    { name: '错号码', column: '身份证号' },
    { name: '', column: '姓名' },
  ];
  const broken = idNumberFor('1980-01-01', 999, true);
  rows.push(['错号码', '男', '1980-01-01', '汉族', '大学本科', '', '心内科', '', '', broken.slice(0, 17) + (broken[17] === '1' ? '2' : '1'), '', '正式党员', '2010-07-01', '2011-07-01', '否', '', '', '']);
  rows.push(['', '女', '1985-05-05', '汉族', '', '', '心内科', '', '', '', '', '正式党员', '2012-07-01', '2013-07-01', '否', '', '', '']);

  const bytes = await writeWorkbook([{ name: ROSTER_SHEET_NAME, header: ROSTER_HEADER, rows }]);
  return { bytes, people, overdueApplicant, recentApplicant, badRows };
}
