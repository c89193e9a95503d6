import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/dates';
import { localToday } from '../../renderer/src/core/today';
import { completeWizard, openArea, useAppUnderTest } from './support/app';
import { BASES, duesScenario, registerBase, showYear, yuan } from './support/dues';
import { startMeetingFromRoster } from './support/meetings';
import { outputPath } from './support/output';
import { chooseOption, importRoster } from './support/roster';

const { openApp } = useAppUnderTest();

/** Types a date into a date picker and commits it, as a secretary copying from paper does. */
async function fillDate(input: Locator, date: string) {
  await input.fill(date);
  await input.press('Enter');
}

describe('a member leaving the branch and one arriving', () => {
  it('转出 and 去世 take people off the roster, the dues grid after their month and the expected list; a 转入 joins from the date', async () => {
    const today = localToday();
    const { sheet, payers, start, last } = await duesScenario(today);
    const [movedOut, died] = [payers[0]!, payers[1]!];
    const lastMonth = `${last.year}-${String(last.month).padStart(2, '0')}`;
    const transferDate = `${lastMonth}-15`;

    const { page, problems } = await openApp();
    await completeWizard(page, { role: '党支部', name: '内科党支部', parent: '市人民医院党委' });
    await importRoster(page, sheet);
    await openArea(page, '党费');
    await page.getByRole('tab', { name: '党费基数' }).click();
    await registerBase(page, movedOut, BASES[1], start);
    await registerBase(page, died, BASES[1], start);

    // 转出 to a hospital elsewhere, with its letter number, in the middle of last month.
    await openArea(page, '党员');
    await page.getByText('共 8 人').waitFor();
    await page.getByRole('button', { name: `${movedOut}转出或出党` }).click();
    const leave = page.getByRole('dialog', { name: `${movedOut}：转出或出党` });
    await fillDate(leave.getByLabel('转出或出党日期'), transferDate);
    await leave.getByRole('button', { name: '确认登记' }).click();
    // Refused, and nothing written, until the organisation and the letter number are given.
    await leave.getByText('请填写转往的党组织。').waitFor();
    await leave.getByText('请填写介绍信编号。').waitFor();
    await leave.getByLabel('转往的党组织').fill('省人民医院党委');
    await leave.getByLabel('介绍信编号').fill('院组字〔2026〕031 号');
    await leave.getByLabel('原因').fill('工作调动');
    await page.screenshot({ path: outputPath('lifecycle-leave-dialog.png') });
    await leave.getByRole('button', { name: '确认登记' }).click();
    await page.getByText(new RegExp(`已登记：${movedOut} ${transferDate} 转出`)).waitFor();
    await page.getByText('共 7 人').waitFor();

    // 去世 today: only the date is needed.
    await page.getByRole('button', { name: `${died}转出或出党` }).click();
    const ending = page.getByRole('dialog', { name: `${died}：转出或出党` });
    await chooseOption(page, '转出或出党方式', '去世', ending);
    await ending.getByLabel('原因').fill('病故');
    await ending.getByRole('button', { name: '确认登记' }).click();
    await page.getByText(new RegExp(`已登记：${died} ${today} 去世`)).waitFor();
    await page.getByText('共 6 人').waitFor();

    await page.getByRole('tab', { name: '已转出/已出党' }).click();
    const left = page.getByRole('table', { name: '已转出和已出党人员' });
    const outRow = left.getByRole('row').filter({ hasText: movedOut });
    expect(await outRow.innerText()).toMatch(/转出[\s\S]*省人民医院党委[\s\S]*院组字〔2026〕031 号[\s\S]*工作调动/);
    expect(await left.getByRole('row').filter({ hasText: died }).innerText()).toContain('去世');
    await page.screenshot({ path: outputPath('lifecycle-left-list.png'), fullPage: true });

    // 转入 from outside the hospital, with the previous data as typed.
    await page.getByRole('tab', { name: '党员名册' }).click();
    await page.getByRole('button', { name: '转入党员' }).click();
    const drawer = page.getByRole('dialog', { name: '转入党员（从本院以外转入）' });
    await drawer.getByLabel('姓名').fill('郑转入');
    await fillDate(drawer.getByLabel('出生日期'), '1985-04-12');
    await fillDate(drawer.getByLabel('入党时间'), '2008-06-20');
    await fillDate(drawer.getByLabel('转正时间'), '2009-06-20');
    await fillDate(drawer.getByLabel('转接日期'), addDays(today, -10));
    await drawer.getByLabel('转自或转往的党组织').fill('市中医院党委');
    await drawer.getByLabel('介绍信编号').fill('市中医组〔2026〕7 号');
    await drawer.getByRole('button', { name: '保存' }).click();
    await page.getByText('已保存 郑转入 的信息。').waitFor();
    await page.getByText('共 7 人').waitFor();

    // Dues: the month of the transfer is still owed (unpaid, so in arrears), none after it.
    await openArea(page, '党费');
    await showYear(page, last.year);
    const lastGrid = page.getByRole('table', { name: `${last.year}年党费收缴台账` });
    await lastGrid.getByRole('button', { name: `${movedOut}：${last.year} 年 ${last.month} 月：欠交 ${yuan(BASES[1].dues)} 元` }).waitFor();
    const current = { year: Number(today.slice(0, 4)), month: Number(today.slice(5, 7)) };
    await showYear(page, current.year);
    const grid = page.getByRole('table', { name: `${current.year}年党费收缴台账` });
    const notOwed = grid.getByRole('button', { name: `${movedOut}：${current.year} 年 ${current.month} 月：无需交纳或在本台账启用之前` });
    await notOwed.waitFor();
    expect(await notOwed.isDisabled()).toBe(true);
    // Who died today still owes this month.
    await grid.getByRole('button', { name: `${died}：${current.year} 年 ${current.month} 月：应交 ${yuan(BASES[1].dues)} 元` }).waitFor();
    await page.screenshot({ path: outputPath('lifecycle-dues.png'), fullPage: true });

    // A 支部党员大会 today expects the 5 members less the two who left, plus the one who arrived.
    await startMeetingFromRoster(page, '支部党员大会');
    await page.getByText('应到 4 人，实到 4 人，请假 0 人，缺席 0 人，出席率 100.0%').waitFor();
    await page.getByRole('row').filter({ hasText: '郑转入' }).first().waitFor();
    expect(await page.getByRole('row').filter({ hasText: movedOut }).count()).toBe(0);
    await page.screenshot({ path: outputPath('lifecycle-meeting-expected.png'), fullPage: true });

    expect(problems).toEqual([]);
  });
});
