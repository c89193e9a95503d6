import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseRosterRows, planRosterImport } from '../../../../../../shared/roster/roster-import';
import { readWorkbookRows } from '../../../../../../renderer/src/shell/workbook';
import { parseYearSoFarRows, planYearSoFar } from '../../../../../../shared/roster/year-so-far-import';
import { memberDuesInputs } from '../../../../../../shared/dues/branch-dues';
import { NATIONAL_RULE_SET } from '../../../../../../shared/rules/national-rule-set';

/** Rosters LibreOffice made (test/fixtures/roster/make-fixtures.py), not the app's own writer. */
function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(fileURLToPath(new URL(`../../../../../fixtures/roster/${name}`, import.meta.url))));
}

async function planOf(name: string) {
  let next = 0;
  const parsed = parseRosterRows(await readWorkbookRows(fixture(name)), {
    partyGroups: [{ id: 'g1', name: '第一党小组' }],
    today: '2026-12-06',
    newPartyGroupId: () => `new-${++next}`,
  });
  return { parsed, plan: planRosterImport(parsed, []) };
}

describe('rosters made in a spreadsheet program', () => {
  it('reads a CSV-born roster with 党员类别, 类别 (在职/离退休) and other synonyms, proposing the group the branch lacks', async () => {
    const { parsed, plan } = await planOf('first-hour-roster.xlsx');
    expect(parsed.headerErrors).toEqual([]);
    expect(parsed.notices).toEqual([
      '第 11 行（孙国庆）、第 12 行（周春燕）的身份证号被 Excel 存成了数字，后几位已丢失，这些行不能导入：请把“身份证号”列设为文本格式，按原始证件改正后重新导入。',
      '“党员类别”列的内容是正式党员、预备党员等，已按“人员类别”读取。',
      '“类别”列的内容是在职、离退休，已按“是否离退休”读取。',
      '以下列不是名册的内容，已忽略：备注。',
    ]);
    expect(plan.newPartyGroups).toEqual([{ id: 'new-1', name: '第二党小组' }]);
    expect(plan.adds.map(({ input }) => [input.name, input.stage, input.retired, input.partyGroupId])).toEqual([
      ['王建国', 'full', false, 'g1'],
      ['李秀英', 'full', false, 'g1'],
      ['张海燕', 'full', false, 'new-1'],
      ['刘志强', 'full', true, 'new-1'],
      ['陈丽华', 'full', false, 'g1'],
      ['杨晓东', 'full', false, 'new-1'],
      ['黄雪梅', 'probationary', false, 'g1'],
      ['赵文博', 'probationary', false, 'new-1'],
      ['吴静怡', 'probationary', false, 'new-1'],
    ]);
    expect(plan.adds.find(({ input }) => input.name === '吴静怡')!.input.development.committeeApprovalOn).toBe('2026-05-10');
    expect(plan.errorRows.map((row) => [row.rowNumber, row.label, row.errors.map((error) => error.column)])).toEqual([
      [11, '孙国庆', ['身份证号']],
      [12, '周春燕', ['身份证号']],
      [13, '郑明辉', ['入党时间']],
      [14, '11010119860606082X', ['姓名']],
    ]);
    expect(plan.errorRows[0]!.errors[0]!.message).toContain('“1.10101196810011E+17”：身份证号被 Excel 当成了数字');
    expect(plan.errorRows[1]!.errors[0]!.message).toContain('“110101197702021000”');
  });

  it('finds the header under a merged title row, and names the rows whose ID numbers are number cells', async () => {
    const { parsed, plan } = await planOf('merged-title-roster.xlsx');
    expect(parsed.headerRowNumber).toBe(3);
    expect(parsed.columns).toEqual(['姓名', '身份证号', '人员类别', '入党时间', '转正时间', '党小组', '是否离退休']);
    expect(plan.adds.map(({ input }) => [input.name, input.stage, input.gender, input.birthDate])).toEqual([
      ['马立军', 'full', 'male', '1970-10-10'],
      ['朱慧敏', 'probationary', 'female', '1982-03-03'],
    ]);
    expect(plan.errorRows.map((row) => [row.rowNumber, row.label])).toEqual([
      [6, '胡欣然'],
      [7, '郭春燕'],
    ]);
    expect(plan.errorRows[0]!.errors).toEqual([{ column: '身份证号', message: expect.stringMatching(/^“110101197907151\d{3}”：身份证号被 Excel 当成了数字/) }]);
    expect(parsed.notices[0]).toBe(
      '第 6 行（胡欣然）、第 7 行（郭春燕）的身份证号被 Excel 存成了数字，后几位已丢失，这些行不能导入：请把“身份证号”列设为文本格式，按原始证件改正后重新导入。',
    );
  });

  it('says which headers it saw, which it did not understand, and which names would work when a required column is missing', async () => {
    const rows = await readWorkbookRows(fixture('first-hour-roster.xlsx'));
    const withoutCategory = rows.map((row) => row.filter((_, index) => index !== 5));
    const parsed = parseRosterRows(withoutCategory, { partyGroups: [], today: '2026-12-06' });
    expect(parsed.headerErrors).toEqual(['缺少必填的“人员类别”列。']);
    expect(parsed.headerReport!.recognised.map((column) => `${column.text}→${column.header}`)).toEqual([
      '姓名→姓名',
      '性别→性别',
      '身份证号码→身份证号',
      '民族→民族',
      '类别→是否离退休',
      '所在党小组→党小组',
      '入党日期→入党时间',
      '转正日期→转正时间',
      '上级党委审批时间→上级党委审批时间',
      '联系电话→联系电话',
    ]);
    expect(parsed.headerReport!.unknown).toEqual(['备注']);
    expect(parsed.headerReport!.missing).toEqual([{ header: '人员类别', accepted: expect.arrayContaining(['人员类别', '政治面貌', '党员身份']) }]);
  });
});

describe('the year so far made in a spreadsheet program', () => {
  it('reads 期初学时 and 党费交至 under merged titles and synonym headers, finds people whose ID Excel rounded by name, and names each row in error', async () => {
    const { plan: roster } = await planOf('first-hour-roster.xlsx');
    const members = roster.adds.map(({ input }, index) => ({ ...input, id: `m-${index}`, branchId: 'b', createdAt: '2026-12-06T00:00:00.000Z', updatedAt: '2026-12-06T00:00:00.000Z', deleted: false }));
    const parsed = parseYearSoFarRows(await readWorkbookRows(fixture('year-so-far.xlsx')), { year: 2026, today: '2026-12-06', members });
    expect(parsed.headerErrors).toEqual([]);
    expect(parsed.notices[0]).toContain('身份证号被 Excel 存成了数字');
    const plan = planYearSoFar(parsed, 2026, {
      openingHours: new Map(),
      duesInputs: new Map(memberDuesInputs({ members, bases: [], payments: [] }).map((input) => [input.memberId, input])),
      duesRules: NATIONAL_RULE_SET.rules.dues,
    });
    expect(plan.rows.map((row) => [row.rowNumber, row.name, row.outcome, row.details.join('；')])).toEqual([
      [4, '王建国', 'import', '期初学时 20；党费 1–6 月已交，共 600.00 元（期初）'],
      [5, '李秀英', 'import', '期初学时 16.5；党费 1–6 月已交，共 300.00 元（期初）'],
      [6, '张海燕', 'import', '期初学时 12；党费 1–6 月已交，共 360.00 元（期初）'],
      [7, '刘志强', 'error', expect.stringContaining('第 7 行「党费已交至」未核定党费基数')],
      [8, '黄雪梅', 'import', '期初学时 12.5；党费 1–6 月已交，共 60.00 元（期初）'],
      [9, '赵文博', 'error', '第 9 行「期初学时」“十二”不是学时数，请填写数字，如 12 或 12.5。'],
      [10, '吴静怡', 'import', '期初学时 4；党费 3 月已交，共 15.00 元（期初）'],
      [11, '孙国庆', 'error', '第 11 行「姓名」名册中没有“孙国庆”：请先导入党员名册，或核对姓名。'],
    ]);
  });
});
