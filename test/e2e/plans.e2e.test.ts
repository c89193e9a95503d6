import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildRosterSheet } from '../support/roster-sheet';
import { completeWizard, fixClockOn, openArea, useAppUnderTest, type OpenedApp } from './support/app';
import { outputPath } from './support/output';
import { adoptEnrolment, createCentralKeys, download, exportReturn, importPackage, makeEnrolmentFile } from './support/packages';
import { importRoster } from './support/roster';

const { openApp } = useAppUnderTest();

/** 20 December 2026: next year's plans are drafted and this year's summary is due. The clock is fixed, timers run. */
const TODAY = '2026-12-20';
const DAY = new Date(`${TODAY}T02:00:00Z`);
const OPINION = '主题党日安排与医院重点工作结合不够，请补充“党建+业务”内容后重新报送。';

async function openOn(day: Date): Promise<OpenedApp> {
  const app = await openApp();
  await fixClockOn(app, day);
  return app;
}

async function chooseYear(page: Page, year: number) {
  await page.getByLabel('年度', { exact: true }).click();
  await page.locator('.ant-select-item-option').filter({ hasText: `${year}年` }).first().click();
}

/** Clicks a tab; the enrolment's message at the top of the window may still lie over the tab bar. */
async function openTab(page: Page, name: string) {
  await page.getByRole('tab', { name }).dispatchEvent('click');
  await page.getByRole('tab', { name, selected: true }).waitFor();
}

async function send(page: Page) {
  await page.getByRole('button', { name: '签发并报送' }).click();
}

describe('计划总结 from the branch to the central office and back', () => {
  it('drafts the 2027 plan from the rules, the 发展计划 from the roster and the 2026 summary from the ledger; refuses what is incomplete; the office sees them against its due dates and returns the plan with an opinion the branch then sees', async () => {
    const central = await openOn(DAY);
    await completeWizard(central.page, { role: '院党委组织科', name: '市人民医院党委' });
    await createCentralKeys(central.page, '组织科密钥口令2026');

    // The office dates the summary 15 December in its rule set; a day February lacks is refused.
    await openArea(central.page, '数据交换');
    const rulesForm = central.page.getByRole('form', { name: '本院规则' });
    await rulesForm.getByLabel('年度工作总结截止月').fill('2');
    await rulesForm.getByLabel('年度工作总结截止日').fill('30');
    await rulesForm.getByRole('button', { name: '保存为新版本' }).click();
    await central.page.getByText('年度工作总结报送截止日期无效：2 月没有 30 日（应为 1 至 29）。').waitFor();
    await rulesForm.getByLabel('年度工作总结截止月').fill('12');
    await rulesForm.getByLabel('年度工作总结截止日').fill('15');
    await rulesForm.getByLabel('生效日期').fill('2026-01-01');
    await rulesForm.getByLabel('生效日期').press('Enter');
    await rulesForm.getByRole('button', { name: '保存为新版本' }).click();
    await central.page.getByText(/已保存规则集“市人民医院党委规则”第 2 版/).waitFor();
    const enrolment = await makeEnrolmentFile(central.page, '内科党支部', 'plans-enrolment.zbenrol');

    const branch = await openOn(DAY);
    await completeWizard(branch.page, { role: '党支部', name: '内科党支部', parent: '市人民医院党委' });
    await importRoster(branch.page, await buildRosterSheet(TODAY, 6, []));
    await openArea(branch.page, '数据交换');
    await adoptEnrolment(branch.page, enrolment, '内科支部密钥口令2026');

    // The office's date arrived with the enrolment file.
    await openArea(branch.page, '计划总结');
    await branch.page.getByText('年度工作总结（截止 2026-12-15）').waitFor();

    // 2027 年度工作计划: the months come from the rule set; five months lack a theme and are named.
    await chooseYear(branch.page, 2027);
    await branch.page.getByText('年度工作计划（截止 2027-01-31）').waitFor();
    expect(await branch.page.getByLabel('1月会议安排', { exact: true }).inputValue()).toBe('支部党员大会、支部委员会、党小组会、党课、主题党日');
    expect(await branch.page.getByLabel('12月会议安排').inputValue()).toContain('组织生活会、民主评议党员');
    await send(branch.page);
    await branch.page.getByText('请填写2月、4月、6月、9月、11月主题党日的主题。').waitFor();
    await branch.page.screenshot({ path: outputPath('plans-branch-refused.png'), fullPage: true });
    expect(await branch.page.getByText('按时报送').count()).toBe(0);
    for (const [month, theme] of [
      [2, '学习新春慰问精神，做好节日值班'],
      [4, '清明祭英烈，传承红色基因'],
      [6, '安全生产月：医疗安全警示教育'],
      [9, '教师节走进医学院，带教青年医生'],
      [11, '深入社区开展义诊'],
    ] as const) {
      await branch.page.getByLabel(`${month}月主题党日主题`, { exact: true }).fill(theme);
    }
    await branch.page.getByLabel('计划正文').fill('一、指导思想\n以党的二十大精神为指导。\n二、工作目标\n“三会一课”按期召开，党建与医疗业务深度融合。');
    await branch.page.getByLabel('签发人').fill('王建国');
    await send(branch.page);
    await branch.page.getByText('2027年年度工作计划已签发，请在“数据交换”中导出报送包报送院党委。').waitFor();
    await branch.page.getByText(/由 王建国 签发报送（首次报送 2026-12-20）/).waitFor();
    await branch.page.screenshot({ path: outputPath('plans-branch-annual-sent.png'), fullPage: true });

    // 发展党员工作计划: 吴积极 from the roster; the count must match those to be admitted.
    await openTab(branch.page, '发展党员工作计划');
    const people = branch.page.getByLabel('培养发展名单');
    await people.click();
    await branch.page.locator('.ant-select-item-option').filter({ hasText: '吴积极（入党积极分子）' }).click();
    await branch.page.keyboard.press('Escape');
    await branch.page.getByRole('table', { name: '本年度安排' }).getByText('列为发展对象').waitFor();
    await branch.page.getByLabel('计划发展（接收为预备党员）人数').fill('1');
    await send(branch.page);
    await branch.page.getByText('计划发展 1 人，但名单中拟“接收为预备党员”的有 0 人，请核对人数或名单。').waitFor();
    await branch.page.getByLabel('计划发展（接收为预备党员）人数').fill('0');
    await send(branch.page);
    await branch.page.getByText('2027年发展党员工作计划已签发，请在“数据交换”中导出报送包报送院党委。').waitFor();

    // 2026 年度工作总结: the year's figures and a body stating them; sent after the office's 15 December.
    await chooseYear(branch.page, 2026);
    await openTab(branch.page, '年度工作总结');
    await branch.page.getByRole('table', { name: '全年数据' }).getByText('组织生活（“三会一课”）落实情况').waitFor();
    expect(await branch.page.getByLabel('总结正文').inputValue()).toContain('全年召开各类会议 0 次');
    await branch.page.screenshot({ path: outputPath('plans-branch-summary-draft.png'), fullPage: true });
    await send(branch.page);
    await branch.page.getByText('2026年年度工作总结已签发，请在“数据交换”中导出报送包报送院党委。').waitFor();
    await branch.page.getByText('逾期报送').first().waitFor();
    await branch.page.getByRole('button', { name: '打印', exact: true }).click();
    const sheet = branch.page.getByLabel('2026年年度工作总结', { exact: true });
    await sheet.getByText('签发人：').waitFor();
    await branch.page.screenshot({ path: outputPath('plans-branch-summary-print.png'), fullPage: true });
    await branch.page.getByRole('button', { name: '返回' }).click();

    await openArea(branch.page, '数据交换');
    const report = await download(branch.page, '导出报送包', 'plans-report.zbpkg');
    expect(await branch.page.getByTestId('export-result').innerText()).toContain('计划总结');

    // The office: per branch and document, against its dates; reads the plan and returns it.
    await openArea(central.page, '各支部');
    await importPackage(central.page, '导入报送包', report, '报送包-内科党支部.zbpkg');
    await openArea(central.page, '计划总结');
    const grid = central.page.getByRole('table', { name: '各支部计划总结报送情况' });
    const row = grid.getByRole('row').filter({ hasText: '内科党支部' });
    await row.getByText('逾期报送').waitFor();
    await row.getByText('待审阅').waitFor();
    await chooseYear(central.page, 2027);
    await central.page.getByText(/年度工作计划（截止 2027-01-31）已报送 1 \/ 1 个，其中按时 1 个/).waitFor();
    await central.page.getByRole('button', { name: '查看内科党支部2027年年度工作计划' }).click();
    const drawer = central.page.getByRole('dialog', { name: '内科党支部 2027年年度工作计划' });
    await drawer.getByText('教师节走进医学院，带教青年医生').waitFor();
    await drawer.getByText('退回修改', { exact: true }).click();
    await drawer.getByRole('button', { name: '保存审阅意见' }).click();
    await drawer.getByText('退回修改时请填写意见。').waitFor();
    await drawer.getByLabel('意见').fill(OPINION);
    await central.page.screenshot({ path: outputPath('plans-central-return.png'), fullPage: true });
    await drawer.getByRole('button', { name: '保存审阅意见' }).click();
    await central.page.getByText('已保存内科党支部2027年年度工作计划的审阅意见（退回修改），将随下一次回执发给支部。').waitFor();
    await row.getByText('已退回修改').waitFor();
    await central.page.getByRole('button', { name: '查看内科党支部2027年发展党员工作计划' }).click();
    await central.page.getByRole('dialog', { name: '内科党支部 2027年发展党员工作计划' }).getByRole('button', { name: '保存审阅意见' }).click();
    await row.getByText('已阅同意').waitFor();
    await central.page.screenshot({ path: outputPath('plans-central-grid.png'), fullPage: true });
    await openArea(central.page, '各支部');
    const back = await exportReturn(central.page, '内科党支部', 'plans-return.zbpkg');

    // The branch reads the opinion on 首页 and on its plan, and can resend.
    await openArea(branch.page, '数据交换');
    await importPackage(branch.page, '导入回执/下发包', back, '回执-内科党支部.zbpkg');
    await openArea(branch.page, '首页');
    await branch.page.getByRole('region', { name: '待办事项' }).getByText(`2027年年度工作计划被院党委退回修改：${OPINION}`).waitFor();
    await openArea(branch.page, '计划总结');
    await chooseYear(branch.page, 2027);
    await branch.page.getByText(`意见：${OPINION}（请修改后重新签发报送）`).waitFor();
    await branch.page.screenshot({ path: outputPath('plans-branch-returned.png'), fullPage: true });
    await openTab(branch.page, '发展党员工作计划');
    await branch.page.getByText(/院党委已阅同意（/).waitFor();

    expect(central.problems).toEqual([]);
    expect(branch.problems).toEqual([]);
  }, 360_000);
});
