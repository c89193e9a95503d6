import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROSTER_SHEET_NAME } from '../../renderer/src/features/members/excel/roster-workbooks';
import { writeWorkbook } from '../../renderer/src/shell/workbook';
import { idNumberFor, ROSTER_HEADER, type RosterSheet } from '../support/roster-sheet';
import { completeWizard, openArea, useAppUnderTest, type OpenedApp } from './support/app';
import { outputPath } from './support/output';
import { adoptEnrolment, createCentralKeys, download, importPackage, makeEnrolmentFile } from './support/packages';
import { chooseOption, importRoster } from './support/roster';

const { openApp } = useAppUnderTest();

/**
 * Both PCs live on 29 December 2026 (the clock fixed, timers running), so a 公示 begun on
 * 28 December runs into 2027, the year the built-in calendar does not know.
 */
const TODAY = new Date('2026-12-29T02:00:00Z');
const CANDIDATE = '郑发展';

/** A 2027 arrangement as the office types it from the notice (test data: 13 statutory days). */
const HOLIDAYS_2027 = '1月1日至3日、2月5日至12日、4月3日至5日、5月1日至5日、6月9日、9月15日、10月1日至7日';
const MAKE_UPS_2027 = '1月31日、2月20日、5月8日、9月26日、10月9日';

async function openOn(day: Date): Promise<OpenedApp> {
  const app = await openApp();
  await app.context.clock.setFixedTime(day);
  await app.page.reload();
  return app;
}

/** Three full members and a 发展对象, plus a row without a name (the import helper expects one refused row). */
async function rosterWithCandidate(): Promise<RosterSheet> {
  const row = (name: string, index: number, stage: string, dates: string[]) => {
    const birth = `198${index}-0${index + 1}-1${index}`;
    return [name, index % 2 ? '男' : '女', birth, '汉族', '大学本科', '主治医师', '心内科', '医师', '', idNumberFor(birth, index, index % 2 === 1), '', stage, ...dates];
  };
  const full = ['2010-07-01', '2011-07-01', '否', '', '', ''];
  const rows = [
    row('王建国', 1, '正式党员', full),
    row('李秀英', 2, '正式党员', full),
    row('张志强', 3, '正式党员', full),
    row(CANDIDATE, 4, '发展对象', ['', '', '否', '2024-03-01', '2025-03-01', '2026-06-01']),
    ['', '女', '1985-05-05', '汉族', '', '', '心内科', '', '', '', '', '正式党员', '2012-07-01', '2013-07-01', '否', '', '', ''],
  ];
  const bytes = await writeWorkbook([{ name: ROSTER_SHEET_NAME, header: ROSTER_HEADER, rows }]);
  const people = ['王建国', '李秀英', '张志强', CANDIDATE].map((name) => ({ name, stage: '正式党员' as const }));
  return { bytes, people, overdueApplicant: '', recentApplicant: '', badRows: [{ name: '', column: '姓名' }] };
}

async function assemblyCells(page: Page): Promise<number> {
  await openArea(page, '三会一课');
  await page.getByRole('tab', { name: '年度台账' }).click();
  const row = page.getByRole('table', { name: '三会一课年度台账' }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: '支部党员大会' }) });
  return row.locator('td').count();
}

async function candidateEarliest(page: Page): Promise<string> {
  await openArea(page, '党员');
  await page.getByRole('tab', { name: '发展党员' }).click();
  const row = page.getByRole('table', { name: '发展党员' }).getByRole('row').filter({ hasText: CANDIDATE });
  return (await row.locator('td').nth(3).innerText()).trim();
}

describe('local rules set by 院党委组织科 reach the branch with the next 回执', () => {
  it('a monthly 党员大会 and a typed 2027 calendar change the branch’s 年度台账 and its 公示 dates', async () => {
    const central = await openOn(TODAY);
    const branch = await openOn(TODAY);

    await completeWizard(central.page, { role: '院党委组织科', name: '市人民医院党委' });
    await createCentralKeys(central.page, '组织科密钥口令2026');
    // Made before the rules change: the branch starts on the national rules.
    const enrolment = await makeEnrolmentFile(central.page, '内科党支部', 'rules-enrolment.zbenrol');

    // Branch: roster with a 发展对象 whose 公示 began yesterday.
    await completeWizard(branch.page, { role: '党支部', name: '内科党支部', parent: '市人民医院党委' });
    await importRoster(branch.page, await rosterWithCandidate());
    await branch.page.getByLabel('搜索党员').fill(CANDIDATE);
    // The roster is a virtual table: its rows are not table rows to the accessibility tree.
    await branch.page.locator('.ant-table-row').filter({ hasText: CANDIDATE }).getByRole('button', { name: '编辑' }).click();
    const drawer = branch.page.getByRole('dialog', { name: `编辑：${CANDIDATE}` });
    await drawer.getByLabel('公示开始').fill('2026-12-28');
    await drawer.getByLabel('公示开始').press('Enter');
    await drawer.getByRole('button', { name: '保存' }).click();
    await drawer.waitFor({ state: 'hidden' });
    // Five working days from Monday 28 December reach Friday 1 January, a year the app does not know: 暂算.
    expect(await candidateEarliest(branch.page)).toBe('2027-01-04 暂算');
    expect(await assemblyCells(branch.page)).toBe(4);
    // The branch says it is a 临床 branch: the office's 临床 note targets will apply to it.
    await openArea(branch.page, '支部信息');
    await chooseOption(branch.page, '支部类别', '临床');
    await branch.page.getByRole('button', { name: '保存支部信息' }).click();
    await branch.page.getByText('支部信息已保存').waitFor();
    await openArea(branch.page, '数据交换');
    await adoptEnrolment(branch.page, enrolment, '内科支部密钥口令2026');
    const report = await download(branch.page, '导出报送包', 'rules-report-1.zbpkg');

    // Central office: 党员大会 monthly for the whole of 2026 (dated back), and 2027's holidays.
    await openArea(central.page, '数据交换');
    const rulesForm = central.page.getByRole('form', { name: '本院规则' });
    await chooseOption(central.page, '支部党员大会', '每月一次', rulesForm);
    await rulesForm.getByLabel('临床：笔记字数').fill('10000');
    await rulesForm.getByLabel('临床：心得体会').fill('2');
    await rulesForm.getByLabel('生效日期').fill('2026-01-01');
    await rulesForm.getByLabel('生效日期').press('Enter');
    await central.page.getByText('生效日期早于今天：改动将追溯适用于 2026-01-01 起开始的期间').waitFor();
    await rulesForm.getByRole('button', { name: '保存为新版本' }).click();
    await central.page.getByText('已保存规则集“市人民医院党委规则”第 2 版，自 2026-01-01 起适用').waitFor();

    const calendar = central.page.getByRole('form', { name: '工作日历' });
    await calendar.getByLabel('年份').fill('2027');
    await calendar.getByLabel('放假日期').fill(HOLIDAYS_2027.replace('10月1日至7日', '10月1日至7日、6月31日'));
    await calendar.getByLabel('调休上班日期（周末上班）').fill(MAKE_UPS_2027);
    await calendar.getByRole('button', { name: '保存工作日历' }).click();
    const preview = central.page.getByTestId('calendar-preview');
    await preview.getByText('放假日期：无法识别日期“6月31日”（如 2027-02-06 或 2月6日）。').waitFor();
    await central.page.getByText('日期有误，工作日历未保存，请按上面的提示改正。').waitFor();
    await calendar.getByLabel('放假日期').fill(HOLIDAYS_2027);
    await calendar.getByRole('button', { name: '预览' }).click();
    await preview.getByText('2027 年：放假 7 段共 28 天，调休上班 5 天，少上班 13 天（法定 13 天），全年工作日 248 天。').waitFor();
    const previewRows = await preview.getByRole('table', { name: '2027年节假日预览' }).getByRole('row').allInnerTexts();
    expect(previewRows).toContain('10月\t10月1日至7日\t10月9日');
    await central.page.screenshot({ path: outputPath('local-rules-central.png'), fullPage: true });
    await calendar.getByRole('button', { name: '保存工作日历' }).click();
    await central.page.getByText('已保存 2027 年工作日历（规则集第 3 版）').waitFor();
    await central.page.getByText('2027 年（本单位录入）', { exact: false }).waitFor();

    await openArea(central.page, '各支部');
    await importPackage(central.page, '导入报送包', report, '报送包-内科党支部.zbpkg');
    const overview = central.page.locator('.ant-card').filter({ hasText: '各支部报送情况' });
    await overview.getByRole('row').filter({ hasText: '内科党支部' }).waitFor();
    const back = await download(central.page, '导出回执', 'rules-return-1.zbpkg');

    // Branch: the 回执 brings the rules; the grid and the 公示 follow them at once.
    expect(await importPackage(branch.page, '导入回执/下发包', back, '回执-内科党支部.zbpkg')).toContain('已启用院党委下发的规则集“市人民医院党委规则”（第 3 版）');
    await branch.page.getByTestId('active-rule-set').getByText('市人民医院党委规则（第 3 版）').waitFor();
    expect(await assemblyCells(branch.page)).toBe(12);
    await branch.page.screenshot({ path: outputPath('local-rules-branch-grid.png'), fullPage: true });
    // 1–3 January are holidays in the typed 2027: the 公示 ends on Monday 4 January, the 支部大会 may follow on the 5th, no longer 暂算.
    expect(await candidateEarliest(branch.page)).toBe('2027-01-05');
    await branch.page.screenshot({ path: outputPath('local-rules-branch-pipeline.png'), fullPage: true });
    // 学时台账: each member's words against the 临床 target of 10,000 字 and 2 心得体会.
    await openArea(branch.page, '学习');
    const ledgerRow = branch.page.getByRole('table', { name: '学时台账' }).getByRole('row').filter({ hasText: '王建国' });
    await ledgerRow.getByText('0 / 10,000 字').waitFor();
    await ledgerRow.getByText('0 / 2 篇').waitFor();
    await branch.page.screenshot({ path: outputPath('local-rules-branch-ledger.png'), fullPage: true });

    expect(central.problems).toEqual([]);
    expect(branch.problems).toEqual([]);
  });
});
