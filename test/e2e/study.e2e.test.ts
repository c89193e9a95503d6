import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readWorkbookRows } from '../../renderer/src/shell/workbook';
import { localToday } from '../../renderer/src/core/today';
import { buildRosterSheet } from '../support/roster-sheet';
import { completeWizard, openArea, useAppUnderTest } from './support/app';
import { outputPath } from './support/output';
import { chooseOption, importRoster } from './support/roster';
import { markLastNoteExcellent, openNotebook } from './support/study';

const { openApp } = useAppUnderTest();

/** Records today's 党课 (14:30–16:00, 1.5 学时) with the whole branch present, through the 三会一课 screens. */
async function recordLecture(page: Page, host: string) {
  await openArea(page, '三会一课');
  await page.getByRole('button', { name: '新建会议记录' }).click();
  const start = page.getByRole('dialog', { name: '新建会议记录' });
  await chooseOption(page, '新会议类型', '党课', start);
  await start.getByRole('button', { name: '开始填写' }).click();
  await page.getByRole('heading', { name: '新建会议记录' }).waitFor();
  await page.getByLabel('会议地点').fill('门诊楼十楼会议室');
  await page.getByLabel('授课人').fill(host);
  await page.getByLabel('党课题目').fill('学习贯彻党的二十届四中全会精神');
  await chooseOption(page, '主持人', host);
  await chooseOption(page, '记录人', host);
  await page.getByRole('button', { name: '按名册生成应到人员' }).click();
  await page.getByText('应到 10 人，实到 10 人，请假 0 人，缺席 0 人，出席率 100.0%').waitFor();
  await page.getByRole('button', { name: '保存会议记录' }).click();
  await page.getByText(/已保存“\d{4}年第.季度党课”/).waitFor();
}

const focused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

/** The cell texts of the 学时台账 row of one member, as shown now (none before the row is there: poll it). */
/** A member's row of 学时台账: 姓名, 身份, 全年目标, the four forms, 期初, 会议计入, 补课计入, 合计, … */
async function ledgerRow(page: Page, name: string): Promise<string[]> {
  const row = page.getByRole('table', { name: '学时台账' }).getByRole('row').filter({ has: page.getByRole('cell', { name, exact: true }) });
  return row.locator('td').allInnerTexts();
}

describe('学习', () => {
  it('credits a 党课 to the ten present, takes one material for five members from the keyboard, and shows the totals in the ledger, the chart, Excel and print', async () => {
    const today = localToday();
    // 13 valid people: 8 full members, 2 probationary, 1 activist, 2 applicants — 10 members.
    const sheet = await buildRosterSheet(today, 13, []);
    const members = sheet.people.filter((person) => person.stage === '正式党员' || person.stage === '预备党员').map((person) => person.name);
    expect(members).toHaveLength(10);
    const batch = members.slice(0, 5);
    const { page, problems } = await openApp();
    await completeWizard(page, { role: '党支部', name: '心内科党支部', parent: '市人民医院党委' });
    await importRoster(page, sheet);

    // Before: 首页 says this month's collective study has not been held.
    await openArea(page, '首页');
    const todo = page.getByRole('region', { name: '待办事项' });
    await todo.getByText(/本月尚未组织集中学习（党课或主题党日）/).waitFor();

    await recordLecture(page, members[0]!);

    // The ledger: every member has the lecture's 1.5 学时, derived from the meeting.
    await openArea(page, '学习');
    const ledger = page.getByRole('table', { name: '学时台账' });
    await ledger.getByRole('cell', { name: members[9]!, exact: true }).waitFor();
    for (const name of members) await expect.poll(async () => (await ledgerRow(page, name))[8], { message: name }).toBe('1.5');
    expect(await ledger.getByRole('cell', { name: sheet.people.find((person) => person.stage === '入党积极分子')!.name }).count()).toBe(0);

    // Batch entry from the keyboard alone: five names, Tab through the note, Enter saves.
    await page.getByRole('tab', { name: '登记学习笔记' }).click();
    const memberField = page.getByLabel('党员', { exact: true });
    await memberField.waitFor();
    await expect.poll(() => focused(memberField)).toBe(true);
    for (const name of batch) {
      await page.keyboard.type(name);
      await page.locator('.ant-select-item-option-active').filter({ hasText: name }).waitFor();
      await page.keyboard.press('Enter');
    }
    // Tab leaves the open name list for the date without touching the names chosen.
    await page.keyboard.press('Tab'); // 学习日期, today already
    await expect.poll(() => focused(page.getByLabel('学习日期', { exact: true }))).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.type('党的二十届四中全会精神');
    await page.keyboard.press('Tab'); // 材料类别: 文件精神 by default
    await page.keyboard.press('Tab'); // 学习形式: 集中学习 by default
    await page.keyboard.press('Tab'); // 学时
    await expect.poll(() => focused(page.getByLabel('学时', { exact: true }))).toBe(true);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2');
    await page.keyboard.press('Enter');
    await page.getByText('已为5 人登记“党的二十届四中全会精神”2 学时。').waitFor();
    // The material stays for the next note, the members are cleared, focus is back on 党员.
    expect(await page.getByLabel('学习材料', { exact: true }).inputValue()).toBe('党的二十届四中全会精神');
    await expect.poll(() => focused(memberField)).toBe(true);

    // One more for a single member, with the note's text: Ctrl+Enter saves from the text.
    await page.keyboard.type(batch[0]!);
    await page.locator('.ant-select-item-option-active').filter({ hasText: batch[0]! }).waitFor();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.getByLabel('学时', { exact: true }).fill('1.5');
    // No option list is left open over the fields (one still closing would be taken for the next).
    await expect.poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0);
    await chooseOption(page, '学习形式', '自学');
    await page.getByLabel('笔记内容', { exact: true }).fill('一、全会的重大意义。\n二、结合心内科工作的体会。');
    await page.keyboard.press('Control+Enter');
    await page.getByText(`已为${batch[0]}登记“党的二十届四中全会精神”1.5 学时。`).waitFor();
    await page.screenshot({ path: outputPath('study-entry.png'), fullPage: true });

    // Ledger: 1.5 from the lecture for all ten; the five add 2 of 集中学习, the first 1.5 of 自学 more.
    await page.getByRole('tab', { name: '学时台账' }).click();
    // Polled: the ledger shows the saved notes once its live query has read them again.
    await expect
      .poll(async () => {
        const [, , target, collective, selfStudy, , , opening, fromMeetings, fromMakeUps, total] = await ledgerRow(page, batch[0]!);
        return [target, collective, selfStudy, opening, fromMeetings, fromMakeUps, total];
      })
      .toEqual(['32', '2', '1.5', '—', '1.5', '0', '5']);
    for (const name of batch.slice(1)) await expect.poll(async () => (await ledgerRow(page, name))[10], { message: name }).toBe('3.5');
    for (const name of members.slice(5)) await expect.poll(async () => (await ledgerRow(page, name))[10], { message: name }).toBe('1.5');
    // 15 from the lecture + 10 + 1.5 from notes = 26.5 over ten members.
    const summary = page.getByLabel('学时汇总');
    expect(await summary.innerText()).toMatch(/人均学时\s*2\.7/);
    await page.screenshot({ path: outputPath('study-ledger.png'), fullPage: true });

    // The chart: this month's bar carries the branch total; all ten are under a quarter of 32.
    await page.getByRole('tab', { name: '统计图表' }).click();
    const monthly = page.getByRole('figure', { name: '按月学时图' });
    await expect.poll(async () => (await monthly.locator('text').allTextContents()).includes('26.5')).toBe(true);
    const distribution = page.getByRole('figure', { name: '学时完成情况分布图' });
    await expect.poll(async () => (await distribution.locator('text').allTextContents()).includes('10')).toBe(true);
    await page.screenshot({ path: outputPath('study-charts.png'), fullPage: true });

    // Excel: the ledger as numbers.
    await page.getByRole('tab', { name: '学时台账' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出学时台账' }).click();
    const file = await (await download).path();
    const rows = await readWorkbookRows(new Uint8Array(await readFile(file)));
    expect(rows[0]!.slice(0, 4)).toEqual(['姓名', '科室', '身份', '全年目标']);
    const first = rows.find((row) => row[0] === batch[0])!;
    expect(first.slice(3, 11)).toEqual([32, 2, 1.5, 0, 0, 1.5, 0, 5]);
    expect(rows).toHaveLength(11);

    // A member's notebook, then its print view.
    await openNotebook(page, batch[0]!);
    await markLastNoteExcellent(page, '联系临床工作实际，体会深刻。');
    await page.screenshot({ path: outputPath('study-notebook.png'), fullPage: true });
    await page.getByRole('button', { name: '打印笔记本' }).click();
    await page.getByRole('button', { name: '打印 / 导出 PDF' }).waitFor();
    const printed = await page.locator('.notebook-document').innerText();
    expect(printed).toContain('一、全会的重大意义。\n二、结合心内科工作的体会。');
    expect(printed).toContain('★ 优秀学习笔记');
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: outputPath('study-print.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });

    // 首页: the month's study is held; everyone is on pace or the month's grace covers them.
    await openArea(page, '首页');
    await todo.waitFor();
    expect(await todo.getByText(/本月尚未组织集中学习/).count()).toBe(0);
    await page.screenshot({ path: outputPath('study-home.png'), fullPage: true });
    expect(problems).toEqual([]);
  });
});
