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
const CRITERIA = '本季度末已谈心谈话党员占全体党员的比例，分档计分。';
const SOURCE = '院党委2026年考核细则第五条（谈心谈话）';
const AREA = '文化建设';
const MANUAL = '院史文化宣讲';

describe('考核方案: 新增自动计分项目、分档计分和新增类别', () => {
  it('the office adds an item scored in steps from 谈心谈话覆盖率 and an area with a manual item, and sends them in the 回执; the branch’s 考核 shows the area and scores the item from its talk records', async () => {
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
    await central.page.getByLabel(`${ADDED}依据`).fill(SOURCE);
    // Scored in steps; typed lowest first, and with an added area that has no item yet: both refused, nothing saved.
    await chooseOption(central.page, `${ADDED}计分规则`, '分档计分');
    await central.page.getByLabel(`${ADDED}分档`).fill('50:3, 80:4');
    await central.page.getByLabel(`${ADDED}分档`).press('Tab');
    await central.page.getByRole('button', { name: '新增类别' }).click();
    await central.page.getByLabel('第 11 个类别名称').fill(AREA);
    await central.page.getByRole('button', { name: '保存并下发考核方案' }).click();
    await central.page.getByText(`类别“${AREA}”下没有考核项目：请为它添加项目、把它改名用作其他类别，或删除它。`).waitFor();
    await central.page.getByText(`“${ADDED}”：各档应按门槛从高到低排列，得分不高于上一档。`).waitFor();
    await central.page.getByText('当前第 1 版').waitFor();
    // An area added by mistake is removed again; one with items cannot be.
    await central.page.getByRole('button', { name: '新增类别' }).click();
    await central.page.getByLabel('第 12 个类别名称').fill('临时类别');
    expect(await central.page.getByRole('button', { name: '删除类别“三会一课”' }).isDisabled()).toBe(true);
    await central.page.getByRole('button', { name: '删除类别“临时类别”' }).click();
    await central.page.getByLabel('第 12 个类别名称').waitFor({ state: 'detached' });
    expect(await central.page.getByLabel('第 11 个类别名称').inputValue()).toBe(AREA);
    await central.page.getByLabel(`${ADDED}分档`).fill('80:4, 50:3, 20:1');
    await central.page.getByLabel(`${ADDED}分档`).press('Tab');
    // The new area gets a quarterly manual item of 2 points.
    await central.page.getByRole('button', { name: '新增人工评分项目' }).click();
    await central.page.getByLabel('新增考核项目名称').fill(MANUAL);
    await chooseOption(central.page, `${MANUAL}类别`, AREA);
    await chooseOption(central.page, `${MANUAL}周期`, '季度');
    await central.page.getByLabel(`${MANUAL}分值`).fill('2');
    // The default quarter's 70, the 4 and the 2 added.
    await central.page.getByText('季度满分 76 分').waitFor();
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
    await branch.page.getByText(/当前合计 .+ \/ 76 分/).waitFor();
    const added = itemRow(branch.page, ADDED);
    // Worked by hand: 3 of 5 members talked with = 60 %: the 50 % step (3 points) is reached, the 80 % one (4) is not.
    await added.getByText('3 分', { exact: true }).waitFor();
    await added.getByText('季度·自动计分').waitFor();
    await added.getByText(CRITERIA).waitFor();
    const because = await added.getByText(/应谈 \d+ 人/).innerText();
    expect(because).toContain('应谈 5 人，已谈 3 人（按谈心谈话记录）');
    expect(because).toContain('比例 60%，得 3 分。');
    const manual = itemRow(branch.page, MANUAL);
    await manual.getByText(AREA, { exact: true }).waitFor();
    await manual.getByText('季度·人工评分').waitFor();
    await branch.page.screenshot({ path: outputPath('assessment-scheme-branch-item.png'), fullPage: true });

    expect(central.problems).toEqual([]);
    expect(branch.problems).toEqual([]);
  });
});
