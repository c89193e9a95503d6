import { readFile } from 'node:fs/promises';
import { readSheet } from 'read-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { localToday } from '../../renderer/src/core/today';
import { addMonthsToKey, monthsOfQuarter, parseMonthKey, QUARTER_LABELS, quarterOfMonth } from '../../shared/dues/months';
import { completeWizard, openArea, useAppUnderTest } from './support/app';
import { outputPath } from './support/output';
import { BASES, duesScenario, everyonePaid, registerBase, showYear, yuan } from './support/dues';
import { importRoster } from './support/roster';

const { openApp } = useAppUnderTest();

describe('党费', () => {
  it('sets bases for 5 members, marks a month paid, shows the quarter total, and warns on 首页 of 3 months in arrears', async () => {
    const today = localToday();
    const { sheet, payers, unpaid, current, start, last } = await duesScenario(today);
    const quarter = quarterOfMonth(last.month);

    const { page, problems } = await openApp();
    await completeWizard(page, { role: '党支部', name: '内科党支部', parent: '市人民医院党委' });
    await importRoster(page, sheet);

    await openArea(page, '党费');
    await page.getByRole('tab', { name: '党费基数' }).click();
    for (const [index, name] of payers.entries()) {
      await registerBase(page, name, BASES[index]!, start, async () => {
        if (index === 3) await page.screenshot({ path: outputPath('dues-base-form.png'), fullPage: true });
      });
    }
    const basesTable = page.getByRole('table').filter({ hasText: '每月应交' });
    expect(await basesTable.getByRole('row').filter({ hasText: payers[4]! }).innerText()).toContain('2%');
    await page.screenshot({ path: outputPath('dues-bases.png'), fullPage: true });

    // 本月全部已交 for last month: the dialog lists whom it covers; the one who did not pay is unticked.
    await page.getByRole('tab', { name: '收缴台账' }).click();
    await showYear(page, last.year);
    const paidTotal = BASES.slice(0, 4).reduce((sum, base) => sum + base.dues, 0);
    await everyonePaid(page, last, payers, [unpaid], async (bulk) => {
      await bulk.getByText(`共 4 人，${yuan(paidTotal)} 元`).waitFor();
      await page.screenshot({ path: outputPath('dues-everyone-paid.png'), fullPage: true });
    });
    await page.getByText(`已登记 4 人 ${last.year} 年 ${last.month} 月党费，共 ${yuan(paidTotal)} 元。`).waitFor();

    // One cell from the keyboard: the first member's month before, Enter opens it, Enter saves the due amount.
    const grid = page.getByRole('table', { name: `${last.year}年党费收缴台账` });
    const before = parseMonthKey(addMonthsToKey(current, -2))!;
    if (before.year === last.year) {
      const cell = grid.getByRole('button', { name: `${payers[0]}：${before.year} 年 ${before.month} 月：欠交 ${yuan(BASES[0].dues)} 元` });
      await cell.focus();
      await page.keyboard.press('Enter');
      const single = page.getByRole('dialog', { name: `登记党费：${payers[0]} ${before.year} 年 ${before.month} 月` });
      const amount = single.getByLabel('实交金额');
      await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === '实交金额');
      expect(await amount.inputValue()).toBe(yuan(BASES[0].dues));
      await page.keyboard.press('Enter');
      await page.getByText(`已登记${payers[0]} ${before.year} 年 ${before.month} 月交纳 ${yuan(BASES[0].dues)} 元。`).waitFor();
      await grid.getByRole('button', { name: new RegExp(`^${payers[0]}：${before.year} 年 ${before.month} 月：已交`) }).waitFor();
    }
    // The unpaid member's past months are highlighted as arrears.
    const unpaidRow = grid.getByRole('row').filter({ hasText: unpaid });
    await expect.poll(() => unpaidRow.locator(`td[data-tone="arrears"] button`).count()).toBe(last.year === start.year ? 3 : last.month);
    await page.screenshot({ path: outputPath('dues-ledger.png'), fullPage: true });

    // The quarter's total: what was collected for its months, against what is due.
    const owedMonths = monthsOfQuarter(quarter).filter((month) => `${last.year}-${String(month).padStart(2, '0')}` >= addMonthsToKey(current, -3)).length;
    const dueTotal = BASES.reduce((sum, base) => sum + base.dues, 0) * owedMonths;
    const collected = paidTotal + (before.year === last.year && quarterOfMonth(before.month) === quarter ? BASES[0].dues : 0);
    await page.getByRole('tab', { name: '季度上缴' }).click();
    const quarterRow = page.getByRole('table').filter({ hasText: '上缴期限' }).getByRole('row').filter({ hasText: QUARTER_LABELS[quarter] });
    const rowText = await quarterRow.innerText();
    expect(rowText).toContain(`${yuan(dueTotal)} 元`);
    expect(rowText).toContain(`${yuan(collected)} 元`);
    await quarterRow.getByRole('button', { name: '标记已上缴' }).click();
    const remit = page.getByRole('dialog', { name: /标记已上缴/ });
    expect(await remit.getByLabel('上缴金额').inputValue()).toBe(yuan(collected));
    await remit.getByLabel('收据号或转账凭证号').fill('院党委收据 No.0231');
    await remit.getByRole('button', { name: '保存' }).click();
    await page.getByText(`已记录 ${last.year} 年${QUARTER_LABELS[quarter]}党费上缴 ${yuan(collected)} 元。`).waitFor();
    await quarterRow.getByText('已上缴').waitFor();
    await page.screenshot({ path: outputPath('dues-remittance.png'), fullPage: true });

    // 提醒: the same warning, with the rule it comes from.
    await page.getByRole('tab', { name: /提醒/ }).click();
    await page.getByRole('region', { name: '党费与组织生活提醒' }).getByText(`${unpaid}已连续 3 个月未交纳党费`, { exact: false }).waitFor();
    await page.screenshot({ path: outputPath('dues-alarms.png'), fullPage: true });

    // 首页: the member who paid nothing for three months is flagged; the others are not.
    await openArea(page, '首页');
    const todo = page.getByRole('region', { name: '待办事项' });
    await todo.getByText(`${unpaid}已连续 3 个月未交纳党费，请及时提醒、谈心谈话。`).waitFor();
    for (const name of payers.slice(0, 4)) expect(await todo.getByText(new RegExp(`${name}已连续 \\d+ 个月未交纳党费`)).count()).toBe(0);
    expect(await todo.getByText(`${last.year} 年${QUARTER_LABELS[quarter]}党费应于`).count()).toBe(0);
    await page.screenshot({ path: outputPath('dues-home.png'), fullPage: true });

    // Excel: the year's grid with the amounts paid.
    await openArea(page, '党费');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 Excel' }).click();
    const file = await (await download).path();
    const rows = await readSheet((await readFile(file)).buffer, `${last.year}年党费收缴台账`);
    expect(rows[0]!.slice(0, 3)).toEqual(['序号', '姓名', '1月']);
    const unpaidLine = rows.find((row) => row[1] === unpaid)!;
    expect(unpaidLine[1 + last.month]).toBeNull();
    const firstLine = rows.find((row) => row[1] === payers[3])!;
    expect(firstLine[1 + last.month]).toBe(BASES[3].dues);

    // The quarter's receipt list, printed.
    await page.getByRole('tab', { name: '季度上缴' }).click();
    await page.getByRole('table').filter({ hasText: '上缴期限' }).getByRole('row').filter({ hasText: QUARTER_LABELS[quarter] }).getByRole('button', { name: '打印收据清单' }).click();
    await page.getByRole('heading', { name: new RegExp(`${last.year}年${QUARTER_LABELS[quarter]}党费收缴清单`) }).waitFor();
    const printed = await page.locator('.print-sheet').innerText();
    expect(printed).toContain('院党委收据 No.0231');
    for (const name of payers) expect(printed).toContain(name);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-sider').isVisible()).toBe(false);
    await page.screenshot({ path: outputPath('dues-receipts-print.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    expect(problems).toEqual([]);
  });
});
