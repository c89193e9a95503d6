import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addMonthsToKey, monthKeyLabel, monthOfDate } from '../../shared/dues/months';
import { addDays } from '../../shared/dates';
import { localToday } from '../../renderer/src/core/today';
import { buildRosterSheet } from '../support/roster-sheet';
import { completeWizard, openArea, useAppUnderTest } from './support/app';
import { outputPath } from './support/output';
import { adoptEnrolment, createCentralKeys, download, exportReturn, importPackage, makeEnrolmentFile } from './support/packages';
import { chooseOption, importRoster } from './support/roster';
import { enterNote, openNotebook } from './support/study';

const { openApp } = useAppUnderTest();

const LETTER = '院组字〔2026〕031 号';
const MATERIAL = '党的二十届四中全会精神';

/** A person's row of 党员名册: a virtual table, whose rows are not table rows to the accessibility tree. */
const rosterRow = (page: Page, name: string): Locator => page.locator('.ant-table-row').filter({ hasText: name }).first();

describe('院内调动: a member moved between two branches through the central office', () => {
  it('old branch asks, the office approves, the new branch accepts the member with their history; the old one keeps it read only', async () => {
    const today = localToday();
    const sheet = await buildRosterSheet(today, 8, []);
    const person = sheet.people.filter((each) => each.stage === '正式党员')[0]!.name;
    const central = await openApp();
    const medicine = await openApp();
    const surgery = await openApp();

    // Central office: keys and an enrolment file for each branch.
    await completeWizard(central.page, { role: '院党委组织科', name: '市人民医院党委' });
    await createCentralKeys(central.page, '组织科密钥口令2026');
    const medicineEnrolment = await makeEnrolmentFile(central.page, '内科第一党支部', 'transfer-enrol-medicine.zbenrol');
    const surgeryEnrolment = await makeEnrolmentFile(central.page, '外科党支部', 'transfer-enrol-surgery.zbenrol');

    // The old branch: its roster, a study note of the person, enrolment.
    await completeWizard(medicine.page, { role: '党支部', name: '内科第一党支部', parent: '市人民医院党委' });
    await importRoster(medicine.page, sheet);
    await enterNote(medicine.page, person, { material: MATERIAL, hours: 2, text: '联系临床工作的体会。' });
    await openArea(medicine.page, '数据交换');
    await adoptEnrolment(medicine.page, medicineEnrolment, '内科支部密钥口令2026');

    // The new branch: enrolment and a first report, so the office holds its keys.
    await completeWizard(surgery.page, { role: '党支部', name: '外科党支部', parent: '市人民医院党委' });
    await openArea(surgery.page, '数据交换');
    await adoptEnrolment(surgery.page, surgeryEnrolment, '外科支部密钥口令2026');
    const surgeryFirst = await download(surgery.page, '导出报送包', 'transfer-surgery-report-1.zbpkg');

    // The old branch asks: refused without the branch asked for, then sent in its report.
    await openArea(medicine.page, '党员');
    await medicine.page.getByRole('tab', { name: '院内调动' }).click();
    await medicine.page.getByRole('button', { name: '申请院内调动' }).click();
    const ask = medicine.page.getByRole('dialog', { name: '申请院内调动' });
    await chooseOption(medicine.page, '调动的党员', person, ask);
    await ask.getByRole('button', { name: '提交申请' }).click();
    await ask.getByText('未提交：请填写调入的支部。').waitFor();
    await ask.getByLabel('调入的支部').fill('外科党支部');
    await ask.getByLabel('调动原因').fill('工作调动至外科');
    await medicine.page.screenshot({ path: outputPath('transfer-branch-request.png') });
    await ask.getByRole('button', { name: '提交申请' }).click();
    await medicine.page.getByText(`已提交 ${person} 的调动申请`).waitFor();
    const requests = medicine.page.getByRole('table', { name: '院内调动申请' });
    await requests.getByRole('row').filter({ hasText: person }).getByText('待院党委审批').waitFor();
    await openArea(medicine.page, '数据交换');
    const medicineReport = await download(medicine.page, '导出报送包', 'transfer-medicine-report-1.zbpkg');

    // The office imports both reports and approves with the date and the letter number.
    await openArea(central.page, '各支部');
    await importPackage(central.page, '导入报送包', medicineReport, '报送包-内科第一党支部.zbpkg');
    await importPackage(central.page, '导入报送包', surgeryFirst, '报送包-外科党支部.zbpkg');
    await central.page.getByRole('tab', { name: '院内调动' }).click();
    const asked = central.page.getByRole('table', { name: '院内调动申请' }).getByRole('row').filter({ hasText: person });
    await asked.getByText('待院党委审批').waitFor();
    expect(await asked.innerText()).toContain('内科第一党支部');
    await asked.getByRole('button', { name: `批准${person}的调动` }).click();
    const approve = central.page.getByRole('dialog', { name: `批准调动：${person}` });
    // The branch named in the request is chosen already; the dues arrangement is said for the date.
    await approve.getByText('外科党支部', { exact: true }).waitFor();
    const paidThrough = monthOfDate(addDays(today, -1))!;
    await approve.getByText(`党费：原支部收缴至 ${monthKeyLabel(paidThrough)}，调入支部自 ${monthKeyLabel(addMonthsToKey(paidThrough, 1))}起收缴。`).waitFor();
    await approve.getByRole('button', { name: '批准' }).click();
    await approve.getByText('未批准：请填写介绍信编号。').waitFor();
    await approve.getByLabel('介绍信编号').fill(LETTER);
    // The refusal was about the empty number: it goes once the number is typed.
    await approve.getByText('未批准：请填写介绍信编号。').waitFor({ state: 'detached' });
    await approve.getByLabel('审批人').fill('组织科 李敏');
    await central.page.screenshot({ path: outputPath('transfer-central-approve.png') });
    await approve.getByRole('button', { name: '批准' }).click();
    await central.page.getByText(`已批准：${person} 自 ${today} 由内科第一党支部调往外科党支部`).waitFor();
    await asked.getByText('已批准').waitFor();
    await central.page.screenshot({ path: outputPath('transfer-central-approved.png'), fullPage: true });
    await central.page.getByRole('tab', { name: '报送情况' }).click();
    const toSurgery = await exportReturn(central.page, '外科党支部', 'transfer-return-surgery.zbpkg');
    const toMedicine = await exportReturn(central.page, '内科第一党支部', 'transfer-return-medicine.zbpkg');

    // The new branch imports its return and accepts: the person arrives with their history.
    await openArea(surgery.page, '数据交换');
    await importPackage(surgery.page, '导入回执/下发包', toSurgery, '回执-外科党支部.zbpkg');
    // 首页 says who awaits acceptance, and its link opens 院内调动.
    await openArea(surgery.page, '首页');
    const awaiting = surgery.page.getByRole('region', { name: '待办事项' }).getByRole('listitem').filter({ hasText: `${person}（自内科第一党支部调入，${today}起）已由院党委组织科批准` });
    await awaiting.waitFor();
    await surgery.page.screenshot({ path: outputPath('transfer-new-branch-home.png'), fullPage: true });
    await awaiting.getByRole('link').click();
    await surgery.page.getByRole('tab', { name: '院内调动', selected: true }).waitFor();
    await openArea(surgery.page, '党员');
    await surgery.page.getByText('共 0 人').waitFor();
    await surgery.page.getByRole('tab', { name: '院内调动' }).click();
    const arriving = surgery.page.getByRole('table', { name: '待接收的调入党员' }).getByRole('row').filter({ hasText: person });
    expect(await arriving.innerText()).toContain(LETTER);
    expect(await arriving.innerText()).toContain('学习笔记 1 篇');
    await surgery.page.screenshot({ path: outputPath('transfer-new-branch-arriving.png'), fullPage: true });
    await arriving.getByRole('button', { name: `接收${person}` }).click();
    await surgery.page.getByText(`已接收 ${person}：自 ${today} 起列入本支部党员名册`).waitFor();
    await surgery.page.getByRole('table', { name: '待接收的调入党员' }).waitFor({ state: 'detached' });
    await openArea(surgery.page, '首页');
    await surgery.page.getByRole('region', { name: '待办事项' }).waitFor();
    expect(await surgery.page.getByRole('region', { name: '待办事项' }).innerText()).not.toContain('请在“院内调动”中接收');
    await openArea(surgery.page, '党员');
    await surgery.page.getByRole('tab', { name: '党员名册' }).click();
    await surgery.page.getByText('共 1 人').waitFor();
    await surgery.page.screenshot({ path: outputPath('transfer-new-branch-roster.png'), fullPage: true });
    // With the dates of the old branch's record: nothing typed again.
    const joinedOn = sheet.people.find((each) => each.name === person)!.joinedOn!;
    expect(await rosterRow(surgery.page, person).innerText()).toMatch(new RegExp(`正式党员[\\s\\S]*${joinedOn}`));
    await openArea(surgery.page, '学习');
    await openNotebook(surgery.page, person);
    await surgery.page.screenshot({ path: outputPath('transfer-new-branch-notebook.png'), fullPage: true });
    await surgery.page.getByText(MATERIAL, { exact: true }).waitFor();

    // The old branch imports its return: the person leaves its roster on the same day, the record stays.
    await openArea(medicine.page, '数据交换');
    const released = await importPackage(medicine.page, '导入回执/下发包', toMedicine, '回执-内科第一党支部.zbpkg');
    expect(released).toContain(`已按院党委组织科的调动通知将 ${person} 调出本支部`);
    await openArea(medicine.page, '党员');
    await medicine.page.getByText('共 7 人').waitFor();
    await medicine.page.getByRole('tab', { name: '已转出/已出党' }).click();
    const left = medicine.page.getByRole('table', { name: '已转出和已出党人员' }).getByRole('row').filter({ hasText: person });
    await left.getByText('院内调动', { exact: true }).waitFor();
    expect(await left.innerText()).toContain(LETTER);
    expect(await left.innerText()).toContain('外科党支部');
    // Ordered by the office: not this branch's entry to undo.
    expect(await left.getByRole('button', { name: '撤销' }).count()).toBe(0);
    await medicine.page.getByRole('tab', { name: '院内调动' }).click();
    await requests.getByRole('row').filter({ hasText: person }).getByText(`党费交至 ${monthKeyLabel(paidThrough)}`).waitFor();
    await medicine.page.screenshot({ path: outputPath('transfer-old-branch-after.png'), fullPage: true });

    expect(central.problems).toEqual([]);
    expect(medicine.problems).toEqual([]);
    expect(surgery.problems).toEqual([]);
  });
});
