import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openArea, useAppUnderTest } from './support/app';
import { chooseOption } from './support/roster';
import { outputPath } from './support/output';

const { openApp } = useAppUnderTest();

/** A roster LibreOffice made from a CSV (test/fixtures/roster/make-fixtures.py), as a hospital keeps it. */
const ROSTER = readFileSync(fileURLToPath(new URL('../fixtures/roster/first-hour-roster.xlsx', import.meta.url)));
/** The year so far of the same people, made by LibreOffice too: merged titles, synonym headers, rounded IDs, errors. */
const YEAR_SO_FAR = readFileSync(fileURLToPath(new URL('../fixtures/roster/year-so-far.xlsx', import.meta.url)));
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function wizard(page: Page) {
  await page.getByText('欢迎使用支部工作台账').waitFor();
  await page.getByRole('radio', { name: /党支部/ }).check();
  await page.getByLabel('支部名称').fill('内科第一党支部');
  await page.getByLabel('所属党委（可不填）').fill('市人民医院党委');
  const groups = page.getByLabel(/^党小组/);
  await groups.fill('第一党小组');
  await groups.press('Enter');
  // The committee is typed before the roster is in; the import links the names to the members.
  await page.getByLabel('书记姓名', { exact: true }).fill('王建国');
  await page.getByLabel('组织委员姓名').fill('李秀英');
  await page.getByLabel(/^操作人/).fill('王芳');
  // The focused field is blue, not the red of an error (issue item 6).
  await expect.poll(() => page.getByLabel(/^操作人/).evaluate((input) => getComputedStyle(input).borderColor)).toBe('rgb(29, 95, 168)');
  await page.screenshot({ path: outputPath('first-hour-1-wizard.png'), fullPage: true });
  await page.getByRole('button', { name: '完成设置' }).click();
  await page.getByRole('heading', { name: '欢迎，内科第一党支部' }).waitFor();
}

async function importRoster(page: Page) {
  await openArea(page, '党员');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入 Excel' }).click();
  await (await chooser).setFiles({ name: '内科第一党支部党员名册.xlsx', mimeType: XLSX, buffer: ROSTER });
  const dialog = page.getByRole('dialog', { name: /导入党员名册/ });
  await dialog.getByText('“党员类别”列的内容是正式党员、预备党员等，已按“人员类别”读取。').waitFor();
  await dialog.getByText('“类别”列的内容是在职、离退休，已按“是否离退休”读取。').waitFor();
  await dialog.getByText(/第 11 行（孙国庆）、第 12 行（周春燕）的身份证号被 Excel 存成了数字/).waitFor();
  await dialog.getByText('表中有本支部还没有的党小组：第二党小组。').waitFor();
  // Error rows name who they are about: the name, or the ID number when the name is missing.
  const preview = dialog.getByRole('table');
  for (const who of ['孙国庆', '周春燕', '郑明辉', '11010119860606082X']) await preview.getByText(who, { exact: true }).waitFor();
  await page.screenshot({ path: outputPath('first-hour-2-import-preview.png'), fullPage: true });
  await dialog.getByRole('checkbox', { name: '仅导入没有错误的行' }).check();
  await dialog.getByRole('button', { name: '确认导入' }).click();
  await page.getByText('导入完成：新增 9 人，更新 0 人，新建党小组 1 个；支部委员会已关联：书记王建国、组织委员李秀英。').waitFor();
  await dialog.waitFor({ state: 'hidden' });
  await expect.poll(() => page.getByText(/^共 \d+ 人$/).innerText()).toBe('共 9 人');
  await page.screenshot({ path: outputPath('first-hour-3-roster.png'), fullPage: true });
}

async function importYearSoFar(page: Page) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入本年学时和党费' }).click();
  await (await chooser).setFiles({ name: '本年学时和党费.xlsx', mimeType: XLSX, buffer: YEAR_SO_FAR });
  const dialog = page.getByRole('dialog', { name: /导入本年学时和党费/ });
  await dialog.getByText(/身份证号被 Excel 存成了数字、后几位已丢失，这些行已按姓名找到本人/).waitFor();
  const preview = dialog.getByRole('table');
  const row = (name: string) => preview.getByRole('row').filter({ hasText: name });
  await row('王建国').getByText('期初学时 20；党费 1–6 月已交，共 600.00 元（期初）').waitFor();
  await row('刘志强').getByText(/第 7 行「党费已交至」未核定党费基数/).waitFor();
  await row('赵文博').getByText('第 9 行「期初学时」“十二”不是学时数，请填写数字，如 12 或 12.5。').waitFor();
  await row('孙国庆').getByText(/名册中没有“孙国庆”/).waitFor();
  // Rows in error block the import until the secretary leaves them out.
  expect(await dialog.getByRole('button', { name: '确认导入' }).isDisabled()).toBe(true);
  await page.screenshot({ path: outputPath('first-hour-3b-year-so-far-preview.png'), fullPage: true });
  await dialog.getByRole('checkbox', { name: '仅导入没有错误的行' }).check();
  await dialog.getByRole('button', { name: '确认导入' }).click();
  await page.getByText('导入完成：期初学时 5 人，期初党费 5 人。').waitFor();
  await dialog.waitFor({ state: 'hidden' });
}

describe('the first hour of a new branch secretary', () => {
  it('sets up with groups and operator, imports a spreadsheet-made roster, and sees no false alarm on the first day', async () => {
    const { page, problems } = await openApp();
    await wizard(page);
    await importRoster(page);

    // 首页: the approval dates the roster lacked are 未登记, not 逾期; nobody is behind on 学时 on day one.
    await openArea(page, '首页');
    const todo = page.getByRole('region', { name: '待办事项' });
    await todo.getByText(/黄雪梅（预备党员）：上级党委审批日期未登记/).waitFor();
    const todoText = await todo.innerText();
    expect(todoText).not.toContain('逾期');
    expect(todoText).not.toContain('进度落后');
    expect(todoText).not.toMatch(/吴静怡.*上级党委审批/);
    expect(todoText).not.toContain('尚未明确党支部书记');
    await page.screenshot({ path: outputPath('first-hour-4-home.png'), fullPage: true });

    // The year so far from the secretary's own sheet; the dues it copies from the paper book
    // were handed over on paper, so no quarter is said to be overdue for them.
    await openArea(page, '党员');
    await importYearSoFar(page);
    await openArea(page, '首页');
    await todo.getByText(/黄雪梅（预备党员）：上级党委审批日期未登记/).waitFor();
    expect(await todo.innerText()).not.toMatch(/党费.*逾期|欠交/);

    // 学习: the imported 期初学时 show apart in the ledger; the one the sheet got wrong is typed in.
    await openArea(page, '学习');
    const ledger = page.getByRole('table', { name: '学时台账' });
    const cellsOf = (name: string) => ledger.getByRole('row').filter({ hasText: name }).getByRole('cell').allInnerTexts();
    await expect.poll(() => cellsOf('王建国')).toEqual(expect.arrayContaining(['20']));
    await expect.poll(() => cellsOf('黄雪梅')).toEqual(expect.arrayContaining(['12.5']));
    await page.getByRole('button', { name: '登记期初学时' }).click();
    const opening = page.getByRole('dialog', { name: /登记期初学时/ });
    expect(await opening.getByLabel('王建国的期初学时').inputValue()).toMatch(/^20(\.0)?$/);
    await opening.getByLabel('赵文博的期初学时').fill('12');
    await opening.getByRole('button', { name: '保存' }).click();
    await page.getByText('已保存 1 人的期初学时。').waitFor();
    await expect.poll(() => cellsOf('赵文博')).toEqual(expect.arrayContaining(['12']));
    await page.screenshot({ path: outputPath('first-hour-5-study-ledger.png'), fullPage: true });

    // 党费: the months paid before the app are 期初, from the paper book; nobody is in arrears for them.
    await openArea(page, '党费');
    const grid = page.getByRole('table', { name: /党费收缴台账/ });
    await grid.getByLabel(/王建国：\d{4} 年 1 月：已交 100\.00 元（期初，据原台账登记）/).waitFor();
    await grid.getByLabel(/吴静怡：\d{4} 年 3 月：已交 15\.00 元（期初，据原台账登记）/).waitFor();
    await page.screenshot({ path: outputPath('first-hour-6-dues.png'), fullPage: true });

    // The first 支委会: the committee typed at setup is expected; a leave has a reason field named for the person.
    await openArea(page, '三会一课');
    await page.getByRole('button', { name: '新建会议记录' }).click();
    await page.getByRole('dialog', { name: '新建会议记录' }).getByRole('button', { name: '开始填写' }).click();
    await page.getByRole('heading', { name: '新建会议记录' }).waitFor();
    await page.getByLabel('会议地点').fill('内科示教室');
    await chooseOption(page, '主持人', '王建国');
    await chooseOption(page, '记录人', '李秀英');
    await page.getByRole('button', { name: '按名册生成应到人员' }).click();
    await page.getByText('应到 2 人，实到 2 人，请假 0 人，缺席 0 人，出席率 100.0%').waitFor();
    await page.getByRole('row').filter({ hasText: '李秀英' }).getByText('请假', { exact: true }).click();
    await page.getByLabel('李秀英的请假原因', { exact: true }).waitFor();
    await chooseOption(page, '李秀英的请假原因', '值班');
    await page.getByLabel('李秀英的备注', { exact: true }).fill('夜班后休息');
    // The attendance row's own 备注 field focuses in blue like every other field (item 6).
    await expect.poll(() => page.getByLabel('李秀英的备注', { exact: true }).evaluate((input) => getComputedStyle(input).borderColor)).toBe('rgb(29, 95, 168)');
    await page.getByLabel('会议内容与讨论情况').fill('研究本支部年度工作。');
    await page.screenshot({ path: outputPath('first-hour-7-meeting.png'), fullPage: true });
    await page.getByRole('button', { name: '保存会议记录' }).click();
    await page.getByText(/已保存“\d{4}年\d{1,2}月支部委员会”/).waitFor();

    // The first day's writes are signed by the operator named in the wizard.
    await openArea(page, '设置');
    await expect.poll(() => page.getByLabel('操作人姓名').inputValue()).toBe('王芳');
    // 设置 names the browser as a person reads it, and the menu items are named without their icons.
    await page.getByText(/^(Chrome|Chromium) \d+（/).waitFor();
    expect(await page.getByText(/Mozilla\/5\.0/).count()).toBe(0);
    await page.getByRole('menuitem', { name: '首页', exact: true }).waitFor();
    expect(problems).toEqual([]);
  });
});
