import { describe, expect, it } from 'vitest';
import { localToday } from '../../renderer/src/core/today';
import { buildRosterSheet } from '../support/roster-sheet';
import { completeWizard, useAppUnderTest } from './support/app';
import { startMeetingFromRoster } from './support/meetings';
import { outputPath } from './support/output';
import { chooseOption, importRoster } from './support/roster';

const { openApp } = useAppUnderTest();

describe('外出党员', () => {
  it('records a member away with place and dues; a meeting while away does not expect them, but they can be added when they attended', async () => {
    const today = localToday();
    const sheet = await buildRosterSheet(today, 8, []);
    const traveller = sheet.people[0]!.name;
    const { page, problems } = await openApp();
    await completeWizard(page, { role: '党支部', name: '心内科党支部', parent: '市人民医院党委' });
    await importRoster(page, sheet);

    await page.getByRole('tab', { name: '外出党员' }).click();
    await page.getByRole('button', { name: '登记外出' }).click();
    const dialog = page.getByRole('dialog', { name: '登记外出党员' });
    await chooseOption(page, '外出党员', traveller, dialog);
    await dialog.getByRole('button', { name: '保存' }).click();
    // Refused without the place, and nothing written.
    await dialog.getByText('未保存：请填写外出地点（流入地或单位，至少 2 个字）。').waitFor();
    await dialog.getByLabel('外出地点').fill('北京协和医院心内科');
    await dialog.getByLabel('外出事由').fill('进修');
    await dialog.getByLabel('流动党员活动证编号').fill('京流 2026-0815');
    await chooseOption(page, '外出期间党费', '外出前预交', dialog);
    await dialog.getByLabel('党费说明').fill('已预交至明年 6 月');
    await page.screenshot({ path: outputPath('away-dialog.png') });
    await dialog.getByRole('button', { name: '保存' }).click();
    await page.getByText(`已登记${traveller}外出：${today} 起，北京协和医院心内科。`).waitFor();
    const row = page.getByRole('table', { name: '外出党员' }).getByRole('row').filter({ hasText: traveller });
    expect(await row.innerText()).toMatch(new RegExp(`${today} 至 未定[\\s\\S]*北京协和医院心内科[\\s\\S]*进修[\\s\\S]*京流 2026-0815[\\s\\S]*外出前预交；已预交至明年 6 月[\\s\\S]*外出中`));
    await page.screenshot({ path: outputPath('away-list.png'), fullPage: true });

    // A 支部党员大会 today: 5 party members, the traveller not expected; added because they attended.
    await startMeetingFromRoster(page, '支部党员大会');
    await page.getByText('应到 4 人，实到 4 人，请假 0 人，缺席 0 人，出席率 100.0%').waitFor();
    await page.getByText('外出党员（会议当天外出，不计入应到人员；参加了会议的可加入名单）').waitFor();
    await page.screenshot({ path: outputPath('away-meeting.png'), fullPage: true });
    await page.getByRole('button', { name: `加入${traveller}（北京协和医院心内科）` }).click();
    await page.getByText('应到 5 人，实到 5 人，请假 0 人，缺席 0 人，出席率 100.0%').waitFor();
    expect(await page.getByLabel(`${traveller}的备注`).inputValue()).toBe('外出期间参加');
    // Regenerating keeps who was added.
    await page.getByRole('button', { name: '按名册生成应到人员' }).click();
    await page.getByText('应到 5 人，实到 5 人，请假 0 人，缺席 0 人，出席率 100.0%').waitFor();

    expect(problems).toEqual([]);
  });
});
