import { describe, expect, it } from 'vitest';
import { localToday } from '../../renderer/src/core/today';
import { buildRosterSheet } from '../support/roster-sheet';
import { completeWizard, openArea, useAppUnderTest } from './support/app';
import { outputPath } from './support/output';
import { chooseOption, importRoster } from './support/roster';
import { choosePeople, recordTalk } from './support/talks';

const { openApp } = useAppUnderTest();

describe('谈心谈话', () => {
  it('records talks with one or more members, shows the year’s coverage and reminds on 首页 of who is left', async () => {
    const today = localToday();
    const year = today.slice(0, 4);
    const sheet = await buildRosterSheet(today, 8, []);
    const [secretary, organizer, third] = sheet.people.slice(0, 3).map((person) => person.name) as [string, string, string];
    const { page, problems } = await openApp();
    await completeWizard(page, { role: '党支部', name: '外科党支部', parent: '市人民医院党委' });
    await importRoster(page, sheet);
    await openArea(page, '支部信息');
    await chooseOption(page, '书记', secretary);
    await chooseOption(page, '组织委员', organizer);
    await page.getByRole('button', { name: '保存支部信息' }).click();
    await page.getByText('支部信息已保存。').waitFor();

    // Before any talk, 首页 names the party members not yet talked with (applicants are not members).
    await openArea(page, '首页');
    const todo = page.getByRole('region', { name: '待办事项' });
    const reminder = todo.getByText(new RegExp(`${year}年尚未谈心谈话（每人每年至少 1 次）`));
    await reminder.waitFor();
    expect(await reminder.innerText()).toContain('周预备');
    expect(await reminder.innerText()).not.toContain('吴积极');

    await openArea(page, '三会一课');
    await page.getByRole('tab', { name: '谈心谈话' }).click();
    const coverage = page.getByRole('table', { name: `${year}年度谈心谈话覆盖情况` });
    await coverage.getByRole('row').filter({ hasText: third }).getByText('未谈').waitFor();

    // One talk with two members; the secretary is offered as 谈话人. Without a topic it is refused, nothing stored.
    await page.getByRole('button', { name: '登记谈心谈话' }).click();
    const dialog = page.getByRole('dialog', { name: '登记谈心谈话' });
    // The dialog offers the secretary once it has read the committee: wait for it rather than count on opening.
    const offered = dialog.locator('.ant-select-selection-item').filter({ hasText: secretary });
    await expect.poll(() => offered.count()).toBe(1);
    await choosePeople(page, '谈话对象', [third, '孙预备']);
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.getByText('未保存：请填写谈话主题（至少 2 个字）。').waitFor();
    await dialog.getByLabel('谈话主题').fill('夜班后的工作状态与家庭困难');
    await dialog.getByLabel('谈话记录').fill('了解到家中老人住院，科室已调整排班。');
    await page.screenshot({ path: outputPath('talks-dialog.png') });
    await dialog.getByRole('button', { name: '保存' }).click();
    await page.getByText(`已登记 ${today} 的谈心谈话。`).waitFor();
    await dialog.waitFor({ state: 'hidden' });

    // 支委之间: the secretary with the organisation committee member.
    await recordTalk(page, { members: [organizer], topic: '支委分工与换届准备' });

    for (const name of [secretary, organizer, third, '孙预备']) await coverage.getByRole('row').filter({ hasText: name }).getByText('已谈').waitFor();
    expect(await coverage.getByRole('row').filter({ hasText: '周预备' }).innerText()).toMatch(/0 次[\s\S]*未谈/);
    const records = page.getByRole('table', { name: `${year}年度谈话记录` });
    expect(await records.getByRole('row').filter({ hasText: '夜班后的工作状态' }).innerText()).toContain(`${third}、孙预备`);
    await page.screenshot({ path: outputPath('talks-coverage.png'), fullPage: true });

    // 首页 now names only who is left.
    await openArea(page, '首页');
    await reminder.waitFor();
    expect(await reminder.innerText()).toContain('周预备');
    expect(await reminder.innerText()).not.toContain(third);
    // The 三会一课 reminder no longer asks for a 谈心谈话 meeting: the talks are the record.
    expect(await todo.innerText()).not.toContain('尚未召开谈心谈话');
    await page.screenshot({ path: outputPath('talks-home.png'), fullPage: true });

    expect(problems).toEqual([]);
  });
});
