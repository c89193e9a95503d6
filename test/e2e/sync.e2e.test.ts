import { describe, expect, it } from 'vitest';
import { localToday } from '../../renderer/src/core/today';
import { buildRosterSheet } from '../support/roster-sheet';
import { completeWizard, openArea, useAppUnderTest } from './support/app';
import { outputPath } from './support/output';
import { adoptEnrolment, createCentralKeys, download, makeEnrolmentFile, upload } from './support/packages';
import { chooseOption, importRoster } from './support/roster';

const { openApp } = useAppUnderTest();

const CENTRAL_PASSPHRASE = '组织科密钥口令2026';
const BRANCH_PASSPHRASE = '外科支部密钥口令2026';
const OPINION = '缺少会议签到表，请补充后重新报送。';
const NOTICE = '关于报送第四季度台账的通知';
const STUDY_MATERIAL = '党的二十届四中全会精神';
const STUDY_TEXT = '一、全会的重大意义。\n二、结合外科工作的体会。';

describe('数据交换 between a branch and the central office', () => {
  it('enrols, reports members, a meeting and study notes, imports once, reviews 退回 with an opinion, and the branch reads it', async () => {
    const today = localToday();
    const sheet = await buildRosterSheet(today, 8, []);
    const central = await openApp();
    const branch = await openApp();

    // Central office: its keys, then an enrolment file for the branch.
    await completeWizard(central.page, { role: '院党委组织科', name: '市人民医院党委' });
    const centralFingerprint = await createCentralKeys(central.page, CENTRAL_PASSPHRASE);
    expect(centralFingerprint).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
    const enrolment = await makeEnrolmentFile(central.page, '外科党支部', 'sync-enrolment.zbenrol');
    await central.page.screenshot({ path: outputPath('sync-central-keys.png'), fullPage: true });

    // Branch: its own records first, then the enrolment, comparing the fingerprint.
    await completeWizard(branch.page, { role: '党支部', name: '外科党支部', parent: '市人民医院党委' });
    await importRoster(branch.page, sheet);
    const [host, recorder] = sheet.people.map((person) => person.name) as [string, string];
    await openArea(branch.page, '三会一课');
    await branch.page.getByRole('button', { name: '新建会议记录' }).click();
    await branch.page.getByRole('dialog', { name: '新建会议记录' }).getByRole('button', { name: '开始填写' }).click();
    await branch.page.getByLabel('会议地点').fill('外科楼五楼示教室');
    await chooseOption(branch.page, '主持人', host);
    await chooseOption(branch.page, '记录人', recorder);
    await branch.page.getByRole('button', { name: '按名册生成应到人员' }).click();
    await branch.page.getByRole('button', { name: '保存会议记录' }).click();
    const saved = await branch.page.getByText(/^已保存“(.+)”/).innerText();
    const sessionName = /“(.+)”/.exec(saved)![1]!;

    // A study note for one member: two hours of 自学 with its text.
    const student = sheet.people.filter((person) => person.stage === '正式党员')[1]!.name;
    await openArea(branch.page, '学习');
    await branch.page.getByRole('tab', { name: '登记学习笔记' }).click();
    const who = branch.page.getByLabel('党员', { exact: true });
    await who.fill(student);
    await branch.page.locator('.ant-select-item-option-active').filter({ hasText: student }).waitFor();
    await who.press('Enter');
    await who.press('Escape');
    await branch.page.getByLabel('学习材料', { exact: true }).fill(STUDY_MATERIAL);
    await branch.page.getByLabel('学时', { exact: true }).fill('2');
    await expect.poll(() => branch.page.locator('.ant-select-dropdown:visible').count()).toBe(0);
    await chooseOption(branch.page, '学习形式', '自学');
    await branch.page.getByLabel('笔记内容', { exact: true }).fill(STUDY_TEXT);
    await branch.page.getByRole('button', { name: '保存（Enter）' }).click();
    await branch.page.getByText(`已为${student}登记“${STUDY_MATERIAL}”2 学时。`).waitFor();

    await openArea(branch.page, '数据交换');
    const branchFingerprint = await adoptEnrolment(branch.page, enrolment, BRANCH_PASSPHRASE, async (check) => {
      expect(await check.getByTestId('central-fingerprint').innerText()).toBe(centralFingerprint);
      await branch.page.screenshot({ path: outputPath('sync-branch-enrolment.png'), fullPage: true });
    });
    const pending = Number(await branch.page.getByTestId('unacknowledged').innerText());
    expect(pending).toBeGreaterThan(sheet.people.length);

    const report = await download(branch.page, '导出报送包', 'sync-report-1.zbpkg');
    const exported = branch.page.getByTestId('export-result');
    await exported.getByText(`第 1–${pending} 号变更`).waitFor();
    expect(await exported.innerText()).toContain(`党员 ${sheet.people.length} 条`);
    expect(await exported.innerText()).toContain('学习笔记本 1 条');
    await branch.page.screenshot({ path: outputPath('sync-branch-exported.png'), fullPage: true });

    // Central office: preview (first contact: the branch's fingerprint), import, overview.
    await openArea(central.page, '各支部');
    await upload(central.page, '导入报送包', report, '报送包-外科党支部.zbpkg');
    const preview = central.page.getByTestId('package-preview');
    expect(await preview.getByTestId('new-sender-fingerprint').innerText()).toBe(branchFingerprint);
    await preview.getByText(`新增 ${pending}`).waitFor();
    await central.page.screenshot({ path: outputPath('sync-central-preview.png'), fullPage: true });
    await central.page.getByRole('button', { name: '确认导入' }).click();
    await preview.getByText(`已导入：新增 ${pending} 条`).waitFor();
    const overview = central.page.locator('.ant-card').filter({ hasText: '各支部报送情况' }).getByRole('row').filter({ hasText: '外科党支部' });
    await overview.getByRole('cell', { name: String(sheet.people.length), exact: true }).waitFor();
    await overview.getByRole('cell', { name: `第 1–${pending} 号`, exact: true }).waitFor();
    await central.page.screenshot({ path: outputPath('sync-central-overview.png'), fullPage: true });

    // The same package again changes nothing.
    await central.page.getByRole('button', { name: '关闭' }).click();
    await upload(central.page, '导入报送包', report, '报送包-外科党支部.zbpkg');
    await central.page.getByText('已导入过，未做任何更改。').waitFor();
    expect(await central.page.getByRole('button', { name: '确认导入' }).count()).toBe(0);
    await overview.getByRole('cell', { name: String(sheet.people.length), exact: true }).waitFor();
    await central.page.getByRole('button', { name: '关闭' }).click();

    // A notice for the branch (a document of the kind 通知), sent with its next return package.
    await openArea(central.page, '文件');
    await central.page.getByRole('button', { name: '发布文件' }).click();
    const notice = central.page.getByRole('dialog', { name: '发布文件' });
    await notice.getByLabel('文件标题').fill(NOTICE);
    await notice.getByLabel('正文').fill('请于本月底前报送第四季度“三会一课”台账。');
    await notice.getByRole('button', { name: '发布' }).click();
    await central.page.getByText(`已发布“${NOTICE}”到 1 个支部`).waitFor();

    // The organisation's own study target, published as a new rule set version and sent with the return.
    await openArea(central.page, '数据交换');
    // Dated back to 1 January: a rule changes from its publication day unless the office says so,
    // and the year's 学时 target belongs to a period that has already begun.
    const rulesForm = central.page.getByRole('form', { name: '本院规则' });
    const yearStart = `${localToday().slice(0, 4)}-01-01`;
    await central.page.getByLabel('党员每年学习学时').fill('40');
    await rulesForm.getByLabel('生效日期').fill(yearStart);
    await rulesForm.getByLabel('生效日期').press('Enter');
    await central.page.getByText(`生效日期早于今天：改动将追溯适用于 ${yearStart} 起开始的期间`).waitFor();
    await rulesForm.getByRole('button', { name: '保存为新版本' }).click();
    await central.page.getByText('已保存规则集“市人民医院党委规则”第 2 版').waitFor();
    await central.page.getByTestId('active-rule-set').filter({ hasText: '第 2 版' }).waitFor();
    await central.page.screenshot({ path: outputPath('sync-central-rules.png'), fullPage: true });
    await openArea(central.page, '各支部');

    // Drill down, review the meeting as 退回, send the return package.
    await overview.getByRole('button', { name: '查看' }).click();
    const meetingRow = central.page.getByRole('row').filter({ hasText: sessionName });
    await meetingRow.getByRole('button', { name: '审阅' }).click();
    const review = central.page.getByRole('dialog', { name: `审阅：${sessionName}` });
    await review.getByText('退回', { exact: true }).click();
    await review.getByLabel('审阅意见').fill(OPINION);
    await review.getByRole('button', { name: '保存审阅' }).click();
    await meetingRow.getByText('退回', { exact: true }).waitFor();
    // The study notes, read-only: the member's hours in the 学时台账 and the note in the notebook.
    await central.page.getByRole('tab', { name: '学习' }).click();
    const studied = central.page.getByRole('table', { name: '学时台账' }).getByRole('row').filter({ has: central.page.getByRole('cell', { name: student, exact: true }) });
    // The tab renders on first view: poll the row instead of reading it at once.
    await expect.poll(async () => (await studied.locator('td').allInnerTexts())[4]).toBe('2');
    await studied.getByRole('cell', { name: student, exact: true }).click();
    const notebook = central.page.getByRole('region', { name: '学习笔记本（只读）' });
    await notebook.getByRole('cell', { name: STUDY_MATERIAL }).waitFor();
    expect(await notebook.getByRole('button').filter({ hasText: /删除|编辑|保存/ }).count()).toBe(0);
    await central.page.screenshot({ path: outputPath('sync-central-study.png'), fullPage: true });
    await central.page.getByRole('tab', { name: '本年三会一课' }).click();
    await central.page.screenshot({ path: outputPath('sync-central-branch.png'), fullPage: true });
    const back = await download(central.page, '导出回执', 'sync-return-1.zbpkg');
    const exportedReturn = central.page.getByRole('dialog', { name: '已导出“外科党支部”的回执' });
    await exportedReturn.getByText(`确认收到第 1–${pending} 号变更`).waitFor();
    await central.page.screenshot({ path: outputPath('sync-central-return.png'), fullPage: true });

    // Branch: the return package acknowledges everything and brings the opinion onto the record.
    await upload(branch.page, '导入回执/下发包', back, '回执-外科党支部.zbpkg');
    await branch.page.getByTestId('package-preview').getByText('新增 2').waitFor();
    await branch.page.getByRole('button', { name: '确认导入' }).click();
    await branch.page.getByText('已导入：新增 2 条').waitFor();
    await branch.page.getByText('已启用院党委下发的规则集“市人民医院党委规则”（第 2 版）').waitFor();
    await branch.page.getByTestId('active-rule-set').filter({ hasText: '（第 2 版）' }).waitFor();
    await branch.page.getByText(OPINION, { exact: false }).waitFor();
    await branch.page.getByText(NOTICE).waitFor();
    // Delivered only now, on the central office's acknowledgement.
    await branch.page.getByTestId('unacknowledged').filter({ hasText: /^0$/ }).waitFor();
    // The acknowledgement's counts, table by table, against the branch's own.
    const counted = branch.page.getByTestId('count-check');
    await counted.getByText('记录数核对：院党委收到的记录数与本机一致。').waitFor();
    await counted.getByRole('row').filter({ hasText: '党员' }).getByRole('cell', { name: String(sheet.people.length), exact: true }).first().waitFor();
    await branch.page.screenshot({ path: outputPath('sync-branch-return.png'), fullPage: true });

    await branch.page.getByRole('button', { name: '关闭' }).click();
    await upload(branch.page, '导入回执/下发包', back, '回执-外科党支部.zbpkg');
    await branch.page.getByText('已导入过，未做任何更改。').waitFor();

    await branch.page.getByText('查看会议记录').click();
    const note = branch.page.getByTestId('meeting-review');
    await note.getByText(OPINION).waitFor();
    expect(await note.innerText()).toContain('院党委审阅：退回');
    await branch.page.screenshot({ path: outputPath('sync-branch-meeting-review.png'), fullPage: true });

    // The received rule set is the one the branch's 学习 ledger applies: 40 学时 for a member, not the national 32.
    await openArea(branch.page, '学习');
    const member = branch.page.getByRole('table', { name: '学时台账' }).getByRole('row').filter({ has: branch.page.getByRole('cell', { name: '党员', exact: true }) }).first();
    await expect.poll(async () => (await member.locator('td').allInnerTexts())[2]).toBe('40');

    // A return said lost: 重新生成全部回执 re-sends everything, and the branch, which has it all, changes nothing.
    await exportedReturn.getByRole('button').last().click();
    await exportedReturn.waitFor({ state: 'detached' });
    await central.page.getByRole('button', { name: '重新生成全部回执' }).click();
    await central.page.getByRole('dialog', { name: '重新生成“外科党支部”的全部回执？' }).waitFor();
    const resent = await download(central.page, '重新生成', 'sync-return-resent.zbpkg');
    await exportedReturn.getByText(/重新下发全部 (院党委文件 1 条、会议审阅 1 条|会议审阅 1 条、院党委文件 1 条)（支部已有的会自动跳过）/).waitFor();
    await openArea(branch.page, '数据交换');
    await upload(branch.page, '导入回执/下发包', resent, '回执-外科党支部-重新生成.zbpkg');
    await branch.page.getByText('已导入过，未做任何更改。').waitFor();

    expect(central.problems).toEqual([]);
    expect(branch.problems).toEqual([]);
  });
});
