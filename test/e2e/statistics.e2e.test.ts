import { readFile } from 'node:fs/promises';
import { readSheet } from 'read-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { localToday } from '../../renderer/src/core/today';
import { addDays } from '../../shared/dates';
import { demoFiles } from '../demo/demo-files';
import { openArea, useAppUnderTest } from './support/app';
import { outputPath } from './support/output';
import { pdfFaces, printFaceProblems } from './support/print';
import { chooseOption } from './support/roster';

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
    // One family of type, titles, header cells and 合计 rows still bold.
    expect(await printFaceProblems(page)).toMatchObject({ families: [expect.any(String)], notBold: [] });
    // The branch's name on one line in every table, the widest too (squeezed to four lines a branch, the hospital's 150 branches printed 76 pages).
    const nameLines = await page.locator('.stat-report-table tbody tr:first-child td:first-child').evaluateAll((cells) =>
      cells.map((cell) => {
        const range = document.createRange();
        range.selectNodeContents(cell);
        return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
      }),
    );
    expect(nameLines).toEqual(Array(8).fill(1));
    // Printed: a page a table here, in one face.
    const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(8);
    expect(pdfFaces(pdf)).toHaveLength(1);
    await page.screenshot({ path: outputPath('statistics-print.png'), fullPage: true });
    await page.getByRole('button', { name: '返回' }).click();
    expect(problems).toEqual([]);
  });

  it('counts the stocks on a chosen 统计截止日期, refuses a later one, and exports last year’s 党内统计年报 as of 12-31', async () => {
    const { page, problems } = await openApp();
    await page.goto(`${url()}demo.html`);
    await page.getByRole('heading', { name: /^欢迎，.+党支部$/ }).waitFor({ timeout: 60_000 });
    await openArea(page, '统计报表');
    await page.getByRole('heading', { name: /^党员队伍基本情况（截至/ }).waitFor();

    // 统计截止日期: a day two years back counts the roster as it stood then; a day after today is refused and changes nothing.
    const today = localToday();
    const earlier = addDays(today, -730);
    const asOf = page.getByLabel('统计截止日期');
    await asOf.fill(earlier);
    await asOf.press('Enter');
    await page.getByRole('heading', { name: `党员队伍基本情况（截至${earlier}）` }).waitFor();
    const then = Number((await page.getByRole('button', { name: /^合计 党员总数 \d+$/ }).textContent())!.trim());
    expect(then).toBeGreaterThan(0);
    const later = addDays(today, 3);
    await asOf.fill(later);
    await asOf.press('Enter');
    await page.getByText(`统计截止日期 ${later} 晚于今天（${today}），未采用：截止日期不能晚于今天。`).waitFor();
    await page.getByRole('heading', { name: `党员队伍基本情况（截至${earlier}）` }).waitFor();
    await page.screenshot({ path: outputPath('statistics-as-of.png'), fullPage: true });

    // The year-end report of last year: the cover with its list, then each table numbered, stocks as of 12-31.
    const year = Number(today.slice(0, 4)) - 1;
    await page.getByText('按年', { exact: true }).click();
    await chooseOption(page, '统计期', `${year}年`);
    await page.getByRole('heading', { name: `党员队伍基本情况（截至${year}-12-31）` }).waitFor();
    await page.screenshot({ path: outputPath('statistics-year-end.png'), fullPage: true });
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: `导出${year}年度党内统计年报` }).click();
    const file = outputPath('statistics-year-end.xlsx');
    await (await download).saveAs(file);
    const cover = await sheetRows(file, '封面及目录');
    expect(cover[0]![0]).toBe(`${year}年度党内统计年报`);
    expect(cover.map((row) => row[0])).toContain(`统计时点：${year}年12月31日（时期数为${year}年1月1日至12月31日）`);
    const listed = cover.filter((row) => typeof row[0] === 'number').map((row) => [row[1], row[2]]);
    expect(listed).toEqual([
      ['表1 党员队伍基本情况', `截至${year}-12-31`],
      ['表2 基层党组织设置情况', `截至${year}-12-31`],
      ['表3 发展党员情况', `${year}年`],
      ['表4 党员组织关系转接和出党情况', `${year}年`],
      ['表5 民主评议党员情况', `${year}年度`],
      ['表6 组织生活（“三会一课”）落实情况', `${year}年`],
      ['表7 党员学习学时情况', `${year}年（${year}年累计至${year}-12-31）`],
      ['表8 党费收缴情况', `${year}年`],
    ]);
    const members = await sheetRows(file, '表1 党员队伍基本情况');
    expect(members[0]![0]).toBe('党员队伍基本情况');
    expect(String(members[1]![0])).toContain(`统计期：截至${year}-12-31`);
    const [branchRow, totalRow] = [members[4]!, members[5]!];
    expect(totalRow[0]).toBe('合计');
    expect(typeof totalRow[1]).toBe('number');
    expect(totalRow[1]).toBeGreaterThan(20);
    for (let column = 1; column < totalRow.length; column++) expect(totalRow[column], `column ${column}`).toBe(branchRow[column]);
    const appraisal = await sheetRows(file, '表5 民主评议党员情况');
    expect(appraisal[2]!.slice(0, 3)).toEqual(['单位', '应参评党员', '评议等次']);
    expect(appraisal.find((row) => row[0] === '合计')![1]).toBe(appraisal[4]![1]);
    expect(problems).toEqual([]);
  });
});
