import type { Page } from 'playwright-core';
import { openArea } from './app';

/** On 学习: one note for one member through 登记学习笔记, saved from the note's text with Ctrl+Enter. */
export async function enterNote(page: Page, name: string, note: { material: string; hours: number; text: string }) {
  await openArea(page, '学习');
  await page.getByRole('tab', { name: '登记学习笔记' }).click();
  const member = page.getByLabel('党员', { exact: true });
  await member.click();
  await page.keyboard.type(name);
  await page.locator('.ant-select-item-option-active').filter({ hasText: name }).waitFor();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await page.getByLabel('学习材料', { exact: true }).fill(note.material);
  await page.keyboard.press('Escape');
  await page.getByLabel('学时', { exact: true }).fill(String(note.hours));
  await page.getByLabel('笔记内容', { exact: true }).fill(note.text);
  await page.keyboard.press('Control+Enter');
  await page.getByText(`已为${name}登记“${note.material}”${note.hours} 学时。`).waitFor();
}

/** On 学习 · 学时台账: opens a member's 学习笔记本 of the year shown. */
export async function openNotebook(page: Page, name: string) {
  await page.getByRole('tab', { name: '学时台账' }).click();
  await page.getByRole('table', { name: '学时台账' }).getByRole('cell', { name, exact: true }).click();
  await page.getByText(`${name}的学习笔记本`).waitFor();
}

/** In an open notebook: 评为优秀 of its last note, with the branch's comment. */
export async function markLastNoteExcellent(page: Page, comment: string) {
  await page.getByRole('button', { name: '评为优秀' }).last().click();
  const excellent = page.getByRole('dialog', { name: '评为优秀学习笔记' });
  await excellent.getByLabel('推荐理由（评语）').fill(comment);
  await excellent.getByRole('button', { name: '确定' }).click();
  await page.getByText('待组织部门确认').waitFor();
}
