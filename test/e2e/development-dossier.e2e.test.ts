import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, compareDates } from '../../shared/dates';
import { periodOf } from '../../shared/meetings/periods';
import { localToday } from '../../renderer/src/core/today';
import { ROSTER_SHEET_NAME } from '../../renderer/src/features/members/excel/roster-workbooks';
import { writeWorkbook } from '../../renderer/src/shell/workbook';
import { idNumberFor, ROSTER_HEADER } from '../support/roster-sheet';
import { completeWizard, openArea, useAppUnderTest } from './support/app';
import { outputPath } from './support/output';
import { adoptEnrolment, createCentralKeys, download, exportReturn, importPackage, makeEnrolmentFile } from './support/packages';

const { openApp } = useAppUnderTest();
const PERSON = '陈静';
const PDF = Buffer.from('%PDF-1.4\n% 转正申请书扫描件\n%%EOF');

/** A small roster: three full members and a probationary member admitted 14 months ago. */
async function rosterBytes(today: string): Promise<Buffer> {
  const joined = addMonths(today, -14);
  const row = (name: string, index: number, stage: string, joinedOn: string, fullOn: string) => {
    const birth = `198${index}-0${index + 1}-1${index}`;
    return [name, index % 2 ? '男' : '女', birth, '汉族', '大学本科', '主治医师', '心内科', '医师', '', idNumberFor(birth, index, index % 2 === 1), '', stage, joinedOn, fullOn, '否', '', '', ''];
  };
  const rows = [
    row('王建国', 1, '正式党员', '2010-07-01', '2011-07-01'),
    row('李秀英', 2, '正式党员', '2012-07-01', '2013-07-01'),
    row('张海燕', 3, '正式党员', '2014-07-01', '2015-07-01'),
    row(PERSON, 4, '预备党员', joined, ''),
  ];
  return Buffer.from(await writeWorkbook([{ name: ROSTER_SHEET_NAME, header: ROSTER_HEADER, rows }]));
}

/** A DateInput takes a typed date on Enter, as a secretary types it from paper. */
async function fillDate(input: Locator, date: string) {
  await input.fill(date);
  await input.press('Enter');
}

async function closeDrawer(page: Page, drawer: Locator) {
  await page.keyboard.press('Escape');
  await drawer.waitFor({ state: 'hidden' });
}

async function openDossier(page: Page) {
  await openArea(page, '党员');
  await page.getByRole('tab', { name: '发展党员' }).click();
  await page.getByRole('table', { name: '发展党员' }).getByRole('row').filter({ hasText: PERSON }).getByRole('button', { name: '发展纪实' }).click();
  const drawer = page.getByRole('dialog', { name: new RegExp(`发展纪实：${PERSON}`) });
  await drawer.waitFor();
  return drawer;
}

const stepRow = (drawer: Locator, label: string) => drawer.getByRole('table', { name: '发展党员二十五个步骤' }).getByRole('row').filter({ hasText: label });

/** 各支部 → 发展党员审批: decides the person's pending step, refused first without 文号 and 审批人. */
async function decide(page: Page, button: string, document: string) {
  await openArea(page, '各支部');
  await page.getByRole('tab', { name: '发展党员审批' }).click();
  const row = page.getByRole('table', { name: '发展党员审批' }).getByRole('row').filter({ hasText: PERSON });
  await row.getByRole('button', { name: button, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: new RegExp(`${PERSON}：`) });
  await dialog.getByRole('button', { name: '保存审批意见' }).click();
  await dialog.getByText('未保存：请填写批复文号。请填写审批人。').waitFor();
  await dialog.getByLabel('文号').fill(document);
  await dialog.getByLabel('意见').fill('同意');
  await dialog.getByLabel('审批人').fill('组织科 李敏');
  await page.screenshot({ path: outputPath(`dossier-office-${button}.png`) });
  await dialog.getByRole('button', { name: '保存审批意见' }).click();
  await page.getByText(new RegExp(`已记录 ${PERSON} 的`)).waitFor();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByRole('tab', { name: '报送情况' }).click();
}

describe('发展纪实: a probationary member\'s dossier reaches 转正 through the central office', () => {
  it('the branch records steps, documents and a 思想汇报; the office 审批s and 转正审批s; each decision returns into the dossier; the 纪实表 prints', async () => {
    const today = localToday();
    const central = await openApp();
    const branch = await openApp();

    await completeWizard(central.page, { role: '院党委组织科', name: '市人民医院党委' });
    await createCentralKeys(central.page, '组织科密钥口令2026');
    const enrolment = await makeEnrolmentFile(central.page, '内科第一党支部', 'dossier-enrol.zbenrol');

    await completeWizard(branch.page, { role: '党支部', name: '内科第一党支部', parent: '市人民医院党委' });
    await openArea(branch.page, '党员');
    const chooser = branch.page.waitForEvent('filechooser');
    await branch.page.getByRole('button', { name: '导入 Excel' }).click();
    await (await chooser).setFiles({ name: '党员名册.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await rosterBytes(today) });
    await branch.page.getByRole('dialog', { name: /导入党员名册/ }).getByRole('button', { name: '确认导入' }).click();
    await branch.page.getByText('导入完成：新增 4 人，更新 0 人。').waitFor();
    await openArea(branch.page, '数据交换');
    await adoptEnrolment(branch.page, enrolment, '内科支部密钥口令2026');

    // 首页 asks for this quarter's 思想汇报 once the quarter ends within the reminder window (30 days).
    const quarterEnd = periodOf('quarter', today).end;
    const reminder = `${PERSON}（预备党员）：本期思想汇报尚未递交（${quarterEnd} 前）`;
    const remindsNow = compareDates(quarterEnd, addDays(today, 30)) <= 0;
    if (remindsNow) {
      await openArea(branch.page, '首页');
      await branch.page.getByText(reminder).waitFor();
    }

    // The dossier: a date after today is refused and nothing is stored.
    let drawer = await openDossier(branch.page);
    await fillDate(drawer.getByLabel('第20步日期'), addDays(today, 1));
    await drawer.getByRole('button', { name: '保存纪实' }).click();
    await drawer.getByText('未保存：第 20 步“入党宣誓”日期不能晚于今天。').waitFor();
    await fillDate(drawer.getByLabel('第20步日期'), addMonths(today, -13));
    await fillDate(drawer.getByLabel('第22步日期'), addDays(today, -40));
    await fillDate(drawer.getByLabel('转正公示开始日期'), addDays(today, -30));
    await drawer.getByRole('button', { name: '保存纪实' }).click();
    await branch.page.getByText(`已保存 ${PERSON} 的发展纪实。`).waitFor();
    // The 转正申请书 scan, attached to step 22.
    const fileChooser = branch.page.waitForEvent('filechooser');
    await stepRow(drawer, '提出转正申请').getByRole('button', { name: '上传转正申请书' }).click();
    await (await fileChooser).setFiles({ name: '转正申请书.pdf', mimeType: 'application/pdf', buffer: PDF });
    await branch.page.getByText('材料已记入发展纪实。').waitFor();
    await stepRow(drawer, '提出转正申请').getByText('已附 1 份').waitFor();
    // A 思想汇报 of this quarter.
    await fillDate(drawer.getByLabel('思想汇报递交日期'), today);
    await drawer.getByLabel('思想汇报题目').fill('学习党章的体会');
    await drawer.getByRole('button', { name: '登记思想汇报' }).click();
    await branch.page.getByText(`已登记 ${today} 的思想汇报。`).waitFor();
    await drawer.getByLabel('各期思想汇报').getByText(/已递交/).first().waitFor();
    await branch.page.screenshot({ path: outputPath('dossier-branch-drawer.png'), fullPage: true });
    await closeDrawer(branch.page, drawer);
    if (remindsNow) {
      await openArea(branch.page, '首页');
      await expect.poll(() => branch.page.getByText(reminder).count()).toBe(0);
    }

    // Report → office: 审批 (接收预备党员) → 回执 → the branch's dossier shows step 17 and the decision.
    await openArea(branch.page, '数据交换');
    const firstReport = await download(branch.page, '导出报送包', 'dossier-report-1.zbpkg');
    await openArea(central.page, '各支部');
    await importPackage(central.page, '导入报送包', firstReport, '报送包-内科第一党支部.zbpkg');
    await decide(central.page, '审批', '院党委〔2026〕8号');
    const firstReturn = await exportReturn(central.page, '内科第一党支部', 'dossier-return-1.zbpkg');
    await openArea(branch.page, '数据交换');
    const applied = await importPackage(branch.page, '导入回执/下发包', firstReturn, '回执-内科第一党支部.zbpkg');
    expect(applied).toContain(`已将院党委组织科的发展党员预审、审批意见记入 ${PERSON} 的发展纪实`);
    drawer = await openDossier(branch.page);
    await drawer.getByText(/院党委审批（接收预备党员）：同意（.*院党委〔2026〕8号）/).waitFor();
    await stepRow(drawer, '上级党委审批').getByText(today).waitFor();
    await closeDrawer(branch.page, drawer);

    // 转为正式党员: the 转正申请 and the 转正公示 are in, so the check passes.
    await branch.page.getByRole('table', { name: '发展党员' }).getByRole('row').filter({ hasText: PERSON }).getByRole('button', { name: '转为正式党员' }).click();
    const advance = branch.page.getByRole('dialog', { name: new RegExp(`${PERSON}：预备党员 → 正式党员`) });
    await advance.getByText('符合条件，可以转入下一阶段。').waitFor();
    await advance.getByRole('button', { name: '确认转入下一阶段' }).click();
    await branch.page.getByText(`${PERSON} 已转为正式党员。`).waitFor();

    // Report → office: 转正审批 → 回执 → step 24 dated on the branch.
    await openArea(branch.page, '数据交换');
    const secondReport = await download(branch.page, '导出报送包', 'dossier-report-2.zbpkg');
    await openArea(central.page, '各支部');
    await importPackage(central.page, '导入报送包', secondReport, '报送包-内科第一党支部-2.zbpkg');
    await central.page.getByRole('tab', { name: '发展党员审批' }).click();
    await central.page.getByRole('table', { name: '发展党员审批' }).getByRole('row').filter({ hasText: PERSON }).getByText('待审批（转为正式党员）').waitFor();
    // The office reads the dossier with the scan the report carried.
    await central.page.getByRole('table', { name: '发展党员审批' }).getByRole('row').filter({ hasText: PERSON }).getByRole('button', { name: '查看纪实' }).click();
    const officeDrawer = central.page.getByRole('dialog', { name: new RegExp(`发展纪实：${PERSON}`) });
    await stepRow(officeDrawer, '提出转正申请').getByRole('button', { name: /转正申请书\.pdf/ }).waitFor();
    await central.page.screenshot({ path: outputPath('dossier-office-drawer.png'), fullPage: true });
    await closeDrawer(central.page, officeDrawer);
    await decide(central.page, '转正审批', '院党委〔2026〕15号');
    const secondReturn = await exportReturn(central.page, '内科第一党支部', 'dossier-return-2.zbpkg');
    await openArea(branch.page, '数据交换');
    await importPackage(branch.page, '导入回执/下发包', secondReturn, '回执-内科第一党支部-2.zbpkg');
    drawer = await openDossier(branch.page);
    await drawer.getByText(/院党委审批（转为正式党员）：同意（.*院党委〔2026〕15号）/).waitFor();
    await stepRow(drawer, '上级党委审批转正').getByText(today).waitFor();

    // The 发展党员纪实表 on A4, with every step, its date and the files.
    await drawer.getByRole('button', { name: '打印纪实表' }).click();
    const sheet = branch.page.getByLabel('发展党员纪实表');
    await sheet.getByText('☑ 转正申请书（转正申请书.pdf）').waitFor();
    await sheet.getByText('审批（转为正式党员）：同意').waitFor();
    await expect.poll(() => sheet.locator('tbody tr').count()).toBe(6 + 25);
    await branch.page.screenshot({ path: outputPath('dossier-print.png'), fullPage: true });
  });
});
