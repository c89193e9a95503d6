import { describe, expect, it } from 'vitest';
import { localToday } from '../../renderer/src/core/today';
import { buildRosterSheet } from '../support/roster-sheet';
import { openArea, useAppUnderTest } from './support/app';
import { itemRow } from './support/assessment';
import { outputPath } from './support/output';
import { download, enrolBranch, importPackage } from './support/packages';
import { chooseOption, importRoster } from './support/roster';
import { recordTalk } from './support/talks';

const { openApp } = useAppUnderTest();

const ADDED = '谈心谈话季度进展';
const CRITERIA = '本季度末已谈心谈话党员占全体党员的比例，按比例计分。';

describe('考核方案: 新增自动计分项目', () => {
  it('the office adds an item scored from 谈心谈话覆盖率 and sends it in the 回执; the branch’s 考核 scores it from its talk records', async () => {
    const today = localToday();
    const sheet = await buildRosterSheet(today, 8, []);
    // Three 正式党员 and two 预备党员 are owed a talk; the activist and the applicants are not members.
    const members = sheet.people.filter((person) => person.stage === '正式党员' || person.stage === '预备党员').map((person) => person.name);
    expect(members).toHaveLength(5);
    const [talker, first, second] = members as [string, string, string];
    const central = await openApp();
    const branch = await openApp();
    await enrolBranch(central.page, branch.page, { office: '市人民医院党委', branch: '外科党支部' }, () => importRoster(branch.page, sheet));

    // One talk with two members. No committee is on record, so any talk counts and the talker is covered too: 3 of 5.
    await openArea(branch.page, '三会一课');
    await branch.page.getByRole('tab', { name: '谈心谈话' }).click();
    await recordTalk(branch.page, { talker, members: [first, second], topic: '科室排班与思想状况' });
    await branch.page.getByRole('table', { name: `${today.slice(0, 4)}年度谈话记录` }).getByText('科室排班与思想状况').waitFor();
    // Its report reaches the office (a 回执 answers a report).
    await openArea(branch.page, '数据交换');
    const report = await download(branch.page, '导出报送包', 'assessment-scheme-report.zbpkg');
    await openArea(central.page, '各支部');
    await importPackage(central.page, '导入报送包', report, '报送包-外科党支部.zbpkg');

    // The office adds an automatic item: named, in 党员管理, quarterly, 4 points, scored from 谈心谈话覆盖率.
    await openArea(central.page, '考核');
    await central.page.getByRole('tab', { name: '考核方案' }).click();
    // A veto item capping above the total is refused whole, naming the item; it is taken off again.
    await central.page.getByRole('button', { name: '新增一票否决项目' }).click();
    await central.page.getByLabel('新增一票否决项目封顶分').fill('200');
    await central.page.getByRole('button', { name: '保存并下发考核方案' }).click();
    await central.page.getByText(/“新增一票否决项目”：一票否决的封顶分应为 0 至总分（\d+ 分）之间。/).waitFor();
    await central.page.getByRole('button', { name: '删除新增一票否决项目' }).click();
    await central.page.getByRole('button', { name: '新增自动计分项目' }).click();
    await central.page.getByLabel('新增自动计分项目名称').fill(ADDED);
    await chooseOption(central.page, `${ADDED}类别`, '党员管理');
    await chooseOption(central.page, `${ADDED}周期`, '季度');
    await chooseOption(central.page, `${ADDED}计分依据`, '谈心谈话覆盖率（按谈话记录）');
    await central.page.getByLabel(`${ADDED}分值`).fill('4');
    await central.page.getByLabel(`${ADDED}考核标准`).fill(CRITERIA);
    // The default quarter's 70 and the 4 added.
    await central.page.getByText('季度满分 74 分').waitFor();
    await central.page.screenshot({ path: outputPath('assessment-scheme-added-item.png'), fullPage: true });
    await central.page.getByRole('button', { name: '保存并下发考核方案' }).click();
    await central.page.getByText('考核方案已保存为第 2 版').waitFor();

    await openArea(central.page, '各支部');
    const back = await download(central.page, '导出回执', 'assessment-scheme-return.zbpkg');
    const exported = central.page.getByRole('dialog', { name: '已导出“外科党支部”的回执' });
    await exported.getByRole('button').last().click();
    await exported.waitFor({ state: 'detached' });

    // The branch imports the 回执: its 考核 screen applies version 2 and scores the new item live from the talk records.
    await importPackage(branch.page, '导入回执/下发包', back, '回执-外科党支部.zbpkg');
    await openArea(branch.page, '考核');
    await branch.page.getByText('（第 2 版）').waitFor();
    await branch.page.getByText(/当前合计 .+ \/ 74 分/).waitFor();
    const added = itemRow(branch.page, ADDED);
    // Worked by hand: 3 of 5 members talked with = 60 %, linear from 0 % to 100 % of 4 points: 4 × 0.6 = 2.4.
    await added.getByText('2.4 分', { exact: true }).waitFor();
    await added.getByText('季度·自动计分').waitFor();
    await added.getByText(CRITERIA).waitFor();
    const because = await added.getByText(/应谈 \d+ 人/).innerText();
    expect(because).toContain('应谈 5 人，已谈 3 人（按谈心谈话记录）');
    expect(because).toContain('比例 60%，得 2.4 分。');
    await branch.page.screenshot({ path: outputPath('assessment-scheme-branch-item.png'), fullPage: true });

    expect(central.problems).toEqual([]);
    expect(branch.problems).toEqual([]);
  });
});
