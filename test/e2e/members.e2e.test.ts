import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/dates';
import { localToday } from '../../renderer/src/core/today';
import { buildRosterSheet } from '../support/roster-sheet';
import { completeWizard, openArea, useAppUnderTest } from './support/app';
import { outputPath } from './support/output';

const { openApp } = useAppUnderTest();

const PARTY_GROUPS = ['第一党小组', '第二党小组'];

async function setUpBranchInfo(page: Page, today: string) {
  await openArea(page, '支部信息');
  for (const [index, name] of PARTY_GROUPS.entries()) {
    await page.getByRole('button', { name: '添加党小组' }).click();
    await page.getByPlaceholder('如：第一党小组').nth(index).fill(name);
  }
  await page.getByLabel('任期开始').fill(addDays(today, -3 * 365 - 200));
  await page.getByLabel('任期开始').press('Enter');
  await page.getByLabel('任期结束').fill(addDays(today, 165));
  await page.getByLabel('任期结束').press('Enter');
  await page.getByRole('button', { name: '保存支部信息' }).click();
  await page.getByText('支部信息已保存。').waitFor();
}

async function rosterCount(page: Page): Promise<string> {
  return page.getByText(/^共 \d+ 人$/).innerText();
}

/** The member's row in the roster, found by searching the name. */
async function findInRoster(page: Page, name: string) {
  await page.getByLabel('搜索党员').fill(name);
  await expect.poll(() => rosterCount(page)).toBe('共 1 人');
  // The roster is a virtual table: its rows are not table rows to the accessibility tree.
  return page.locator('.ant-table-row').filter({ hasText: name });
}

describe('branch records and the member roster', () => {
  it('imports a 60-member roster from Excel, edits and advances a person, and shows the audit trail and deadlines', async () => {
    const today = localToday();
    const sheet = await buildRosterSheet(today, 60, PARTY_GROUPS);
    const { page, problems } = await openApp();
    await completeWizard(page, { role: '党支部', name: '内科第一党支部', parent: '市人民医院党委' });
    // The audit log names whoever is set as the operator of this PC.
    await openArea(page, '设置');
    await page.getByLabel('操作人姓名').fill('李书记');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('操作人已保存').waitFor();
    await setUpBranchInfo(page, today);
    // The term ends within six months: the branch screen warns about 换届 at once.
    await page.getByText(/换届/).first().waitFor();
    await page.screenshot({ path: outputPath('branch-info.png'), fullPage: true });

    await openArea(page, '党员');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '导入 Excel' }).click();
    await (await chooser).setFiles({
      name: '党员名册.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(sheet.bytes),
    });

    const dialog = page.getByRole('dialog', { name: /导入党员名册/ });
    await dialog.getByText('有 2 行存在错误').waitFor();
    const stat = (title: string) => dialog.locator('.ant-statistic').filter({ hasText: title }).locator('.ant-statistic-content').innerText();
    expect(await stat('新增')).toBe('60');
    expect(await stat('有错误')).toBe('2');
    // Every error names its row and column.
    await dialog.getByText(/第 62 行「身份证号」：身份证号码校验位不正确/).waitFor();
    await dialog.getByText(/第 63 行「姓名」/).waitFor();
    const confirm = dialog.getByRole('button', { name: '确认导入' });
    expect(await confirm.isDisabled()).toBe(true);
    await page.screenshot({ path: outputPath('members-import-preview.png') });
    await dialog.getByRole('checkbox', { name: '仅导入没有错误的行' }).check();
    await confirm.click();
    await page.getByText('导入完成：新增 60 人，更新 0 人。').waitFor();
    await expect.poll(() => rosterCount(page)).toBe('共 60 人');
    await dialog.waitFor({ state: 'hidden' });
    await page.screenshot({ path: outputPath('members-roster.png') });

    // 新增党员 marks what save demands before save, and says a refusal under its title, not over it.
    await page.getByRole('button', { name: '新增党员' }).click();
    const adding = page.getByRole('dialog', { name: '新增党员' });
    const requiredLabels = await adding.locator('label.ant-form-item-required').allInnerTexts();
    expect(requiredLabels).toEqual(expect.arrayContaining(['姓名', '出生日期', '入党时间', '转正时间']));
    await adding.getByRole('button', { name: '保存' }).click();
    const refusal = adding.getByRole('alert').filter({ hasText: /有 \d+ 处需要修改/ });
    await refusal.waitFor();
    const title = await adding.locator('.ant-drawer-title').boundingBox();
    const refusalBox = await refusal.boundingBox();
    expect(refusalBox!.y).toBeGreaterThanOrEqual(title!.y + title!.height);
    await page.screenshot({ path: outputPath('members-add-refused.png') });
    await adding.getByRole('button', { name: '取消' }).click();
    await adding.waitFor({ state: 'hidden' });

    // Edit one: the overdue applicant's 派人谈话 is recorded (which the roster sheet does not carry).
    const row = await findInRoster(page, sheet.overdueApplicant);
    await row.getByRole('button', { name: '编辑' }).click();
    const drawer = page.getByRole('dialog', { name: `编辑：${sheet.overdueApplicant}` });
    await drawer.getByLabel('派人谈话').fill(addDays(today, -30));
    await drawer.getByLabel('派人谈话').press('Enter');
    await drawer.getByLabel('联系电话').fill('13912345678');
    await drawer.getByRole('button', { name: '保存' }).click();
    await page.getByText(`已保存 ${sheet.overdueApplicant} 的信息。`).waitFor();

    // Advance the same applicant to 积极分子 from the pipeline tab.
    await page.getByRole('tab', { name: '发展党员' }).click();
    const pipelineRow = page.getByRole('table', { name: '发展党员' }).getByRole('row').filter({ hasText: sheet.overdueApplicant });
    await pipelineRow.getByRole('button', { name: '转为入党积极分子' }).click();
    const advance = page.getByRole('dialog', { name: new RegExp(`${sheet.overdueApplicant}：入党申请人 → 入党积极分子`) });
    await advance.getByText('符合条件，可以转入下一阶段。').waitFor();
    await advance.getByRole('button', { name: '确认转入下一阶段' }).click();
    await page.getByText(`${sheet.overdueApplicant} 已转为入党积极分子。`).waitFor();

    // A person who cannot move on yet is told why, in Chinese.
    await page
      .getByRole('table', { name: '发展党员' })
      .getByRole('row')
      .filter({ hasText: sheet.recentApplicant })
      .getByRole('button', { name: '转为入党积极分子' })
      .click();
    const refused = page.getByRole('dialog', { name: new RegExp(`${sheet.recentApplicant}：入党申请人 → 入党积极分子`) });
    await refused.getByText('尚未登记党组织派人谈话的日期。').waitFor();
    await refused.getByRole('button', { name: '取消' }).click();
    await refused.waitFor({ state: 'hidden' });
    await page.screenshot({ path: outputPath('members-pipeline.png') });

    // The audit trail of the edited person: the import, the edit and the stage change.
    await page.getByRole('tab', { name: '党员名册' }).click();
    const edited = await findInRoster(page, sheet.overdueApplicant);
    await edited.getByRole('button', { name: '修改记录' }).click();
    const history = page.getByRole('dialog', { name: `修改记录：${sheet.overdueApplicant}` });
    await history.getByText('联系电话').first().waitFor();
    const historyText = await history.innerText();
    expect(historyText).toContain('13912345678');
    expect(historyText).toContain('入党申请人 → 入党积极分子');
    expect(historyText).toContain('新增');
    expect(historyText).toContain('李书记');
    expect(historyText).toMatch(/党小组：第[一二]党小组/);
    await page.screenshot({ path: outputPath('members-audit.png') });
    await page.keyboard.press('Escape');

    // 首页: the recent applicant's talk deadline (within 30 days) and the 换届 warning.
    await openArea(page, '首页');
    const todo = page.getByRole('region', { name: '待办事项' });
    await todo.getByText(new RegExp(`${sheet.recentApplicant}（入党申请人）：派人谈话期限`)).waitFor();
    await todo.getByText(/换届/).waitFor();
    expect(await todo.getByText(sheet.overdueApplicant).count()).toBe(0);
    await page.screenshot({ path: outputPath('home-todo.png'), fullPage: true });
    expect(problems).toEqual([]);
  });
});
