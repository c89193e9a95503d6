import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROSTER_SHEET_NAME } from '../../renderer/src/features/members/excel/roster-workbooks';
import { writeWorkbook } from '../../renderer/src/shell/workbook';
import { formatCalendarDates } from '../../shared/calendar/calendar-text';
import { PRC_PUBLIC_HOLIDAYS } from '../../shared/calendar/prc-public-holidays';
import { idNumberFor, ROSTER_HEADER, type RosterSheet } from '../support/roster-sheet';
import { completeWizard, fixClockOn, openArea, useAppUnderTest, type OpenedApp } from './support/app';
import { outputPath } from './support/output';
import { adoptEnrolment, createCentralKeys, download, importPackage, makeEnrolmentFile } from './support/packages';
import { chooseOption, importRoster } from './support/roster';

const { openApp } = useAppUnderTest();

/**
 * Dates are taken from today, so that the test runs the same in any year. NEXT is the first
 * year after this one the built-in calendar does not know; both PCs live on 29 December of the
 * year before it (the clock fixed, timers running), so a 公示 begun that day runs into NEXT.
 * When the built-in calendar lacks that year too, the office types it as well.
 */
const YEAR = new Date().getFullYear();
const NEXT = (() => {
  let year = YEAR + 1;
  while (PRC_PUBLIC_HOLIDAYS[String(year)]) year += 1;
  return year;
})();
/** The PCs' year: this year, or later when the built-in calendar already knows the next one. */
const APP_YEAR = NEXT - 1;
const TODAY = new Date(`${APP_YEAR}-12-29T02:00:00Z`);
const CANDIDATE = '郑发展';

const isWeekend = (date: string) => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());
const dayAfter = (date: string, days = 1) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
/** The 公示 begins on the last weekday on or before 29 December: its five working days run into NEXT. */
const PUBLICITY_START = [0, 1, 2].map((back) => dayAfter(`${APP_YEAR}-12-29`, -back)).find((date) => !isWeekend(date))!;

/**
 * A year's arrangement as the office types it from the notice (test data): seven holidays, each
 * from its festival's day on until it has taken the given number of weekdays, 13 in all, and no
 * make-up workdays, so that the check finds the year complete whatever the weekdays.
 */
function arrangementOf(year: number): string[] {
  const festivals: Array<[string, number]> = [['01-01', 1], ['02-10', 4], ['04-04', 1], ['05-01', 2], ['06-10', 1], ['09-20', 1], ['10-01', 3]];
  return festivals.flatMap(([start, weekdays]) => {
    const run: string[] = [];
    for (let date = `${year}-${start}`, left = weekdays; left > 0; date = dayAfter(date)) {
      run.push(date);
      if (!isWeekend(date)) left -= 1;
    }
    return run;
  });
}

/** The working day after the 5 working days of a 公示 from its first day (that day counted), on a calendar that knows the holidays. */
function afterPublicity(start: string, holidays: ReadonlySet<string>): string {
  const working = (date: string) => !isWeekend(date) && !holidays.has(date);
  let date = start;
  for (let counted = working(date) ? 1 : 0; counted < 5; ) {
    date = dayAfter(date);
    if (working(date)) counted += 1;
  }
  do date = dayAfter(date);
  while (!working(date));
  return date;
}

/** Typed by the office: NEXT, and this year too when the built-in calendar lacks it. */
const TYPED_YEARS = [APP_YEAR, NEXT].filter((year, index, years) => !PRC_PUBLIC_HOLIDAYS[String(year)] && years.indexOf(year) === index);
const TYPED_HOLIDAYS = new Set(TYPED_YEARS.flatMap(arrangementOf));
/** Before the office's calendar: NEXT's holidays unknown, its weekdays taken as working days (暂算). */
const EARLIEST_BEFORE = afterPublicity(PUBLICITY_START, new Set(Object.values(PRC_PUBLIC_HOLIDAYS).flatMap((entry) => entry.holidays)));
const EARLIEST_AFTER = afterPublicity(PUBLICITY_START, new Set([...TYPED_HOLIDAYS, ...Object.values(PRC_PUBLIC_HOLIDAYS).flatMap((entry) => entry.holidays)]));

async function openOn(day: Date): Promise<OpenedApp> {
  const app = await openApp();
  await fixClockOn(app, day);
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

async function assemblyCells(page: Page): Promise<Locator> {
  await openArea(page, '三会一课');
  await page.getByRole('tab', { name: '年度台账' }).click();
  const row = page.getByRole('table', { name: '三会一课年度台账' }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: '支部党员大会' }) });
  return row.locator('td');
}

async function candidateEarliest(page: Page): Promise<string> {
  await openArea(page, '党员');
  await page.getByRole('tab', { name: '发展党员' }).click();
  const row = page.getByRole('table', { name: '发展党员' }).getByRole('row').filter({ hasText: CANDIDATE });
  return (await row.locator('td').nth(3).innerText()).trim();
}

describe('local rules set by 院党委组织科 reach the branch with the next 回执', () => {
  it('a monthly 党员大会 and the next year’s calendar typed by the office change the branch’s 年度台账 and its 公示 dates', async () => {
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
    await drawer.getByLabel('公示开始').fill(PUBLICITY_START);
    await drawer.getByLabel('公示开始').press('Enter');
    await drawer.getByRole('button', { name: '保存' }).click();
    await drawer.waitFor({ state: 'hidden' });
    // Five working days from 29 December run into NEXT, a year the app does not know: 暂算.
    expect(await candidateEarliest(branch.page)).toBe(`${EARLIEST_BEFORE} 暂算`);
    // The grid is drawn once the year's meetings and talks are read: wait for its cells, not for the tab.
    const quarterly = await assemblyCells(branch.page);
    await expect.poll(() => quarterly.count()).toBe(4);
    // The branch says it is a 临床 branch: the office's 临床 note targets will apply to it.
    await openArea(branch.page, '支部信息');
    await chooseOption(branch.page, '支部类别', '临床');
    await branch.page.getByRole('button', { name: '保存支部信息' }).click();
    await branch.page.getByText('支部信息已保存').waitFor();
    await openArea(branch.page, '数据交换');
    await adoptEnrolment(branch.page, enrolment, '内科支部密钥口令2026');
    const report = await download(branch.page, '导出报送包', 'rules-report-1.zbpkg');

    // Central office: 党员大会 monthly for the whole of APP_YEAR (dated back), and NEXT's holidays.
    await openArea(central.page, '数据交换');
    const rulesForm = central.page.getByRole('form', { name: '本院规则' });
    await chooseOption(central.page, '支部党员大会', '每月一次', rulesForm);
    await rulesForm.getByLabel('临床：笔记字数').fill('10000');
    await rulesForm.getByLabel('临床：心得体会').fill('2');
    await rulesForm.getByLabel('每月报送截止日').fill('10');
    await rulesForm.getByLabel('生效日期').fill(`${APP_YEAR}-01-01`);
    await rulesForm.getByLabel('生效日期').press('Enter');
    await central.page.getByText(`生效日期早于今天：改动将追溯适用于 ${APP_YEAR}-01-01 起开始的期间`).waitFor();
    await rulesForm.getByRole('button', { name: '保存为新版本' }).click();
    await central.page.getByText(`已保存规则集“市人民医院党委规则”第 2 版，自 ${APP_YEAR}-01-01 起适用`).waitFor();

    const calendar = central.page.getByRole('form', { name: '工作日历' });
    const nextHolidays = arrangementOf(NEXT);
    await calendar.getByLabel('年份').fill(String(NEXT));
    await calendar.getByLabel('放假日期').fill(`${formatCalendarDates(nextHolidays)}、6月31日`);
    await calendar.getByRole('button', { name: '保存工作日历' }).click();
    const preview = central.page.getByTestId('calendar-preview');
    await preview.getByText(/放假日期：无法识别日期“6月31日”/).waitFor();
    await central.page.getByText('日期有误，工作日历未保存，请按上面的提示改正。').waitFor();
    await calendar.getByLabel('放假日期').fill(formatCalendarDates(nextHolidays));
    await calendar.getByRole('button', { name: '预览' }).click();
    await preview.getByText(`${NEXT} 年：放假 7 段共 ${nextHolidays.length} 天，调休上班 0 天，少上班 13 天（法定 13 天）`, { exact: false }).waitFor();
    const previewRows = await preview.getByRole('table', { name: `${NEXT}年节假日预览` }).getByRole('row').allInnerTexts();
    expect(previewRows.find((row) => row.startsWith('10月'))).toContain(formatCalendarDates(nextHolidays.filter((date) => date.slice(5, 7) === '10')));
    await central.page.screenshot({ path: outputPath('local-rules-central.png'), fullPage: true });
    let version = 2;
    for (const year of [...TYPED_YEARS.filter((year) => year !== NEXT), NEXT]) {
      await calendar.getByLabel('年份').fill(String(year));
      await calendar.getByLabel('放假日期').fill(formatCalendarDates(arrangementOf(year)));
      await calendar.getByRole('button', { name: '保存工作日历' }).click();
      version += 1;
      await central.page.getByText(`已保存 ${year} 年工作日历（规则集第 ${version} 版）`).waitFor();
    }
    await central.page.getByText(`${NEXT} 年（本单位录入）`, { exact: false }).waitFor();

    // The office's report day, 10, is the one its 组织生活月报 judges by.
    await openArea(central.page, '组织生活月报');
    await central.page.getByText(/报送截止日为次月 10 日/).waitFor();
    await openArea(central.page, '各支部');
    await importPackage(central.page, '导入报送包', report, '报送包-内科党支部.zbpkg');
    await central.page.screenshot({ path: outputPath('local-rules-central-report.png'), fullPage: true });
    const back = await download(central.page, '导出回执', 'rules-return-1.zbpkg');

    // Branch: the 回执 brings the rules; the grid and the 公示 follow them at once.
    const finalVersion = 2 + TYPED_YEARS.length;
    await openArea(branch.page, '数据交换');
    expect(await importPackage(branch.page, '导入回执/下发包', back, '回执-内科党支部.zbpkg')).toContain(`已启用院党委下发的规则集“市人民医院党委规则”（第 ${finalVersion} 版）`);
    await branch.page.getByTestId('active-rule-set').getByText(`市人民医院党委规则（第 ${finalVersion} 版）`).waitFor();
    const monthly = await assemblyCells(branch.page);
    await expect.poll(() => monthly.count()).toBe(12);
    await branch.page.screenshot({ path: outputPath('local-rules-branch-grid.png'), fullPage: true });
    // NEXT's 元旦 is a holiday in the typed calendar: the 公示 ends later, the 支部大会 may follow the working day after, no longer 暂算.
    expect(EARLIEST_AFTER > EARLIEST_BEFORE).toBe(true);
    expect(await candidateEarliest(branch.page)).toBe(EARLIEST_AFTER);
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
