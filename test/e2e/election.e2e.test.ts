import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addDays, addYears } from '../../shared/dates';
import { localToday } from '../../renderer/src/core/today';
import { ROSTER_SHEET_NAME } from '../../renderer/src/features/members/excel/roster-workbooks';
import { writeWorkbook } from '../../renderer/src/shell/workbook';
import { idNumberFor, ROSTER_HEADER } from '../support/roster-sheet';
import { completeWizard, openArea, useAppUnderTest } from './support/app';
import { outputPath } from './support/output';
import { adoptEnrolment, createCentralKeys, download, exportReturn, importPackage, makeEnrolmentFile } from './support/packages';

const { openApp } = useAppUnderTest();
const BRANCH = '外科第二党支部';
const FULL = ['王建国', '李秀英', '张海燕', '刘志强', '陈丽华', '杨晓东', '黄雪梅'];
const PROBATIONARY = '赵文博';

/** Seven full members and one probationary member, who has no vote. */
async function rosterBytes(): Promise<Buffer> {
  const row = (name: string, index: number, stage: string, joinedOn: string, fullOn: string) => {
    const birth = `198${index}-0${index + 1}-1${index}`;
    return [name, index % 2 ? '男' : '女', birth, '汉族', '大学本科', '主治医师', '普外科', '医师', '', idNumberFor(birth, index, index % 2 === 1), '', stage, joinedOn, fullOn, '否', '', '', ''];
  };
  const rows = [...FULL.map((name, index) => row(name, index, '正式党员', '2010-07-01', '2011-07-01')), row(PROBATIONARY, 8, '预备党员', '2026-03-01', '')];
  return Buffer.from(await writeWorkbook([{ name: ROSTER_SHEET_NAME, header: ROSTER_HEADER, rows }]));
}

async function fillDate(input: Locator, date: string) {
  await input.fill(date);
  await input.press('Enter');
}

/** Adds people to a multiple antd Select by typing each name. */
async function pickMany(page: Page, label: string, names: readonly string[]) {
  const input = page.getByLabel(label, { exact: true });
  for (const name of names) {
    await input.fill(name);
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option-active').filter({ hasText: name }).waitFor();
    await input.press('Enter');
  }
  await input.press('Escape');
}

const electionCard = (page: Page) => page.locator('.ant-card').filter({ has: page.locator('.ant-card-head-title', { hasText: /^换届选举$/ }) });

/** 各支部 → 换届选举: the branch's pending step approved, refused first without 文号 and 审批人. */
async function approve(page: Page, button: string, document: string) {
  await openArea(page, '各支部');
  await page.getByRole('tab', { name: '换届选举' }).click();
  await page.getByRole('table', { name: '换届选举' }).getByRole('row').filter({ hasText: BRANCH }).getByRole('button', { name: button }).click();
  const dialog = page.getByRole('dialog', { name: new RegExp(`${BRANCH}：`) });
  await dialog.getByRole('button', { name: '保存审批意见' }).click();
  await dialog.getByText('未保存：请填写批复文号。请填写审批人。').waitFor();
  await dialog.getByLabel('文号').fill(document);
  await dialog.getByLabel('审批人').fill('组织科 李敏');
  await dialog.getByRole('button', { name: '保存审批意见' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.screenshot({ path: outputPath(`election-office-${button}.png`), fullPage: true });
  await page.getByRole('tab', { name: '报送情况' }).click();
}

async function roundTrip(branch: Page, central: Page, step: number, button: string, document: string): Promise<string> {
  await openArea(branch, '数据交换');
  const report = await download(branch, '导出报送包', `election-report-${step}.zbpkg`);
  await openArea(central, '各支部');
  await importPackage(central, '导入报送包', report, `报送包-${BRANCH}-${step}.zbpkg`);
  await approve(central, button, document);
  const back = await exportReturn(central, BRANCH, `election-return-${step}.zbpkg`);
  await openArea(branch, '数据交换');
  return importPackage(branch, '导入回执/下发包', back, `回执-${BRANCH}-${step}.zbpkg`);
}

describe('换届选举: 请示 → 批复 → election meeting → result → 批复 → 支部信息', () => {
  it('the branch asks, the office approves, the branch elects under the 差额 and 4/5 rules, and the approved committee and term reach 支部信息', async () => {
    const today = localToday();
    const central = await openApp();
    const branch = await openApp();

    await completeWizard(central.page, { role: '院党委组织科', name: '市人民医院党委' });
    await createCentralKeys(central.page, '组织科密钥口令2026');
    const enrolment = await makeEnrolmentFile(central.page, BRANCH, 'election-enrol.zbenrol');
    await completeWizard(branch.page, { role: '党支部', name: BRANCH, parent: '市人民医院党委' });
    await openArea(branch.page, '党员');
    const chooser = branch.page.waitForEvent('filechooser');
    await branch.page.getByRole('button', { name: '导入 Excel' }).click();
    await (await chooser).setFiles({ name: '党员名册.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await rosterBytes() });
    await branch.page.getByRole('dialog', { name: /导入党员名册/ }).getByRole('button', { name: '确认导入' }).click();
    await branch.page.getByText('导入完成：新增 8 人，更新 0 人。').waitFor();
    await openArea(branch.page, '数据交换');
    await adoptEnrolment(branch.page, enrolment, '外科支部密钥口令2026');

    // The term has ended: 支部信息 says so.
    const page = branch.page;
    await openArea(page, '支部信息');
    const oldEnd = addDays(today, -10);
    await fillDate(page.getByLabel('任期开始', { exact: true }), addYears(oldEnd, -3));
    await fillDate(page.getByLabel('任期结束', { exact: true }), oldEnd);
    await page.getByRole('button', { name: '保存支部信息' }).click();
    await page.getByText('支部信息已保存。').waitFor();
    await page.getByText(`本届任期已于 ${oldEnd} 届满，需换届。`, { exact: false }).first().waitFor();

    // 请示: 3 seats need 4 candidates; 3 are refused with how many more.
    const card = electionCard(page);
    await pickMany(page, '候选人', FULL.slice(0, 3));
    await card.getByRole('button', { name: '保存换届请示' }).click();
    await card.getByText('未保存：实行差额选举，候选人数应多于应选人数且差额不少于应选人数的 20%：应选 3 人，候选人至少 4 人，现有 3 人，还需增加 1 人。').waitFor();
    // The probationary member cannot stand.
    await page.getByLabel('候选人', { exact: true }).fill(PROBATIONARY);
    await page.locator('.ant-select-dropdown:visible').getByText('无数据').or(page.locator('.ant-select-dropdown:visible .ant-empty')).first().waitFor();
    await page.getByLabel('候选人', { exact: true }).fill('');
    await pickMany(page, '候选人', FULL.slice(3, 4));
    await card.getByRole('button', { name: '保存换届请示' }).click();
    await page.getByText('换届请示已保存，请导出报送包报院党委批复。').waitFor();
    await card.getByText('请示待批复').waitFor();
    await page.screenshot({ path: outputPath('election-plan.png'), fullPage: true });

    await roundTrip(page, central.page, 1, '批复请示', '院党委〔2026〕21号');
    await openArea(page, '支部信息');
    await card.getByText('请示已批复，待选举').waitFor();
    await card.getByText(/同意，.*院党委〔2026〕21号/).waitFor();

    // The meeting: 黄雪梅 excused (6 due); 4 present is not more than 4/5, 5 is.
    await pickMany(page, '不计入应到会人数的党员', ['黄雪梅']);
    await card.getByLabel('黄雪梅不计入的原因').fill('外出进修一年，应转未转组织关系，经院党委同意、党员大会通过');
    const present = card.getByLabel('到会党员');
    expect(await present.getByRole('checkbox', { name: PROBATIONARY }).count()).toBe(0);
    for (const name of FULL.slice(0, 4)) await present.getByRole('checkbox', { name }).check();
    await card.getByText('应到会有选举权 6 人，实到 4 人；须超过五分之四，即至少 5 人到会：到会人数不足，不能进行选举。').waitFor();
    await present.getByRole('checkbox', { name: '陈丽华' }).check();
    await card.getByText('应到会有选举权 6 人，实到 5 人；须超过五分之四，即至少 5 人到会：会议有效。').waitFor();

    // Votes: elected with more than half of the 6 entitled (应到会), i.e. 4; a first count leaves a seat empty.
    const firstRound = card.getByRole('group', { name: '第 1 轮（正式选举）' });
    const votes: Record<string, number> = { 王建国: 5, 李秀英: 4, 张海燕: 2, 刘志强: 2 };
    for (const [name, count] of Object.entries(votes)) await firstRound.getByLabel(`${name}得票`).fill(String(count));
    const short = '尚未选足名额：赞成票超过应到会有选举权人数半数的只有 2 人，尚缺 1 个名额，应对不足的名额另行选举。';
    await card.getByText(short).waitFor();
    // 3 votes are more than half of the 5 present but only half of the 6 entitled: still not elected.
    await firstRound.getByLabel('张海燕得票').fill('3');
    await firstRound.getByLabel('张海燕得票').blur();
    await card.getByText(short).waitFor();
    await card.getByRole('button', { name: '保存选举结果并报批' }).click();
    await card.getByText(/未保存：尚未选足名额.*请登记另行选举的得票后再报批。/).waitFor();
    // 另行选举 for the open seat at the same meeting, among those not elected.
    await card.getByRole('button', { name: '登记第 2 轮（另行选举）' }).click();
    const byElection = card.getByRole('group', { name: '第 2 轮（另行选举）' });
    await byElection.getByText('应选 1 人；赞成票须多于 3 票').waitFor();
    await byElection.getByLabel('张海燕得票').fill('4');
    await byElection.getByLabel('刘志强得票').fill('1');
    await card.getByText('当选：王建国、李秀英、张海燕（共 2 轮投票）').waitFor();
    for (const [name, role] of [['王建国', '书记'], ['李秀英', '组织委员'], ['张海燕', '宣传委员']] as const) {
      await card.getByLabel(`${name}的分工`).click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: new RegExp(`^${role}$`) }).click();
    }
    await page.screenshot({ path: outputPath('election-meeting.png'), fullPage: true });
    await card.getByRole('button', { name: '保存选举结果并报批' }).click();
    await page.getByText('选举结果已保存，请导出报送包报院党委审批。').waitFor();
    await card.getByText('选举结果待批复').waitFor();

    const applied = await roundTrip(page, central.page, 2, '审批结果', '院党委〔2026〕25号');
    expect(applied).toContain('院党委已批复换届选举结果，新一届支部委员会和任期已写入支部信息。');

    // 支部信息: the new committee and term; the term reminder is gone.
    await openArea(page, '支部信息');
    await card.getByText('已完成（新一届支委会已写入支部信息）').waitFor();
    const committee = page.locator('.ant-card').filter({ has: page.locator('.ant-card-head-title', { hasText: /^支部委员会$/ }) });
    for (const name of ['王建国', '李秀英', '张海燕']) await committee.getByText(`${name}（普外科）`).waitFor();
    expect(await page.getByLabel('任期开始', { exact: true }).inputValue()).toBe(today);
    expect(await page.getByLabel('任期结束', { exact: true }).inputValue()).toBe(addYears(today, 3));
    expect(await page.getByText('届满，需换届').count()).toBe(0);
    // A next 换届 starts only when asked for.
    expect(await card.getByRole('button', { name: '保存换届请示' }).count()).toBe(0);
    await card.getByRole('button', { name: '发起新一届换届' }).waitFor();
    await page.screenshot({ path: outputPath('election-branch-done.png'), fullPage: true });

    // The printable record.
    await card.getByRole('button', { name: '打印选举记录' }).click();
    const sheet = page.getByLabel('换届选举情况报告');
    await sheet.getByText('应到 6 人，实到 5 人，超过五分之四（至少 5 人），选举有效').waitFor();
    await sheet.getByText('黄雪梅（外出进修一年', { exact: false }).waitFor();
    await sheet.getByText(/同意，.*院党委〔2026〕25号/).waitFor();
    expect(await sheet.getByRole('row').filter({ hasText: '当选' }).filter({ hasNotText: '未当选' }).count()).toBe(3);
    await sheet.getByText('计票结果：第 1 轮（正式选举，应选 3 人；当选须赞成票超过应到会有选举权人数（6 人）的一半，即多于 3 票）').waitFor();
    await sheet.getByText('计票结果：第 2 轮（另行选举，应选 1 人；', { exact: false }).waitFor();
    const secondCount = sheet.getByRole('table', { name: '第 2 轮计票结果' });
    await secondCount.getByRole('row').filter({ hasText: '张海燕' }).filter({ hasText: '当选' }).filter({ hasText: '宣传委员' }).waitFor();
    await secondCount.getByRole('row').filter({ hasText: '刘志强' }).filter({ hasText: '未当选' }).waitFor();
    await page.screenshot({ path: outputPath('election-print.png'), fullPage: true });
  });
});
