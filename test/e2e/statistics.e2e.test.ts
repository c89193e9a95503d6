import { readFile } from 'node:fs/promises';
import { readSheet } from 'read-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { demoFiles } from '../demo/demo-files';
import { openArea, useAppUnderTest } from './support/app';
import { outputPath } from './support/output';

const { openApp, url } = useAppUnderTest(async () => ({ extraFiles: await demoFiles() }));

/** Rows of a sheet of the written workbook, Excel row 1 first. */
async function sheetRows(file: string, sheet: string): Promise<unknown[][]> {
  return (await readSheet((await readFile(file)).buffer as ArrayBuffer, sheet)) as unknown[][];
}

describe('统计报表 on a branch PC', () => {
  it('shows the tables of the branch, lists the people behind a number, and exports the report whose totals add up', async () => {
    const { page, problems } = await openApp();
    await page.goto(`${url()}demo.html`);
    await page.getByRole('heading', { name: /^欢迎，.+党支部$/ }).waitFor({ timeout: 60_000 });

    await openArea(page, '统计报表');
    await page.getByRole('heading', { name: /^党员队伍基本情况（截至/ }).waitFor();
    const totalLink = page.getByRole('button', { name: /^合计 党员总数 \d+$/ });
    const total = Number((await totalLink.textContent())!.trim());
    expect(total).toBeGreaterThan(20);
    await page.screenshot({ path: outputPath('statistics-composition.png'), fullPage: true });

    // The number opens the list of the people behind it.
    await totalLink.click();
    await page.getByText(`以下是这个数字所依据的 ${total} 条记录`).waitFor();
    await page.screenshot({ path: outputPath('statistics-trace.png') });
    await page.keyboard.press('Escape');

    await page.getByRole('tab', { name: '三会一课' }).click();
    await page.getByRole('heading', { name: /^组织生活（“三会一课”）落实情况/ }).waitFor();
    await page.screenshot({ path: outputPath('statistics-meetings.png'), fullPage: true });

    // The month's 党建工作信息 workbook: one sheet per table, head, merged headers, the branch row and 合计.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /导出.+党建工作信息$/ }).click();
    const file = outputPath('statistics-report.xlsx');
    await (await download).saveAs(file);
    const composition = await sheetRows(file, '党员队伍基本情况');
    expect(composition[0]![0]).toBe('党员队伍基本情况');
    expect(String(composition[1]![0])).toMatch(/^填报单位：.+党支部　　统计期：截至\d{4}-\d{2}-\d{2}$/);
    expect(composition[2]!.slice(0, 5)).toEqual(['单位', '党员总数', '其中', null, null]);
    expect(composition[3]!.slice(1, 5)).toEqual([null, '女性', '少数民族', '预备党员']);
    const branchRow = composition[4]!;
    const totalRow = composition[5]!;
    expect(totalRow[0]).toBe('合计');
    expect(totalRow[1]).toBe(total);
    // Numbers stay numbers, and the total row is the sum of the branch rows (one branch here), column by column.
    for (let column = 1; column < totalRow.length; column++) expect(totalRow[column], `column ${column}`).toBe(branchRow[column]);
    const dues = await sheetRows(file, '党费收缴情况');
    expect(dues.find((row) => row[0] === '合计')).toBeDefined();
    expect(typeof dues.find((row) => row[0] === '合计')![2]).toBe('number');

    // A4 print of every table, wide ones across the page.
    await page.getByRole('button', { name: '打印全部报表' }).click();
    await page.getByText('A4 横向；打印时不显示本工具栏和左侧菜单。').waitFor();
    await page.screenshot({ path: outputPath('statistics-print.png'), fullPage: true });
    expect(problems).toEqual([]);
  });
});
