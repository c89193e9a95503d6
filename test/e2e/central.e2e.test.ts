import { describe, expect, it } from 'vitest';
import { localToday } from '../../renderer/src/shell/today';
import { parseMonthKey, QUARTER_LABELS, quarterOfMonth } from '../../shared/dues/months';
import { completeWizard, openArea, useAppUnderTest } from './support/app';
import { BASES, duesScenario, everyonePaid, registerBase, showYear, yuan } from './support/dues';
import { outputPath } from './support/output';
import { adoptEnrolment, createCentralKeys, download, importPackage, makeEnrolmentFile } from './support/packages';
import { importRoster } from './support/roster';

const { openApp } = useAppUnderTest();

describe('院党委组织科 reads a branch’s dues from its package', () => {
  it('shows the quarter’s totals and who is three months in arrears in 各支部, and the year and the arrears list in the branch’s 党费 tab', async () => {
    const today = localToday();
    const { sheet, payers, unpaid, current, start, last } = await duesScenario(today);
    const quarter = quarterOfMonth(parseMonthKey(current)!.month);
    const central = await openApp();
    const branch = await openApp();

    await completeWizard(central.page, { role: '院党委组织科', name: '市人民医院党委' });
    await createCentralKeys(central.page, '组织科密钥口令2026');
    const enrolment = await makeEnrolmentFile(central.page, '内科党支部', 'central-enrolment.zbenrol');

    // Branch: five bases, last month paid by all but one, then enrolled and reported.
    await completeWizard(branch.page, { role: '党支部', name: '内科党支部', parent: '市人民医院党委' });
    await importRoster(branch.page, sheet);
    await openArea(branch.page, '党费');
    await branch.page.getByRole('tab', { name: '党费基数' }).click();
    for (const [index, name] of payers.entries()) await registerBase(branch.page, name, BASES[index]!, start);
    await branch.page.getByRole('tab', { name: '收缴台账' }).click();
    await showYear(branch.page, last.year);
    await everyonePaid(branch.page, last, payers, [unpaid]);
    await openArea(branch.page, '数据交换');
    await adoptEnrolment(branch.page, enrolment, '内科支部密钥口令2026');
    const report = await download(branch.page, '导出报送包', 'central-report-1.zbpkg');
    const exported = await branch.page.getByTestId('export-result').innerText();
    expect(exported).toContain('党费基数 5 条');
    expect(exported).toContain('党费缴纳 4 条');

    // Central office: the package's dues records become the quarter's figures in the overview.
    await openArea(central.page, '各支部');
    await importPackage(central.page, '导入报送包', report, '报送包-内科党支部.zbpkg');
    const overview = central.page.locator('.ant-card').filter({ hasText: '各支部报送情况' });
    await overview.getByRole('columnheader', { name: `${current.slice(0, 4)}年${QUARTER_LABELS[quarter]}党费（元）` }).waitFor();
    const row = overview.getByRole('row').filter({ hasText: '内科党支部' });
    const monthly = BASES.reduce((sum, base) => sum + base.dues, 0);
    // Last month's payments count in today's quarter when it is the same quarter (not in January, April, July, October).
    const paidThisQuarter = last.year === Number(current.slice(0, 4)) && quarterOfMonth(last.month) === quarter ? monthly - BASES[4].dues : 0;
    await row.getByRole('cell', { name: yuan(monthly * 3), exact: true }).waitFor();
    await row.getByRole('cell', { name: yuan(paidThisQuarter), exact: true }).waitFor();
    // Three months without paying: the one member flagged; six months are not reached, so no red alarm.
    const cells = await row.locator('td').allInnerTexts();
    // …, 欠缴满3个月, 红色警示, 时钟, 操作
    expect(cells.slice(-4, -2)).toEqual(['1 人', '0']);
    await central.page.screenshot({ path: outputPath('central-dues-overview.png'), fullPage: true });

    await row.getByRole('button', { name: '查看' }).click();
    await central.page.getByRole('tab', { name: '党费' }).click();
    const dues = central.page.getByRole('region', { name: '支部党费' });
    const arrears = dues.getByRole('table', { name: '欠缴党费的党员' });
    expect(await arrears.getByRole('row').filter({ hasText: unpaid }).innerText()).toContain(`3 个月\t${yuan(BASES[4].dues * 3)} 元`);
    // The others paid last month only: two months behind each, not yet flagged.
    expect(await arrears.getByRole('row').filter({ hasText: '2 个月' }).count()).toBe(4);
    const quarterRow = dues.getByRole('table', { name: '季度党费上缴' }).getByRole('row').filter({ hasText: QUARTER_LABELS[quarter] });
    expect(await quarterRow.innerText()).toContain(`${yuan(monthly * 3)} 元`);
    expect(await dues.getByRole('button', { name: '标记已上缴' }).count()).toBe(0);
    await dues.getByText(`${unpaid}已连续 3 个月未交纳党费`, { exact: false }).waitFor();
    await central.page.screenshot({ path: outputPath('central-dues-branch.png'), fullPage: true });

    expect(central.problems).toEqual([]);
    expect(branch.problems).toEqual([]);
  });
});
