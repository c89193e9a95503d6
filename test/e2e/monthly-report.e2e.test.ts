import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoFiles } from '../demo/demo-files';
import { completeWizard, fixClockOn, openArea, useAppUnderTest, type OpenedApp } from './support/app';
import { outputPath } from './support/output';
import { adoptEnrolment, createCentralKeys, download, importPackage, makeEnrolmentFile } from './support/packages';

const { openApp, url } = useAppUnderTest(async () => ({ extraFiles: await demoFiles() }));

/**
 * The PCs are set up on 20 November 2026, so November is the first month each branch owes;
 * the branches report on 3 December (before the default report day, the 5th), the office
 * reads on 6 December. The clock is fixed, timers run.
 */
const SET_UP = new Date('2026-11-20T02:00:00Z');
const REPORT_DAY = new Date('2026-12-03T02:00:00Z');
const READ_DAY = new Date('2026-12-06T02:00:00Z');
const OPINION = '党小组会召开情况未说明，请补充后重新提交。';

async function openOn(day: Date): Promise<OpenedApp> {
  const app = await openApp();
  await fixClockOn(app, day);
  return app;
}

async function moveTo(app: OpenedApp, day: Date) {
  await fixClockOn(app, day);
  await app.page.getByRole('menu', { name: '主导航' }).waitFor();
}

async function chooseMonth(page: Page, label: string) {
  await page.getByLabel('报告月份').click();
  await page.locator('.ant-select-item-option').filter({ hasText: label }).first().click();
}

async function submitReport(page: Page, month: string, notes: string) {
  await page.getByLabel('其他需要说明的情况').fill(notes);
  await page.getByRole('button', { name: `签名并提交${month}月报` }).click();
  await page.getByText(`${month}组织生活月报已签名提交，请在“数据交换”中导出报送包。`).waitFor();
}

async function enrolledBranch(name: string, enrolment: string, passphrase: string): Promise<OpenedApp> {
  const branch = await openOn(SET_UP);
  await completeWizard(branch.page, { role: '党支部', name, parent: '市人民医院党委' });
  await openArea(branch.page, '数据交换');
  await adoptEnrolment(branch.page, enrolment, passphrase);
  return branch;
}

describe('组织生活月报 from two branches to the central office and back', () => {
  it('branches are reminded and submit, the office sees on time and late across branches, returns one; the branch sees the 退回 and resubmits', async () => {
    const central = await openOn(SET_UP);
    await completeWizard(central.page, { role: '院党委组织科', name: '市人民医院党委' });
    await createCentralKeys(central.page, '组织科密钥口令2026');
    const medicine = await enrolledBranch('内科党支部', await makeEnrolmentFile(central.page, '内科党支部', 'report-enrol-medicine.zbenrol'), '内科支部密钥口令2026');
    const surgery = await enrolledBranch('外科党支部', await makeEnrolmentFile(central.page, '外科党支部', 'report-enrol-surgery.zbenrol'), '外科支部密钥口令2026');

    // 3 December: 首页 reminds 内科 of November's report before the report day.
    await moveTo(medicine, REPORT_DAY);
    await openArea(medicine.page, '首页');
    const todo = medicine.page.getByRole('region', { name: '待办事项' });
    await todo.getByText('2026年11月组织生活月报尚未签名提交：请在“组织生活月报”中核对、签名提交，并于12月5日前导出报送包。').waitFor();
    await medicine.page.screenshot({ path: outputPath('monthly-report-branch-reminder.png'), fullPage: true });

    // November, on time; then October, which the ledger did not yet keep, sent late.
    await openArea(medicine.page, '组织生活月报');
    await medicine.page.getByText('本月没有登记会议').waitFor();
    // Bad input: no signer, nothing stored.
    await medicine.page.getByLabel('签报人').fill('');
    await medicine.page.getByRole('button', { name: '签名并提交2026年11月月报' }).click();
    await medicine.page.getByText('请填写签报人（支部书记姓名）').waitFor();
    await medicine.page.getByLabel('签报人').fill('王建国');
    await submitReport(medicine.page, '2026年11月', '本月开展“学习贯彻党的二十届四中全会精神”专题学习。');
    await medicine.page.getByText('按时报送').waitFor();
    await medicine.page.getByText(/由 王建国 签名提交/).waitFor();
    await medicine.page.screenshot({ path: outputPath('monthly-report-branch-submitted.png'), fullPage: true });
    await chooseMonth(medicine.page, '2026年10月');
    await submitReport(medicine.page, '2026年10月', '十月份会议记录为纸质台账，补报。');
    await medicine.page.getByText('逾期报送').waitFor();
    // Signed is not yet sent: 首页 asks for the package that carries it, and no longer for the signature.
    await openArea(medicine.page, '首页');
    await todo.getByText('2026年11月组织生活月报已签名提交，尚未随报送包交院党委：请在“数据交换”中导出报送包（截止12月5日）。').waitFor();
    await medicine.page.screenshot({ path: outputPath('monthly-report-branch-export-reminder.png'), fullPage: true });
    expect(await medicine.page.getByText(/组织生活月报尚未签名提交/).count()).toBe(0);
    await openArea(medicine.page, '数据交换');
    const medicineReport = await download(medicine.page, '导出报送包', 'report-medicine.zbpkg');
    expect(await medicine.page.getByTestId('export-result').innerText()).toContain('组织生活月报');
    await openArea(medicine.page, '首页');
    await todo.or(medicine.page.getByText('暂无待办事项')).waitFor();
    await todo.getByText(/组织生活月报/).waitFor({ state: 'detached' });

    await moveTo(surgery, REPORT_DAY);
    await openArea(surgery.page, '组织生活月报');
    await surgery.page.getByLabel('签报人').fill('李秀英');
    await submitReport(surgery.page, '2026年11月', '本月支委会按期召开。');
    await openArea(surgery.page, '数据交换');
    const surgeryReport = await download(surgery.page, '导出报送包', 'report-surgery.zbpkg');

    // 6 December: the office imports both and sees every branch's months.
    await moveTo(central, READ_DAY);
    await openArea(central.page, '各支部');
    await importPackage(central.page, '导入报送包', medicineReport, '报送包-内科党支部.zbpkg');
    await importPackage(central.page, '导入报送包', surgeryReport, '报送包-外科党支部.zbpkg');
    await openArea(central.page, '组织生活月报');
    const grid = central.page.getByRole('table', { name: '各支部组织生活月报报送情况' });
    const medicineRow = grid.getByRole('row').filter({ hasText: '内科党支部' });
    const surgeryRow = grid.getByRole('row').filter({ hasText: '外科党支部' });
    await medicineRow.getByText('按时报送').waitFor();
    await medicineRow.getByText('逾期报送').waitFor();
    await surgeryRow.getByText('按时报送').waitFor();
    await central.page.getByText('2026年11月组织生活月报（截止 2026-12-05）：按时报送 2 个，逾期报送 0 个，未报送 0 个，逾期未报 0 个。').waitFor();
    await central.page.screenshot({ path: outputPath('monthly-report-central-grid.png'), fullPage: true });

    // Reads 外科's and returns it: an opinion is required for 退回修改.
    await central.page.getByRole('button', { name: '查看外科党支部2026年11月月报' }).click();
    const drawer = central.page.getByRole('dialog', { name: '外科党支部 2026年11月组织生活月报' });
    await drawer.getByText('本月支委会按期召开。').waitFor();
    await drawer.getByText('退回修改', { exact: true }).click();
    await drawer.getByRole('button', { name: '保存回执' }).click();
    await drawer.getByText('退回修改时请填写意见。').waitFor();
    await drawer.getByLabel('意见').fill(OPINION);
    await central.page.screenshot({ path: outputPath('monthly-report-central-return.png'), fullPage: true });
    await drawer.getByRole('button', { name: '保存回执' }).click();
    await central.page.getByText('已保存外科党支部2026年11月月报的回执（退回修改），将随下一次回执发给支部。').waitFor();
    await surgeryRow.getByText('已退回').waitFor();
    // 内科's November passes.
    await central.page.getByRole('button', { name: '查看内科党支部2026年11月月报' }).click();
    await central.page.getByRole('dialog', { name: '内科党支部 2026年11月组织生活月报' }).getByRole('button', { name: '保存回执' }).click();
    await medicineRow.getByText('已通过').waitFor();

    await openArea(central.page, '各支部');
    const overview = central.page.locator('.ant-card').filter({ hasText: '各支部报送情况' });
    const saved = central.page.waitForEvent('download');
    await overview.getByRole('row').filter({ hasText: '外科党支部' }).getByRole('button', { name: '导出回执' }).click();
    const back = outputPath('report-return-surgery.zbpkg');
    await (await saved).saveAs(back);
    expect(await central.page.getByRole('dialog', { name: '已导出“外科党支部”的回执' }).innerText()).toContain('月报回执');

    // 外科 reads the 退回 on 首页 and on its report, and resubmits: still on time (judged on the first submission).
    await moveTo(surgery, READ_DAY);
    await openArea(surgery.page, '数据交换');
    await importPackage(surgery.page, '导入回执/下发包', back, '回执-外科党支部.zbpkg');
    await openArea(surgery.page, '首页');
    await surgery.page.getByRole('region', { name: '待办事项' }).getByText(`2026年11月组织生活月报被院党委退回修改：${OPINION}`).waitFor();
    await openArea(surgery.page, '组织生活月报');
    await surgery.page.getByText(`意见：${OPINION}（请修改后重新签名提交）`).waitFor();
    await surgery.page.screenshot({ path: outputPath('monthly-report-branch-returned.png'), fullPage: true });
    await submitReport(surgery.page, '2026年11月', '本月支委会按期召开；党小组会因科室轮转改至12月上旬召开。');
    await surgery.page.getByText('已重新提交').waitFor();
    await surgery.page.getByText('按时报送').waitFor();

    expect(central.problems).toEqual([]);
    expect(medicine.problems).toEqual([]);
    expect(surgery.problems).toEqual([]);
    // Three PCs and four packages: about a minute on an idle PC, several on a loaded one; the timeout only catches a hang.
  }, 360_000);

  it('drafts last month’s report of the demo branch from its meetings', async () => {
    const { page, problems } = await openApp();
    await page.goto(`${url()}demo.html`);
    await page.getByRole('heading', { name: /^欢迎，.+党支部$/ }).waitFor({ timeout: 60_000 });
    await openArea(page, '组织生活月报');
    const meetings = page.getByRole('table', { name: '本月召开的会议' });
    await meetings.getByRole('row').nth(1).waitFor();
    expect(await meetings.getByRole('row').count()).toBeGreaterThan(1);
    await page.getByText('组织生活（“三会一课”）落实情况').first().waitFor();
    await page.screenshot({ path: outputPath('monthly-report-branch-draft.png'), fullPage: true });
    expect(problems).toEqual([]);
  });
});
