import { describe, expect, it } from 'vitest';
import { localToday } from '../../renderer/src/core/today';
import { addDays } from '../../shared/dates';
import { buildRosterSheet } from '../support/roster-sheet';
import { completeWizard, openArea, useAppUnderTest } from './support/app';
import { outputPath } from './support/output';
import { adoptEnrolment, createCentralKeys, download, importPackage, makeEnrolmentFile } from './support/packages';
import { chooseOption, importRoster } from './support/roster';

const { openApp } = useAppUnderTest();

/** A PNG signature and a little more: what the attachment check looks at. */
const PNG_BYTES = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(600, 1)]);
const TITLE = '世界镇痛日社区义诊';
const PARTNER = '城东街道社区卫生服务中心';
const BRAND = '仁心党员服务队';
const BRAND_TEXT = '党员医生每月走进社区，义诊与健康宣教相结合。';

describe('党建+业务 activities: recorded by the branch, seen by 院党委组织科', () => {
  it('refuses a brand without a name and an activity without people, saves both (the activity with a photo), and the office lists them in its yearly list and the branch’s 党建+业务 tab after the report', async () => {
    const today = localToday();
    // An activity a few days ago, in this year (on 1–3 January: today).
    const date = addDays(today, -3).slice(0, 4) === today.slice(0, 4) ? addDays(today, -3) : today;
    const year = today.slice(0, 4);
    const central = await openApp();
    const branch = await openApp();

    await completeWizard(central.page, { role: '院党委组织科', name: '市人民医院党委' });
    await createCentralKeys(central.page, '组织科密钥口令2026');
    const enrolment = await makeEnrolmentFile(central.page, '内科党支部', 'activities-enrolment.zbenrol');

    await completeWizard(branch.page, { role: '党支部', name: '内科党支部', parent: '市人民医院党委' });
    const sheet = await buildRosterSheet(today, 6, []);
    await importRoster(branch.page, sheet);
    const [first, second] = sheet.people.map((person) => person.name);

    await openArea(branch.page, '党建+业务');
    await branch.page.getByText(`${year} 年还没有登记党建+业务活动。`).waitFor();
    // 一支部一品牌: refused without a name (said on screen, nothing stored), then saved.
    const brandCard = branch.page.locator('.ant-card').filter({ hasText: '一支部一品牌' });
    await brandCard.getByText('尚未填写支部品牌。').waitFor();
    await brandCard.getByRole('button', { name: '填写品牌' }).click();
    const brandForm = branch.page.getByRole('form', { name: '支部品牌' });
    await brandForm.getByLabel('品牌简介').fill(BRAND_TEXT);
    await brandForm.getByRole('button', { name: '保存品牌' }).click();
    await brandForm.getByText('未保存：请填写品牌名称。').waitFor();
    await brandForm.getByText('请填写品牌名称。', { exact: true }).waitFor();
    await brandForm.getByLabel('品牌名称').fill(BRAND);
    await brandForm.getByRole('button', { name: '保存品牌' }).click();
    await branch.page.getByText(`已保存支部品牌“${BRAND}”。`).waitFor();
    await brandCard.getByTestId('branch-brand').getByText(BRAND_TEXT).waitFor();
    await branch.page.getByRole('button', { name: '登记活动' }).click();
    const editor = branch.page.getByRole('dialog', { name: '登记党建+业务活动' });
    await chooseOption(branch.page, '活动类别', '义诊', editor);
    await editor.getByLabel('活动日期').fill(date);
    await editor.getByLabel('活动日期').press('Enter');
    await editor.getByLabel('活动名称').fill(TITLE);
    await editor.getByLabel('共建单位 / 服务对象').fill(PARTNER);
    await editor.getByLabel('活动内容').fill('为社区居民义诊 86 人次，发放健康手册 200 份。');
    // No people chosen: refused, said on screen, nothing stored.
    await editor.getByRole('button', { name: '保存活动' }).click();
    await editor.getByText('未保存：请选择参加活动的党员。').waitFor();
    await editor.getByText('请选择参加活动的党员。', { exact: true }).waitFor();
    expect(await branch.page.getByRole('table', { name: `${year}年党建+业务活动` }).getByRole('row').filter({ hasText: TITLE }).count()).toBe(0);
    // A multiple choice: the list stays open between names.
    const people = editor.getByLabel('参加党员', { exact: true });
    for (const name of [first!, second!]) {
      await people.fill(name);
      await branch.page.locator('.ant-select-dropdown:visible .ant-select-item-option-active').filter({ hasText: name }).waitFor();
      await people.press('Enter');
    }
    await people.press('Escape');
    // Changing the field takes its error away.
    await expect.poll(() => editor.getByText('请选择参加活动的党员。', { exact: true }).count()).toBe(0);
    const chooser = branch.page.waitForEvent('filechooser');
    await editor.getByRole('button', { name: '添加附件' }).click();
    await (await chooser).setFiles({ name: '义诊现场.png', mimeType: 'application/octet-stream', buffer: PNG_BYTES });
    await branch.page.getByText('已添加附件“义诊现场.png”。').waitFor();
    await branch.page.screenshot({ path: outputPath('activities-branch-editor.png'), fullPage: true });
    await editor.getByRole('button', { name: '保存活动' }).click();
    await branch.page.getByText(`已保存活动“${TITLE}”。`).waitFor();
    await editor.waitFor({ state: 'hidden' });
    const list = branch.page.getByRole('table', { name: `${year}年党建+业务活动` });
    const row = list.getByRole('row').filter({ hasText: TITLE });
    await row.waitFor();
    expect((await row.locator('td').allInnerTexts()).map((text) => text.trim())).toEqual(expect.arrayContaining([date, '义诊', TITLE, PARTNER, `${first}、${second}`, '1 个']));
    await branch.page.getByTestId('activity-counts').getByText(`${year} 年共 1 次，义诊 1 次`).waitFor();
    await branch.page.screenshot({ path: outputPath('activities-branch-list.png'), fullPage: true });

    await openArea(branch.page, '数据交换');
    await adoptEnrolment(branch.page, enrolment, '内科支部密钥口令2026');
    const report = await download(branch.page, '导出报送包', 'activities-report-1.zbpkg');
    expect(await branch.page.getByTestId('export-result').innerText()).toContain('党建+业务活动 1 条');

    await openArea(central.page, '各支部');
    await importPackage(central.page, '导入报送包', report, '报送包-内科党支部.zbpkg');
    // The office's yearly list: every branch with its brand and this year's activities by kind.
    await central.page.getByRole('tab', { name: '党建+业务' }).click();
    const yearRow = central.page.getByRole('table', { name: `${year}年各支部党建+业务` }).getByRole('row').filter({ hasText: '内科党支部' });
    await yearRow.getByText(BRAND).waitFor();
    // 支部, 品牌, 全年, then 结对共建, 志愿服务, 义诊 …
    expect((await yearRow.locator('td').allInnerTexts()).slice(0, 6).map((text) => text.trim())).toEqual(['内科党支部', BRAND, '1', '0', '0', '1']);
    await central.page.getByTestId('activity-year-total').getByText(`${year} 年各支部共登记党建+业务活动 1 次，1 个支部填写了品牌`).waitFor();
    await central.page.screenshot({ path: outputPath('activities-central-year.png'), fullPage: true });
    await central.page.getByRole('tab', { name: '报送情况' }).click();
    const overview = central.page.locator('.ant-card').filter({ hasText: '各支部报送情况' });
    await overview.getByRole('row').filter({ hasText: '内科党支部' }).getByRole('button', { name: '查看' }).click();
    await central.page.getByRole('tab', { name: '党建+业务' }).click();
    const received = central.page.getByRole('table', { name: `${year}年党建+业务活动` }).getByRole('row').filter({ hasText: TITLE });
    await received.waitFor();
    await central.page.getByTestId('branch-brand').getByText(BRAND_TEXT).waitFor();
    expect((await received.locator('td').allInnerTexts()).map((text) => text.trim())).toEqual(expect.arrayContaining([date, '义诊', TITLE, PARTNER, `${first}、${second}`, '1 个']));
    // Read-only at the office: no 修改.
    expect(await received.getByText('修改').count()).toBe(0);
    await received.getByRole('button', { name: /展开行/ }).click();
    await central.page.getByText('为社区居民义诊 86 人次，发放健康手册 200 份。').waitFor();
    await central.page.getByText('义诊现场.png', { exact: false }).waitFor();
    await central.page.screenshot({ path: outputPath('activities-central.png'), fullPage: true });

    expect(central.problems).toEqual([]);
    expect(branch.problems).toEqual([]);
  });
});
