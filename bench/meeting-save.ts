import type { Page } from 'playwright-core';

/**
 * Saving a 支部党员大会 with the whole branch expected, as the secretary does it on screen:
 * the time from the click on 保存会议记录 to the saved record shown (its attendance on the
 * page). Issue #16 item 12: the write itself took 9–14 ms, the screen around it seconds.
 * The branch must be seeded (bench page seedLists) and the app served at `appUrl`.
 */
export async function meetingSaveMs(page: Page, appUrl: string): Promise<{ ms: number; attendees: number }> {
  await page.goto(`${appUrl}index.html#/meetings`);
  await page.getByRole('button', { name: '新建会议记录' }).click();
  const start = page.getByRole('dialog', { name: '新建会议记录' });
  await pick(page, start.getByLabel('新会议类型'), '支部党员大会');
  await start.getByRole('button', { name: '开始填写' }).click();
  await page.getByRole('heading', { name: '新建会议记录' }).waitFor();
  await page.getByLabel('会议地点').fill('门诊楼三楼会议室');
  await pick(page, page.getByLabel('主持人', { exact: true }));
  await pick(page, page.getByLabel('记录人', { exact: true }));
  await page.getByRole('button', { name: '按名册生成应到人员' }).click();
  const summary = page.getByText(/^应到 \d+ 人，实到/);
  await summary.waitFor();
  const attendees = Number(/应到 (\d+) 人/.exec(await summary.innerText())![1]);
  await page.getByLabel('会议内容与讨论情况').fill('传达学习上级会议精神，讨论本支部工作。');
  // Let the draft settle first, so the figure is the save alone.
  await page.getByText(/^草稿已于 .* 自动保存$/).waitFor();
  const started = performance.now();
  await page.getByRole('button', { name: '保存会议记录' }).click();
  await page.getByText(/已保存“/).waitFor();
  await page.getByText(`应到 ${attendees} 人`, { exact: false }).first().waitFor();
  await page.getByRole('button', { name: '签字确认' }).waitFor();
  return { ms: performance.now() - started, attendees };
}

/** Chooses in an antd select: the option named, or the first. */
async function pick(page: Page, select: ReturnType<Page['locator']>, option?: string): Promise<void> {
  await select.click();
  const dropdown = page.locator('.ant-select-dropdown:visible');
  const options = dropdown.locator('.ant-select-item-option');
  await (option ? options.filter({ hasText: option }) : options).first().click();
  await dropdown.waitFor({ state: 'detached' });
}
