import { describe, expect, it } from 'vitest';
import { localToday } from '../../renderer/src/core/today';
import { buildRosterSheet, type RosterSheet } from '../support/roster-sheet';
import { addMonthsToKey, parseMonthKey } from '../../shared/dues/months';
import { completeWizard, openArea, useAppUnderTest } from './support/app';
import { BASES, duesScenario, registerBase, showYear, yuan } from './support/dues';
import { startMeetingFromRoster } from './support/meetings';
import { outputPath } from './support/output';
import { chooseOption, importRoster } from './support/roster';

const { openApp } = useAppUnderTest();

/** A new branch with the sheet's roster, at 登记外出党员 with the traveller chosen. */
async function openAwayDialog(sheet: RosterSheet, traveller: string) {
  const { page, problems } = await openApp();
  await completeWizard(page, { role: '党支部', name: '心内科党支部', parent: '市人民医院党委' });
  await importRoster(page, sheet);
  await page.getByRole('tab', { name: '外出党员' }).click();
  await page.getByRole('button', { name: '登记外出' }).click();
  const dialog = page.getByRole('dialog', { name: '登记外出党员' });
  await chooseOption(page, '外出党员', traveller, dialog);
  return { page, problems, dialog };
}

describe('外出党员', () => {
  it('records a member away with place and dues; a meeting while away does not expect them, but they can be added when they attended', async () => {
    const today = localToday();
    const sheet = await buildRosterSheet(today, 8, []);
    const traveller = sheet.people[0]!.name;
    const { page, problems, dialog } = await openAwayDialog(sheet, traveller);
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

  it('applies the dues arrangement in the dues grid (paid where the member is: not owed, not in arrears) and tags and filters the roster', async () => {
    const today = localToday();
    const { sheet, payers, current, start } = await duesScenario(today);
    const traveller = payers[1]!;
    const base = BASES[1];
    const lastMonth = addMonthsToKey(current, -1);
    const from = `${lastMonth}-01`;
    // Away since the 1st of last month, return open, paying dues where they are.
    const { page, problems, dialog } = await openAwayDialog(sheet, traveller);
    await dialog.getByLabel('外出日期').fill(from);
    await dialog.getByLabel('外出日期').press('Enter');
    await dialog.getByLabel('外出地点').fill('北京协和医院心内科');
    await chooseOption(page, '外出期间党费', '向流入地党组织交纳', dialog);
    await dialog.getByRole('button', { name: '保存' }).click();
    await page.getByText(`已登记${traveller}外出：${from} 起，北京协和医院心内科。`).waitFor();

    // The roster tags them 外出, with where and since when in the tooltip, and filters on it.
    await page.getByRole('tab', { name: '党员名册' }).click();
    // The roster is a virtual table: its rows are not table rows to the accessibility tree.
    const rosterRow = page.locator('.ant-table-row:visible').filter({ hasText: traveller });
    await rosterRow.getByText('外出', { exact: true }).hover();
    await page.getByRole('tooltip').getByText(`外出：北京协和医院心内科，${from} 起，返回日期未定`).waitFor();
    await page.screenshot({ path: outputPath('away-roster-tag.png') });
    await chooseOption(page, '按外出筛选', '仅外出党员');
    await page.getByText('共 1 人').waitFor();
    await rosterRow.waitFor();
    await chooseOption(page, '按外出筛选', '不含外出党员');
    await page.getByText(`共 ${sheet.people.length - 1} 人`).waitFor();

    // Dues from three months back: the months before leaving are owed (in arrears), the months away are not.
    await openArea(page, '党费');
    await page.getByRole('tab', { name: '党费基数' }).click();
    await registerBase(page, traveller, base, start);
    await page.getByRole('tab', { name: '收缴台账' }).click();
    for (const key of [addMonthsToKey(current, -3), addMonthsToKey(current, -2)]) {
      const { year, month } = parseMonthKey(key)!;
      await showYear(page, year);
      await page.getByRole('button', { name: `${traveller}：${year} 年 ${month} 月：欠交 ${yuan(base.dues)} 元` }).waitFor();
    }
    for (const key of [lastMonth, current]) {
      const { year, month } = parseMonthKey(key)!;
      await showYear(page, year);
      const cell = page.getByRole('button', { name: `${traveller}：${year} 年 ${month} 月：不需在本支部交纳；外出（北京协和医院心内科，${from} 至 返回日期未定），党费向流入地党组织交纳（凭流动党员活动证）` });
      expect(await cell.innerText()).toContain('外出·在流入地交纳');
      expect(await cell.isDisabled()).toBe(true);
    }
    const grid = page.getByRole('table', { name: `${parseMonthKey(current)!.year}年党费收缴台账` });
    // In the current year's grid: the months owed before leaving that fall in it, and nothing for the months away.
    const owedThisYear = [addMonthsToKey(current, -3), addMonthsToKey(current, -2)].filter((key) => key.startsWith(current.slice(0, 4))).length;
    const row = grid.getByRole('row').filter({ hasText: traveller });
    expect(await row.locator('td[data-tone="arrears"] button').count()).toBe(owedThisYear);
    expect(await row.locator('td[data-tone="elsewhere"]').count()).toBe(lastMonth.startsWith(current.slice(0, 4)) ? 2 : 1);
    await page.screenshot({ path: outputPath('away-dues-grid.png'), fullPage: true });
    expect(problems).toEqual([]);
  });
});
