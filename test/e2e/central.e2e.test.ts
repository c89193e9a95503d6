import { describe, expect, it } from 'vitest';
import { localToday } from '../../renderer/src/core/today';
import { parseMonthKey, QUARTER_LABELS, quarterOfMonth } from '../../shared/dues/months';
import { completeWizard, openArea, useAppUnderTest } from './support/app';
import { BASES, duesScenario, everyonePaid, registerBase, showYear, yuan } from './support/dues';
import { outputPath } from './support/output';
import { adoptEnrolment, createCentralKeys, download, importPackage, makeEnrolmentFile } from './support/packages';
import { importRoster } from './support/roster';
import { enterNote, markLastNoteExcellent, openNotebook } from './support/study';

const { openApp } = useAppUnderTest();

const NOTE = { material: '党的二十届四中全会精神', hours: 2, text: '一、全会的重大意义。\n二、结合内科临床工作的体会。' };
const COMMENT = '联系临床工作实际，体会深刻。';
const OPINION = '推荐参加全院优秀学习笔记展评。';

describe('院党委组织科 and a branch: dues and 优秀学习笔记 through the packages', () => {
  it('shows the branch’s quarter and arrears in 各支部 and its 党费 tab, lists its excellent note, confirms it, and the branch reads the confirmation', async () => {
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
    // One note, marked 优秀学习笔记 with the branch's comment.
    const writer = payers[0]!;
    await enterNote(branch.page, writer, NOTE);
    await openNotebook(branch.page, writer);
    await markLastNoteExcellent(branch.page, COMMENT);
    await openArea(branch.page, '数据交换');
    await adoptEnrolment(branch.page, enrolment, '内科支部密钥口令2026');
    const report = await download(branch.page, '导出报送包', 'central-report-1.zbpkg');
    const exported = await branch.page.getByTestId('export-result').innerText();
    expect(exported).toContain('党费基数 5 条');
    expect(exported).toContain('党费缴纳 4 条');
    expect(exported).toContain('学习笔记本 1 条');

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
    await expect.poll(() => arrears.getByRole('row').filter({ hasText: '2 个月' }).count()).toBe(4);
    const quarterRow = dues.getByRole('table', { name: '季度党费上缴' }).getByRole('row').filter({ hasText: QUARTER_LABELS[quarter] });
    expect(await quarterRow.innerText()).toContain(`${yuan(monthly * 3)} 元`);
    expect(await dues.getByRole('button', { name: '标记已上缴' }).count()).toBe(0);
    await dues.getByText(`${unpaid}已连续 3 个月未交纳党费`, { exact: false }).waitFor();
    await central.page.screenshot({ path: outputPath('central-dues-branch.png'), fullPage: true });

    // 优秀学习笔记: every branch's marked notes, with what the office needs to judge them.
    await central.page.getByRole('button', { name: '返回各支部' }).click();
    await central.page.getByRole('tab', { name: '优秀学习笔记' }).click();
    const excellent = central.page.getByRole('table', { name: '各支部优秀学习笔记' });
    const noteRow = excellent.getByRole('row').filter({ hasText: writer });
    await noteRow.waitFor();
    const texts = await noteRow.locator('td').allInnerTexts();
    expect(texts.slice(0, 7)).toEqual(['内科党支部', writer, today, `${NOTE.material}\n文件精神·集中学习`, String(NOTE.hours), `${COMMENT}（支部书记）`, NOTE.text]);
    expect(texts[7]).toBe('待确认');
    await central.page.getByText('各支部优秀学习笔记（待确认 1 篇）').waitFor();
    await central.page.screenshot({ path: outputPath('central-excellent-notes.png'), fullPage: true });
    await noteRow.getByRole('button', { name: '确认', exact: true }).click();
    const confirm = central.page.getByRole('dialog', { name: `确认优秀学习笔记：${writer}` });
    await confirm.getByLabel('确认意见（可不填）').fill(OPINION);
    await confirm.getByRole('button', { name: '确认', exact: true }).click();
    await central.page.getByText(`已确认${writer}的优秀学习笔记，将随下一次回执发给内科党支部。`).waitFor();
    await noteRow.getByText('已确认').waitFor();
    await noteRow.getByText(OPINION).waitFor();
    await central.page.getByText('各支部优秀学习笔记（待确认 0 篇）').waitFor();
    await central.page.screenshot({ path: outputPath('central-excellent-confirmed.png'), fullPage: true });

    await central.page.getByRole('tab', { name: '报送情况' }).click();
    const back = await download(central.page, '导出回执', 'central-return-1.zbpkg');
    expect(await central.page.getByRole('dialog', { name: '已导出“内科党支部”的回执' }).innerText()).toContain('优秀笔记确认 1 条');

    // Branch: the confirmation arrives with the 回执 and shows on the note and in the print view.
    expect(await importPackage(branch.page, '导入回执/下发包', back, '回执-内科党支部.zbpkg')).toContain('新增 1 条');
    await enterNote(branch.page, writer, { ...NOTE, material: '《中国共产党章程》', hours: 1, text: '回执导入后又记的一篇。' });
    await openNotebook(branch.page, writer);
    // antd's List gives its items no list roles.
    const notes = branch.page.locator('.ant-list-item');
    const confirmed = notes.filter({ hasText: NOTE.material });
    await confirmed.getByText('组织部门已确认', { exact: true }).waitFor();
    expect(await confirmed.innerText()).toContain(`组织部门已确认（市人民医院党委，${new Date().toISOString().slice(0, 10)}）：${OPINION}`);
    await expect.poll(() => notes.count()).toBe(2);
    expect(await notes.filter({ hasText: '《中国共产党章程》' }).innerText()).not.toContain('组织部门已确认');
    await branch.page.screenshot({ path: outputPath('central-branch-notebook.png'), fullPage: true });
    await branch.page.getByRole('button', { name: '打印笔记本' }).click();
    const printed = await branch.page.locator('.notebook-document').innerText();
    expect(printed).toContain(`组织部门已确认（市人民医院党委`);
    expect(printed).toContain(OPINION);
    await branch.page.screenshot({ path: outputPath('central-branch-print.png'), fullPage: true });

    expect(central.problems).toEqual([]);
    expect(branch.problems).toEqual([]);
  });
});
