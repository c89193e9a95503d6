import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openArea, useAppUnderTest } from './support/app';
import { outputPath } from './support/output';

const { openApp } = useAppUnderTest();

/** A roster LibreOffice made from a CSV (test/fixtures/roster/make-fixtures.py), as a hospital keeps it. */
const ROSTER = readFileSync(fileURLToPath(new URL('../fixtures/roster/first-hour-roster.xlsx', import.meta.url)));

async function wizard(page: Page) {
  await page.getByText('欢迎使用支部工作台账').waitFor();
  await page.getByRole('radio', { name: /党支部/ }).check();
  await page.getByLabel('支部名称').fill('内科第一党支部');
  await page.getByLabel('所属党委（可不填）').fill('市人民医院党委');
  const groups = page.getByLabel(/^党小组/);
  await groups.fill('第一党小组');
  await groups.press('Enter');
  await page.getByLabel(/^操作人/).fill('王芳');
  await page.screenshot({ path: outputPath('first-hour-1-wizard.png'), fullPage: true });
  await page.getByRole('button', { name: '完成设置' }).click();
  await page.getByRole('heading', { name: '欢迎，内科第一党支部' }).waitFor();
}

async function importRoster(page: Page) {
  await openArea(page, '党员');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入 Excel' }).click();
  await (await chooser).setFiles({ name: '内科第一党支部党员名册.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: ROSTER });
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
  await page.getByText('导入完成：新增 9 人，更新 0 人，新建党小组 1 个。').waitFor();
  await dialog.waitFor({ state: 'hidden' });
  await expect.poll(() => page.getByText(/^共 \d+ 人$/).innerText()).toBe('共 9 人');
  await page.screenshot({ path: outputPath('first-hour-3-roster.png'), fullPage: true });
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
    await page.screenshot({ path: outputPath('first-hour-4-home.png'), fullPage: true });

    // 学习: the year so far comes in as 期初学时, shown apart in the ledger.
    await openArea(page, '学习');
    await page.getByRole('button', { name: '登记期初学时' }).click();
    const opening = page.getByRole('dialog', { name: /登记期初学时/ });
    await opening.getByLabel('王建国的期初学时').fill('20');
    await opening.getByLabel('黄雪梅的期初学时').fill('12.5');
    await opening.getByRole('button', { name: '保存' }).click();
    await page.getByText('已保存 2 人的期初学时。').waitFor();
    const ledger = page.getByRole('table', { name: '学时台账' });
    const row = ledger.getByRole('row').filter({ hasText: '王建国' });
    await expect.poll(() => row.getByRole('cell').allInnerTexts()).toEqual(expect.arrayContaining(['20']));
    await page.screenshot({ path: outputPath('first-hour-5-study-ledger.png'), fullPage: true });

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
