import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { localToday } from '../../renderer/src/core/today';
import { addDays } from '../../shared/dates';
import { buildRosterSheet } from '../support/roster-sheet';
import { readWorkbookRows } from '../../renderer/src/shell/workbook';
import { completeWizard, openArea, useAppUnderTest } from './support/app';
import { outputPath } from './support/output';
import { chooseOption, importRoster } from './support/roster';
import { choosePeriod, itemRow } from './support/assessment';
import { adoptEnrolment, createCentralKeys, download, enrolBranch, importPackage, makeEnrolmentFile } from './support/packages';

const { openApp } = useAppUnderTest();

/** A PNG signature and a little more: what the attachment check looks at. */
const PNG_BYTES = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(600, 1)]);
const ETHICS = '医德医风与患者评价';
const EVIDENCE = '本季度患者满意度 97.2%，收到表扬信 5 封、锦旗 2 面。';
// The yearly items the office scores, with their maxima in the default scheme. 党建与业务融合 and
// 谈心谈话覆盖率 are scored from the records (党建+业务, the talk records), not by the office.
const YEAR_MANUAL: ReadonlyArray<readonly [string, number]> = [['组织设置与班子建设', 3], ['组织生活会与民主评议党员', 5], ['特色品牌活动', 2]];
const YEAR_ITEMS = YEAR_MANUAL.map(([title]) => title);
const SECRETARY_REPORT = '书记抓党建述职评议';
const REPORT = '一年来，支部坚持党建与业务同部署、同落实，“三会一课”按月召开。';

describe('考核 between a branch and the central office', () => {
  it('the office edits the scheme, the branch submits evidence and 述职, the office scores, awards the flag and returns it, the branch sees rank and flag', async () => {
    const year = localToday().slice(0, 4);
    const quarter = `${year}年第${['一', '二', '三', '四'][Math.ceil(Number(localToday().slice(5, 7)) / 3) - 1]}季度`;
    const central = await openApp();
    const branch = await openApp();

    // Central office: keys, then the scheme: 医德医风 weighs 15 instead of 10 (a quarter of 75).
    await completeWizard(central.page, { role: '院党委组织科', name: '市人民医院党委' });
    await createCentralKeys(central.page, '组织科密钥口令2026');
    await openArea(central.page, '考核');
    await central.page.getByRole('tab', { name: '考核方案' }).click();
    await central.page.getByLabel(`${ETHICS}分值`).fill('15');
    await central.page.getByText('季度满分 75 分').waitFor();
    await central.page.getByRole('button', { name: '保存并下发考核方案' }).click();
    await central.page.getByText('考核方案已保存为第 2 版').waitFor();
    // Bad input is refused whole and said on screen.
    await central.page.getByLabel('5星门槛').fill('120');
    await central.page.getByRole('button', { name: '保存并下发考核方案' }).click();
    await central.page.getByText('星级门槛应为 5 个从低到高的分数（一星至五星）。').waitFor();
    await central.page.screenshot({ path: outputPath('assessment-central-scheme.png'), fullPage: true });
    await central.page.getByRole('button', { name: '放弃修改' }).click();
    await openArea(central.page, '数据交换');
    const enrolment = await makeEnrolmentFile(central.page, '外科党支部', 'assessment-enrolment.zbenrol');

    // Branch: enrolled, its 考核 screen applies the office's scheme.
    await completeWizard(branch.page, { role: '党支部', name: '外科党支部', parent: '市人民医院党委' });
    await openArea(branch.page, '数据交换');
    await adoptEnrolment(branch.page, enrolment, '外科支部密钥口令2026');
    await openArea(branch.page, '考核');
    await branch.page.getByText('（第 2 版）').waitFor();
    await branch.page.getByText(/当前合计 .+ \/ 75 分/).waitFor();
    const ethics = itemRow(branch.page, ETHICS);
    expect((await ethics.locator('td').allInnerTexts()).some((text) => text.trim() === '15')).toBe(true);

    // Evidence for 医德医风 with a photo, the self-assessment, then the year's 述职.
    await ethics.getByRole('button', { name: /展开行/ }).click();
    await branch.page.getByLabel(`“${ETHICS}”佐证材料`).fill(EVIDENCE);
    await branch.page.getByRole('button', { name: `保存“${ETHICS}”佐证材料` }).click();
    await branch.page.getByText(`“${ETHICS}”佐证材料已保存。`).waitFor();
    const chooser = branch.page.waitForEvent('filechooser');
    await branch.page.getByRole('button', { name: '添加附件' }).click();
    await (await chooser).setFiles({ name: '满意度调查.png', mimeType: 'application/octet-stream', buffer: PNG_BYTES });
    await branch.page.getByText('已添加附件“满意度调查.png”。').waitFor();
    await ethics.getByText('已填写·1 个附件').waitFor();
    await branch.page.getByLabel('自评', { exact: true }).fill('本季度支委会按月召开，党费按期上缴。');
    await branch.page.getByRole('button', { name: '保存自评' }).click();
    await branch.page.getByText('自评已保存。').waitFor();
    await branch.page.screenshot({ path: outputPath('assessment-branch-evidence.png'), fullPage: true });
    await branch.page.getByText('提交考核材料', { exact: true }).click();
    await branch.page.getByRole('button', { name: `提交${quarter}考核材料` }).click();
    await branch.page.getByText('已提交，请在“数据交换”中导出报送包。').waitFor();

    await choosePeriod(branch.page, `${year}年度`);
    await branch.page.getByLabel('书记述职', { exact: true }).fill(REPORT);
    await branch.page.getByRole('button', { name: '保存书记述职' }).click();
    await branch.page.getByText('书记述职已保存。').waitFor();
    await branch.page.screenshot({ path: outputPath('assessment-branch-report.png'), fullPage: true });

    await openArea(branch.page, '数据交换');
    const report = await download(branch.page, '导出报送包', 'assessment-report.zbpkg');
    expect(await branch.page.getByTestId('export-result').innerText()).toContain('考核材料与述职');

    // Central office: imports, reads the evidence and 述职, scores 医德医风, publishes: the flag.
    await openArea(central.page, '各支部');
    await importPackage(central.page, '导入报送包', report, '报送包-外科党支部.zbpkg');
    await openArea(central.page, '考核');
    const ranked = central.page.getByRole('row').filter({ hasText: '外科党支部' }).first();
    await ranked.getByText('待评 1 项').waitFor();
    await ranked.getByRole('button', { name: /展开行/ }).click();
    const scoring = itemRow(central.page, ETHICS);
    await scoring.getByText(EVIDENCE).waitFor();
    // Evidence files are listed as 照片 by default (not the meetings' 签到表).
    await scoring.getByRole('button', { name: /照片：满意度调查\.png/ }).waitFor();
    await central.page.getByLabel(`外科党支部“${ETHICS}”得分`).fill('16');
    await scoring.getByRole('button', { name: '保存', exact: true }).click();
    await central.page.getByText(`外科党支部“${ETHICS}”未保存：“${ETHICS}”的得分应为 0 至 15 之间的数，最多一位小数。`).waitFor();
    await central.page.getByLabel(`外科党支部“${ETHICS}”得分`).fill('13.5');
    await central.page.getByLabel(`外科党支部“${ETHICS}”说明`).fill('满意度全院第二');
    await scoring.getByRole('button', { name: '保存', exact: true }).click();
    await central.page.getByText(`外科党支部“${ETHICS}”已保存。`).waitFor();
    await scoring.getByText('评分 13.5 分（满意度全院第二）。').waitFor();
    await ranked.getByText('流动红旗').waitFor();
    await central.page.screenshot({ path: outputPath('assessment-central-sheet.png'), fullPage: true });
    await central.page.getByRole('button', { name: '发布排名并颁授流动红旗' }).click();
    await central.page.getByText(`${quarter}考核结果已发布，流动红旗授予外科党支部`).waitFor();
    await ranked.getByText('已发布').waitFor();
    // The sheet to Excel: the ranking first, points as numbers.
    const workbook = await readWorkbookRows(await readFile(await download(central.page, '导出 Excel', 'assessment-sheet.xlsx')));
    expect(workbook[1]!.slice(0, 9)).toEqual([1, '外科党支部', 25, 38.5, 0, 38.5, 75, null, '流动红旗']);
    await central.page.getByRole('tab', { name: '流动红旗' }).click();
    await central.page.getByRole('row').filter({ hasText: quarter }).getByText('外科党支部首次获得').waitFor();
    await central.page.screenshot({ path: outputPath('assessment-central-flag.png'), fullPage: true });

    // The year's 述职 reached the office.
    await central.page.getByRole('tab', { name: '评分与排名' }).click();
    await choosePeriod(central.page, `${year}年度`);
    // The branch's row stays open from the quarter.
    await central.page.getByText(REPORT).waitFor();
    // The year: 医德医风 is the quarters' average (13.5); the three yearly manual items (at their maxima) and the 述职 are scored here.
    for (const [title, points] of YEAR_MANUAL) {
      await central.page.getByLabel(`外科党支部“${title}”得分`).fill(String(points));
      await itemRow(central.page, title).getByRole('button', { name: '保存', exact: true }).click();
      await central.page.getByText(`外科党支部“${title}”已保存。`).waitFor();
    }
    await chooseOption(central.page, `外科党支部“${SECRETARY_REPORT}”评议等次`, '好');
    await itemRow(central.page, SECRETARY_REPORT).getByRole('button', { name: '保存', exact: true }).click();
    await central.page.getByText(`外科党支部“${SECRETARY_REPORT}”已保存。`).waitFor();
    // Worked by hand: automatic 30 = the quarter's 25 (党费 10, 发展 5, 记录 5, 月报 5: nothing due, full by the scheme;
    // 三会一课, 出席, 学时 0: nothing held, no member) + 谈心谈话覆盖率 5 (no member to talk with: full by the scheme)
    // + 党建与业务融合 0 (no activity recorded). Then 医德医风 13.5 + 组织设置 3 + 组织生活会 5 + 特色品牌 2 + 述职“好” 10
    // = 63.5 of 105 (the year's 100 with 医德医风 at 15): past the 60 of one star, short of the 70 of two.
    await ranked.getByText('63.5 / 105').waitFor();
    await ranked.getByText('★（一星级）').waitFor();
    await central.page.screenshot({ path: outputPath('assessment-central-year.png'), fullPage: true });
    await central.page.getByRole('button', { name: '发布年度考核结果与星级' }).click();
    await central.page.getByText(`${year}年度考核结果已发布`).waitFor();
    // The year's results on A4: the ranking with the stars, then every item.
    await central.page.getByRole('button', { name: '打印考核结果' }).click();
    const printed = central.page.locator('.print-sheet');
    await printed.getByText(`${year}年度党支部考核结果`).waitFor();
    expect(await printed.locator('table').first().locator('tbody tr').first().locator('td').allInnerTexts()).toEqual(['1', '外科党支部', '30', '63.5', '0', '63.5', '105', '', '★（一星级）', '', '']);
    await central.page.screenshot({ path: outputPath('assessment-central-print.png'), fullPage: true });
    await central.page.getByRole('button', { name: '返回' }).click();

    await openArea(central.page, '各支部');
    const back = await download(central.page, '导出回执', 'assessment-return.zbpkg');
    expect(await central.page.getByRole('dialog', { name: '已导出“外科党支部”的回执' }).innerText()).toContain('考核结果');

    // Branch: the return brings the result: score per item, rank, flag, on 考核 and 首页.
    await openArea(branch.page, '数据交换');
    await importPackage(branch.page, '导入回执/下发包', back, '回执-外科党支部.zbpkg');
    await openArea(branch.page, '考核');
    const published = branch.page.getByRole('alert').filter({ hasText: `院党委已发布${quarter}考核结果` });
    await published.getByText('第 1 名 / 共 1 个支部').waitFor();
    await published.getByText('流动红旗').waitFor();
    const scored = itemRow(branch.page, ETHICS);
    await scored.getByText('13.5 分', { exact: true }).waitFor();
    await scored.getByText('院党委评定').waitFor();
    await branch.page.screenshot({ path: outputPath('assessment-branch-result.png'), fullPage: true });
    // The year's 星级 came back with it.
    await choosePeriod(branch.page, `${year}年度`);
    const yearly = branch.page.getByRole('alert').filter({ hasText: `院党委已发布${year}年度考核结果` });
    await yearly.getByText('得分 63.5 / 105').waitFor();
    await yearly.getByText('★（一星级）').waitFor();
    await branch.page.screenshot({ path: outputPath('assessment-branch-stars.png'), fullPage: true });
    await openArea(branch.page, '首页');
    const card = branch.page.locator('.ant-card').filter({ hasText: '考核结果' });
    await card.getByText('流动红旗').waitFor();
    await card.getByText('第 1 名 / 共 1 个支部').first().waitFor();
    await card.getByText('★（一星级）').waitFor();
    await branch.page.screenshot({ path: outputPath('assessment-branch-home.png'), fullPage: true });

    expect(central.problems).toEqual([]);
    expect(branch.problems).toEqual([]);
  });

  it('the branch keeps members’ 积分 and 民主评议 with a nomination; the office lists, shows and approves 评先评优, prints the list and certificates; the branch sees the outcome', async () => {
    const today = localToday();
    const year = today.slice(0, 4);
    const sheet = await buildRosterSheet(today, 8, []);
    const [star, weak] = sheet.people.filter((person) => person.stage === '正式党员').map((person) => person.name);
    const DEEDS = '带领科室完成新技术 3 项，全年零投诉，抗疫一线连续值守 40 天。';
    const central = await openApp();
    const branch = await openApp();
    await enrolBranch(central.page, branch.page, { office: '市人民医院党委', branch: '内科党支部' }, () => importRoster(branch.page, sheet));

    // 党员积分: a volunteer service counts; one without hours is refused on screen.
    await openArea(branch.page, '考核');
    await branch.page.getByRole('tab', { name: '党员积分' }).click();
    await chooseOption(branch.page, '党员', star!);
    await branch.page.getByLabel('活动名称').fill('义诊进社区');
    await branch.page.getByRole('button', { name: '登记', exact: true }).click();
    await branch.page.getByText('未登记：志愿服务时长应为 0.5 至 24 小时，以半小时计。').waitFor();
    await branch.page.getByLabel('服务时长').fill('3.5');
    await branch.page.getByRole('button', { name: '登记', exact: true }).click();
    await branch.page.getByText('已登记志愿服务“义诊进社区”。').waitFor();
    const points = branch.page.getByRole('table', { name: `${year}年度党员积分排名` });
    const starRow = points.getByRole('row').filter({ hasText: star! });
    await starRow.getByText('3.5（3.5小时）').waitFor();
    expect((await starRow.locator('td').allInnerTexts()).map((text) => text.trim())).toEqual(['1', star!, '0（0次）', '0（0次）', '0（0学时）', '3.5（3.5小时）', '0（0次）', '0（0次）', '3.5']);
    await branch.page.screenshot({ path: outputPath('assessment-member-points.png'), fullPage: true });

    // 民主评议: nobody starts graded (未评); 不合格 without a reason is refused whole; then, with three
    // members still 未评, saving asks first and stores only the two graded, with the 组织处置 and a nomination.
    await branch.page.getByRole('tab', { name: '民主评议' }).click();
    await branch.page.getByText('未评 5 人').waitFor();
    await branch.page.getByRole('row').filter({ hasText: star! }).getByText('未评', { exact: true }).waitFor();
    await chooseOption(branch.page, `${star}评议等次`, '优秀');
    await branch.page.getByLabel(`推荐${star}`).check();
    await branch.page.getByLabel(`${star}主要事迹`).fill(DEEDS);
    await chooseOption(branch.page, `${weak}评议等次`, '不合格');
    await branch.page.getByRole('button', { name: '保存评议结果' }).click();
    await branch.page.getByText(`${weak}：评为不合格须写明理由。`).waitFor();
    await branch.page.getByLabel(`${weak}评议理由`).fill('全年无故 4 次不参加组织生活');
    await chooseOption(branch.page, `${weak}组织处置`, '限期改正');
    await branch.page.getByRole('button', { name: '保存评议结果' }).click();
    const ask = branch.page.getByRole('dialog').filter({ hasText: '还有 3 名党员未评定等次' });
    await ask.getByText('保存后他们仍为“未评”，可以以后再评').waitFor();
    await branch.page.screenshot({ path: outputPath('assessment-appraisal-ungraded.png'), fullPage: true });
    await ask.getByRole('button', { name: '保存已评定的结果' }).click();
    await branch.page.getByText(`${year}年度民主评议结果已保存，随下一次报送包报送。`).waitFor();
    await branch.page.getByText('参评 2 人').waitFor();
    await branch.page.getByText('未评 3 人').waitFor();
    await branch.page.getByText(`${weak}：限期改正`).waitFor();
    await branch.page.screenshot({ path: outputPath('assessment-appraisal.png'), fullPage: true });
    await branch.page.getByRole('tab', { name: '评先评优' }).click();
    await branch.page.getByRole('row').filter({ hasText: star! }).getByText('待院党委确定').waitFor();

    await openArea(branch.page, '数据交换');
    const report = await download(branch.page, '导出报送包', 'members-report.zbpkg');
    expect(await branch.page.getByTestId('export-result').innerText()).toContain('民主评议与评先推荐');

    // The office: the branch's 积分 and 民主评议 as the branch sees them.
    await openArea(central.page, '各支部');
    await importPackage(central.page, '导入报送包', report, '报送包-内科党支部.zbpkg');
    await openArea(central.page, '考核');
    await central.page.getByRole('tab', { name: '党员积分' }).click();
    await central.page.getByRole('table', { name: `${year}年度党员积分排名` }).getByRole('row').filter({ hasText: star! }).getByText('3.5（3.5小时）').waitFor();
    await central.page.getByRole('tab', { name: '民主评议' }).click();
    await central.page.getByRole('table', { name: `${year}年度各支部民主评议` }).getByRole('row').filter({ hasText: '内科党支部' }).getByText('不合格 1').waitFor();
    await central.page.getByRole('table', { name: '不合格党员组织处置' }).getByRole('row').filter({ hasText: weak! }).getByText('限期改正').waitFor();
    await central.page.screenshot({ path: outputPath('assessment-central-appraisal.png'), fullPage: true });

    // 统计报表 counts the branch's 民主评议: the two graded, three 未评, the 组织处置 and the nomination.
    await openArea(central.page, '统计报表');
    await central.page.getByRole('tab', { name: '民主评议' }).click();
    await central.page.getByRole('heading', { name: `民主评议党员情况（${year}年度）` }).waitFor();
    for (const [label, count] of [['应参评党员', 5], ['评议等次已评定', 2], ['评议等次优秀', 1], ['评议等次不合格', 1], ['评议等次未评', 3], ['不合格党员组织处置限期改正', 1], ['推荐优秀共产党员', 1]] as const) {
      await central.page.getByRole('button', { name: `内科党支部 ${label} ${count}`, exact: true }).waitFor();
    }
    await central.page.getByRole('button', { name: '内科党支部 评议等次优秀率 50.0%', exact: true }).waitFor();
    await central.page.screenshot({ path: outputPath('statistics-appraisal.png'), fullPage: true });
    await openArea(central.page, '考核');

    // 评先评优: the branch from the ranking is refused while its year is not scored whole, naming what is missing.
    await central.page.getByRole('tab', { name: '评先评优' }).click();
    await central.page.getByLabel('推荐内科党支部为先进党支部').click();
    await central.page.getByText(`内科党支部${year}年度考核还有 5 项未评分（“${ETHICS}”、${YEAR_ITEMS.map((title) => `“${title}”`).join('、')}、“${SECRETARY_REPORT}”），请先在“评分与排名”中评完，再评为先进党支部。`).waitFor();
    expect(await central.page.getByLabel('推荐内科党支部为先进党支部').isChecked()).toBe(false);
    await central.page.screenshot({ path: outputPath('assessment-advanced-refused.png'), fullPage: true });
    // The office scores the year, then the branch and its nominee go on the list, 公示 of 5 working days, approval.
    await central.page.getByRole('tab', { name: '评分与排名' }).click();
    await choosePeriod(central.page, `${year}年度`);
    await central.page.getByRole('row').filter({ hasText: '内科党支部' }).first().getByRole('button', { name: /展开行/ }).click();
    // Each score waits for the item's own explanation (messages of quick saves stack up and hide each other).
    // 2 points: within every item's maximum (特色品牌活动 has 2).
    for (const title of [ETHICS, ...YEAR_ITEMS]) {
      await central.page.getByLabel(`内科党支部“${title}”得分`).fill('2');
      await itemRow(central.page, title).getByRole('button', { name: '保存', exact: true }).click();
      await itemRow(central.page, title).getByText('评分 2 分。', { exact: true }).waitFor();
    }
    await chooseOption(central.page, `内科党支部“${SECRETARY_REPORT}”评议等次`, '好');
    await itemRow(central.page, SECRETARY_REPORT).getByRole('button', { name: '保存', exact: true }).click();
    await itemRow(central.page, SECRETARY_REPORT).getByText(/^述职评议“好”/).waitFor();
    await central.page.getByRole('tab', { name: '评先评优' }).click();
    await central.page.getByLabel('推荐内科党支部为先进党支部').check();
    await central.page.getByLabel(`将${star}列入名单`).check();
    await central.page.getByRole('button', { name: '保存拟表彰名单' }).click();
    await central.page.getByText(`${year}年度拟表彰名单已保存：先进党支部 1 个，优秀共产党员 1 名。`).waitFor();
    await central.page.getByRole('button', { name: '批准表彰' }).click();
    await central.page.getByText('未保存：名单尚未公示，公示期满后才能批准。').waitFor();
    const from = addDays(today, -25);
    await central.page.getByLabel('公示开始日期').fill(from);
    await central.page.getByLabel('公示开始日期').press('Enter');
    await central.page.getByRole('button', { name: '开始公示' }).click();
    await central.page.getByText(/^名单已公示至 \d{4}-\d{2}-\d{2}。$/).waitFor();
    await central.page.getByText('公示期满，待批准').waitFor();
    await central.page.getByLabel('表彰决定文号').fill(`院党委〔${year}〕12号`);
    await central.page.getByRole('button', { name: '批准表彰' }).click();
    await central.page.getByText(`${year}年度表彰已批准，请为各支部导出回执。`).waitFor();
    await central.page.getByText('已批准表彰').waitFor();
    await central.page.screenshot({ path: outputPath('assessment-central-awards.png'), fullPage: true });
    // The list to Excel: the printed lines, with the 公示 and the 文号.
    const listRows = await readWorkbookRows(await readFile(await download(central.page, '导出名单 Excel', 'assessment-award-list.xlsx')));
    expect(listRows.map((row) => row.slice(0, 5))).toEqual([
      ['序号', '荣誉', '名称/姓名', '所在支部', '主要事迹'],
      [1, '先进党支部', '内科党支部', '—', '—'],
      [2, '优秀共产党员', star, '内科党支部', DEEDS],
    ]);
    expect(listRows[1]![5]).toMatch(new RegExp(`^${from} 至 \\d{4}-\\d{2}-\\d{2}$`));
    expect(listRows[2]![6]).toBe(`院党委〔${year}〕12号`);
    await central.page.getByRole('button', { name: '打印名单' }).click();
    const list = central.page.locator('.print-sheet');
    await list.getByText(`${year}年度先进党支部和优秀共产党员表彰名单`).waitFor();
    expect(await list.locator('tbody tr').allInnerTexts()).toEqual([`1\t先进党支部\t内科党支部\t—\t—`, `2\t优秀共产党员\t${star}\t内科党支部\t${DEEDS}`]);
    await central.page.screenshot({ path: outputPath('assessment-award-list.png'), fullPage: true });
    await central.page.getByRole('button', { name: '返回' }).click();
    await central.page.getByRole('button', { name: '打印荣誉证书' }).click();
    await central.page.locator('.award-certificate').filter({ hasText: `内科党支部 ${star} 同志` }).getByText(`被评为${year}年度“优秀共产党员”`, { exact: false }).waitFor();
    expect(await central.page.locator('.award-certificate').count()).toBe(2);
    await central.page.screenshot({ path: outputPath('assessment-award-certificates.png'), fullPage: true });
    await central.page.getByRole('button', { name: '返回' }).click();

    await openArea(central.page, '各支部');
    const back = await download(central.page, '导出回执', 'members-return.zbpkg');
    expect(await central.page.getByRole('dialog', { name: '已导出“内科党支部”的回执' }).innerText()).toContain('评先评优');

    // The branch: the outcome of its nomination and its own honour.
    await openArea(branch.page, '数据交换');
    await importPackage(branch.page, '导入回执/下发包', back, '回执-内科党支部.zbpkg');
    await openArea(branch.page, '考核');
    await branch.page.getByRole('tab', { name: '评先评优' }).click();
    await branch.page.getByText('本支部被评为先进党支部').waitFor();
    await branch.page.getByRole('row').filter({ hasText: star! }).getByText('优秀共产党员').waitFor();
    await branch.page.screenshot({ path: outputPath('assessment-branch-awards.png'), fullPage: true });

    expect(central.problems).toEqual([]);
    expect(branch.problems).toEqual([]);
  });
});
