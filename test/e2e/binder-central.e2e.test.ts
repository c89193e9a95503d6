import { describe, expect, it } from 'vitest';
import { localToday } from '../../renderer/src/core/today';
import { buildRosterSheet } from '../support/roster-sheet';
import { completeWizard, openArea, useAppUnderTest } from './support/app';
import { startMeetingFromRoster } from './support/meetings';
import { outputPath } from './support/output';
import { adoptEnrolment, createCentralKeys, download, importPackage, makeEnrolmentFile } from './support/packages';
import { stripedPng } from './support/png';
import { chooseOption, importRoster } from './support/roster';

const { openApp } = useAppUnderTest();

describe('the central office binds a branch’s 台账 from what it received', () => {
  it('makes the year’s binder for 内科党支部 from its package: the meeting with its photo drawn, the make-up, the summary sent', async () => {
    const today = localToday();
    const year = Number(today.slice(0, 4));
    const central = await openApp();
    await completeWizard(central.page, { role: '院党委组织科', name: '市人民医院党委' });
    await createCentralKeys(central.page, '组织科密钥口令2026');
    const enrolment = await makeEnrolmentFile(central.page, '内科党支部', 'binder-enrolment.zbenrol');

    const branch = await openApp();
    const sheet = await buildRosterSheet(today, 6, []);
    const [host, recorder, absent] = sheet.people.map((person) => person.name) as [string, string, string];
    await completeWizard(branch.page, { role: '党支部', name: '内科党支部', parent: '市人民医院党委' });
    await importRoster(branch.page, sheet);
    await openArea(branch.page, '数据交换');
    await adoptEnrolment(branch.page, enrolment, '内科支部密钥口令2026');

    // A 党员大会 with a photo of the meeting (a phone-sized PNG) and one absentee who then makes it up.
    await startMeetingFromRoster(branch.page, '支部党员大会');
    await branch.page.getByLabel('会议地点').fill('内科示教室');
    await chooseOption(branch.page, '主持人', host);
    await chooseOption(branch.page, '记录人', recorder);
    await branch.page.getByRole('row').filter({ hasText: absent }).getByText('缺席', { exact: true }).click();
    await branch.page.getByRole('button', { name: '添加议程' }).click();
    await branch.page.getByLabel('议程1', { exact: true }).fill('学习院党委文件');
    await branch.page.getByLabel('会议内容与讨论情况').fill('学习院党委文件，讨论本支部年度工作。');
    const chooser = branch.page.waitForEvent('filechooser');
    await branch.page.getByRole('button', { name: '添加附件' }).click();
    await (await chooser).setFiles({ name: '会场照片.png', mimeType: 'image/png', buffer: stripedPng(2000, 1500) });
    await branch.page.getByText(/：会场照片\.png（\d+ KB）/).waitFor();
    await branch.page.getByRole('button', { name: '保存会议记录' }).click();
    await branch.page.getByText(/已保存“.+支部党员大会”/).waitFor();
    await branch.page.getByRole('button', { name: `为 ${absent} 登记补课` }).click();
    const makeUp = branch.page.getByRole('dialog', { name: `登记补课：${absent}` });
    await chooseOption(branch.page, '补课方式', '补听', makeUp);
    await makeUp.getByRole('button', { name: '登记' }).click();
    await branch.page.getByText(`已登记 ${absent} 的补课。`).waitFor();

    // This year's 年度工作总结, signed and sent.
    await openArea(branch.page, '计划总结');
    await branch.page.getByRole('tab', { name: '年度工作总结' }).dispatchEvent('click');
    await branch.page.getByLabel('签发人').fill(host);
    await branch.page.getByRole('button', { name: '签发并报送' }).click();
    await branch.page.getByText(`${year}年年度工作总结已签发，请在“数据交换”中导出报送包报送院党委。`).waitFor();
    await openArea(branch.page, '数据交换');
    const report = await download(branch.page, '导出报送包', 'binder-report.zbpkg');

    // The office: 各支部 → 内科党支部 → 生成年度台账, from the package alone.
    await openArea(central.page, '各支部');
    await importPackage(central.page, '导入报送包', report, '报送包-内科党支部.zbpkg');
    await central.page.locator('.ant-card').filter({ hasText: '各支部报送情况' }).getByRole('row').filter({ hasText: '内科党支部' }).getByRole('button', { name: '查看' }).click();
    await central.page.getByRole('button', { name: '生成年度台账' }).click();
    const ready = central.page.getByText(/^台账已生成：共 \d+ 页/);
    await ready.waitFor({ timeout: 60_000 });

    const contents = central.page.locator('.binder-toc');
    await expect
      .poll(() => contents.locator('.binder-toc-line.level-1 .binder-toc-text').allInnerTexts())
      .toEqual(['支部基本情况和支部委员会', '党员名册', '“三会一课”会议记录', '补课记录', '学习笔记和学时', '学习笔记本', '党费收缴', '发展党员纪实', '谈心谈话', '党建+业务活动', '文件目录', '工作计划和总结']);
    // Under 学习笔记本 a line per member (张三（2 篇）); the other lines are the meeting and the summary.
    const entries = await contents.locator('.binder-toc-line.level-2 .binder-toc-text').allInnerTexts();
    expect(entries.filter((line) => /（\d+ 篇）$/.test(line)).length).toBeGreaterThan(0);
    expect(entries.filter((line) => !/（\d+ 篇）$/.test(line))).toEqual([expect.stringMatching(/^\d{4}-\d{2}-\d{2} .+支部党员大会$/), `${year}年年度工作总结`]);

    // The photo is drawn under its meeting, scaled to 1500 px; the make-up and the summary are there.
    const picture = central.page.locator('.binder-block[data-section="meetings"] .binder-image img');
    await expect.poll(() => picture.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth), { timeout: 30_000 }).toBe(1500);
    await central.page.getByRole('table', { name: '补课记录' }).getByRole('row').filter({ hasText: absent }).getByText('补听').waitFor();
    const summary = central.page.locator('.binder-block[data-section="plans"]');
    await summary.getByText(`签发人：${host}`).waitFor();
    await summary.getByText(/院党委审阅：待审阅/).waitFor();
    await picture.scrollIntoViewIfNeeded();
    await central.page.screenshot({ path: outputPath('binder-central-photo.png') });
    await summary.scrollIntoViewIfNeeded();
    await central.page.screenshot({ path: outputPath('binder-central-summary.png') });

    expect(central.problems).toEqual([]);
    expect(branch.problems).toEqual([]);
  }, 150_000);
});
