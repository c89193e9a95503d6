import type { Page } from 'playwright-core';

/** Adds people to a multiple select of the open dialog by typing each name and pressing Enter, then closes its list. */
export async function choosePeople(page: Page, label: string, names: readonly string[]) {
  const input = page.getByRole('dialog').getByLabel(label, { exact: true });
  for (const name of names) {
    await input.fill(name);
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option-active').filter({ hasText: name }).waitFor();
    await input.press('Enter');
  }
  await input.press('Escape');
}

/**
 * On 三会一课 → 谈心谈话: records a 谈心谈话 with `members` under `topic`, the 谈话人 as the
 * dialog offers (the secretary, else chosen from `talker`), and waits for the dialog to close.
 */
export async function recordTalk(page: Page, talk: { members: readonly string[]; topic: string; talker?: string }) {
  await page.getByRole('button', { name: '登记谈心谈话' }).click();
  const dialog = page.getByRole('dialog', { name: '登记谈心谈话' });
  if (talk.talker) await choosePeople(page, '谈话人', [talk.talker]);
  await choosePeople(page, '谈话对象', talk.members);
  await dialog.getByLabel('谈话主题').fill(talk.topic);
  await dialog.getByRole('button', { name: '保存' }).click();
  await dialog.waitFor({ state: 'hidden' });
}
