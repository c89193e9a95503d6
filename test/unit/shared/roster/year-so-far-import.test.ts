import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../../shared/roster/roster-columns';
import { parsePaidThroughCell, parseYearSoFarRows, planYearSoFar, type YearSoFarStored } from '../../../../shared/roster/year-so-far-import';
import { memberRecord } from '../support/member-fixture';
import { fen, member as duesMember, RULES } from '../dues/dues-fixture';

const ID_LI = '11010119900307002X';
const li = memberRecord({ name: '李华', idNumber: ID_LI, stage: 'full', joinedOn: '2015-07-01', fullMembershipOn: '2016-07-01' });
const wang = memberRecord({ name: '王芳', stage: 'full', joinedOn: '2015-07-01', fullMembershipOn: '2016-07-01' });
const zhao = memberRecord({ name: '赵强', stage: 'activist' });
const twinA = memberRecord({ name: '陈静', birthDate: '1988-01-01' });
const twinB = memberRecord({ name: '陈静', birthDate: '1991-05-05' });
const MEMBERS = [li, wang, zhao, twinA, twinB];
const CONTEXT = { year: 2026, today: '2026-07-15', members: MEMBERS };

const stored = (openingHours: [string, number][] = []): YearSoFarStored => ({
  openingHours: new Map(openingHours),
  duesInputs: new Map([
    [li.id, duesMember({ memberId: li.id })],
    [wang.id, duesMember({ memberId: wang.id, bases: [] })],
  ]),
  duesRules: RULES,
});

/** A sheet as LibreOffice gives it: a merged title row, synonym headers, an ID stored as a number. */
function sheet(...rows: CellValue[][]): CellValue[][] {
  return [['某某党支部 2026 年学时和党费情况', null, null, null, null], ['序号', '党员姓名', '公民身份号码', '本年已完成学时', '党费交至', '已交党费金额'], ...rows];
}

describe('parseYearSoFarRows', () => {
  it('reads the header below a title row by the roster synonyms and finds each member by ID or by name', () => {
    const parsed = parseYearSoFarRows(sheet([1, '李华', ID_LI, 12.5, '6月', null], [2, '王 芳', 1.10101199001011e17, '8学时', 6, '300元']), CONTEXT);
    expect(parsed.headerErrors).toEqual([]);
    expect(parsed.rows.map((row) => [row.rowNumber, row.member?.name, row.openingHours, row.paidThrough, row.paidFen])).toEqual([
      [3, '李华', 12.5, 6, null],
      [4, '王芳', 8, 6, 30000],
    ]);
    expect(parsed.notices[0]).toContain('身份证号被 Excel 存成了数字');
  });

  it('says per row, in Chinese, who is not on the roster, who is ambiguous and which cell is wrong', () => {
    const parsed = parseYearSoFarRows(
      sheet([1, '孙悟', null, 4, null, null], [2, '陈静', 1.10101199001011e17, 4, null, null], [3, '李华', null, -2, '十三月', null], [4, '李华', null, 1, null, null], [5, '王芳', null, null, 9, null]),
      CONTEXT,
    );
    const errors = parsed.rows.map((row) => row.errors.map((error) => `${error.column}:${error.message}`).join(' | '));
    expect(errors[0]).toContain('名册中没有“孙悟”');
    expect(errors[1]).toContain('名册中有 2 位“陈静”');
    expect(errors[2]).toContain('期初学时:期初学时不能为负数');
    expect(errors[2]).toContain('“十三月”看不出交到了哪个月');
    expect(errors[3]).toContain('与第 5 行是名册中的同一人');
    expect(errors[4]).toContain('交至 9 月晚于本月');
    expect(parsed.rows.every((row) => row.member === undefined)).toBe(true);
  });

  it('refuses a sheet with neither 期初学时 nor 党费已交至, saying what it saw', () => {
    const parsed = parseYearSoFarRows([['姓名', '备注'], ['李华', '无']], CONTEXT);
    expect(parsed.headerErrors[0]).toContain('既没有“期初学时”列，也没有“党费已交至”列');
    expect(parsed.headerReport?.unknown).toEqual(['备注']);
    expect(parsed.headerReport?.missing.map((missing) => missing.header)).toEqual(['期初学时', '党费已交至']);
  });

  it('reads months as people write them', () => {
    const month = (cell: CellValue) => parsePaidThroughCell(cell, 2026);
    expect(['1-6月', '至6月', '2026年6月', '2026-06', 6, new Date(Date.UTC(2026, 5, 30)), '未交'].map((cell) => month(cell))).toEqual(
      [6, 6, 6, 6, 6, 6, 0].map((value) => ({ ok: true, value })),
    );
    expect(month('2025年12月')).toEqual({ ok: false, message: expect.stringContaining('不是 2026 年的月份') });
  });
});

describe('planYearSoFar', () => {
  it('plans the balances and the 期初 months, and refuses dues for someone who pays none or without an amount', () => {
    const parsed = parseYearSoFarRows(sheet([1, '李华', ID_LI, 12, 3, null], [2, '王芳', null, null, 2, null], [3, '赵强', null, 4, 2, null], [4, '王芳', null, null, null, null]), CONTEXT);
    const plan = planYearSoFar(parsed, 2026, stored([[li.id, 10]]));
    expect(plan.rows.map((row) => [row.name, row.outcome, row.details.join('；')])).toEqual([
      ['李华', 'import', '期初学时 10 → 12；党费 1–3 月已交，共 120.00 元（期初）'],
      ['王芳', 'error', expect.stringContaining('未核定党费基数')],
      ['赵强', 'error', expect.stringContaining('不交纳党费')],
      ['王芳', 'error', expect.stringContaining('同一人')],
    ]);
    expect(plan.openingHours).toEqual([{ memberId: li.id, hours: 12, name: '李华' }]);
    expect(plan.duesWrites).toHaveLength(1);
    expect(plan.summary).toEqual({ rows: 4, imports: 1, unchanged: 0, errors: 3 });
  });

  it('takes the amount from the book when there is no base', () => {
    const parsed = parseYearSoFarRows(sheet([1, '王芳', null, null, 2, 90]), CONTEXT);
    const plan = planYearSoFar(parsed, 2026, stored());
    expect(plan.rows[0]).toMatchObject({ outcome: 'import', details: ['党费 1–2 月已交，共 90.00 元（期初）'] });
    const write = plan.duesWrites[0]!;
    expect((write.kind === 'create' ? write.input.months : write.patch.months).slice(0, 2).map((entry) => entry?.paidFen)).toEqual([fen('45'), fen('45')]);
  });
});
