import type { Page } from 'playwright-core';
import type { RosterSheet } from '../../support/roster-sheet';
import { openArea } from './app';

/** Imports a roster sheet on 党员, leaving out its broken rows, and waits until it is stored. */
export async function importRoster(page: Page, sheet: RosterSheet) {
  await openArea(page, '党员');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入 Excel' }).click();
  await (await chooser).setFiles({
    name: '党员名册.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(sheet.bytes),
  });
  const dialog = page.getByRole('dialog', { name: /导入党员名册/ });
  await dialog.getByText(/有 \d+ 行存在错误/).waitFor();
  await dialog.getByRole('checkbox', { name: '仅导入没有错误的行' }).check();
  await dialog.getByRole('button', { name: '确认导入' }).click();
  await page.getByText(`导入完成：新增 ${sheet.people.length} 人，更新 0 人。`).waitFor();
  await dialog.waitFor({ state: 'hidden' });
}

/** Picks an option of an antd Select: by typing its label when the select searches, else by clicking it. */
export async function chooseOption(page: Page, label: string, option: string, scope: Page | ReturnType<Page['locator']> = page) {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  const dropdown = page.locator('.ant-select-dropdown:visible');
  if (await input.isEditable()) {
    await input.fill(option);
    await dropdown.locator('.ant-select-item-option-active').filter({ hasText: option }).waitFor();
    await input.press('Enter');
  } else {
    await dropdown.locator('.ant-select-item-option').filter({ hasText: option }).first().click();
  }
  await dropdown.waitFor({ state: 'detached' });
}
