import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { localToday } from '../../renderer/src/core/today';
import { buildRosterSheet } from '../support/roster-sheet';
import { completeWizard, openArea, useAppUnderTest } from './support/app';
import { outputPath } from './support/output';
import { chooseOption, importRoster } from './support/roster';

const { openApp } = useAppUnderTest();

/** A PNG signature and a little more: what the attachment check looks at. */
const PNG_BYTES = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(600, 1)]);

async function attach(page: Page, name: string, buffer: Buffer) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '添加附件' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer });
}

const COMMITTEE_ROLES = ['书记', '副书记', '组织委员', '宣传委员', '纪检委员'];

describe('三会一课', () => {
  it('records a 支委会 with two absences, keeps the draft across a reload, adds a make-up, confirms, and prints', async () => {
    const today = localToday();
    const sheet = await buildRosterSheet(today, 12, []);
    const committee = sheet.people.slice(0, 5).map((person) => person.name);
    const [secretary, , organizer, publicity, discipline] = committee as [string, string, string, string, string];
    const { page, problems } = await openApp();
    const attendanceRow = (name: string) => page.getByRole('row').filter({ hasText: name });
    await completeWizard(page, { role: '党支部', name: '外科党支部', parent: '市人民医院党委' });
    await importRoster(page, sheet);

    await openArea(page, '支部信息');
    for (const [index, role] of COMMITTEE_ROLES.entries()) await chooseOption(page, role, committee[index]!);
    await page.getByRole('button', { name: '保存支部信息' }).click();
    await page.getByText('支部信息已保存。').waitFor();

    // Before: this month's 支委会 is on the to-do list.
    await openArea(page, '首页');
    const todo = page.getByRole('region', { name: '待办事项' });
    await todo.getByText(/本月尚未召开支部委员会/).waitFor();

    await openArea(page, '三会一课');
    await page.getByRole('button', { name: '新建会议记录' }).click();
    const start = page.getByRole('dialog', { name: '新建会议记录' });
    await start.getByRole('button', { name: '开始填写' }).click();
    await page.getByRole('heading', { name: '新建会议记录' }).waitFor();
    expect(await page.getByLabel('会议名称').inputValue()).toMatch(/^\d{4}年\d{1,2}月支部委员会$/);
    await page.getByLabel('会议地点').fill('外科楼五楼示教室');

    // A reload (or a crash) in the middle of typing loses nothing: the draft comes back.
    await page.getByText(/^草稿已于 \d{1,2}:\d{2}:\d{2} 自动保存$/).waitFor();
    await page.reload();
    // The window reopens on the form it showed, with the draft's content.
    await page.getByText(/已恢复 .* 自动保存的草稿/).waitFor();
    expect(await page.getByLabel('会议地点').inputValue()).toBe('外科楼五楼示教室');

    await chooseOption(page, '主持人', secretary);
    await chooseOption(page, '记录人', organizer);
    await page.getByRole('button', { name: '按名册生成应到人员' }).click();
    await page.getByText('应到 5 人，实到 5 人，请假 0 人，缺席 0 人，出席率 100.0%').waitFor();
    await attendanceRow(publicity).getByText('请假', { exact: true }).click();
    await chooseOption(page, `${publicity}的请假原因`, '值班');
    await attendanceRow(discipline).getByText('缺席', { exact: true }).click();
    await page.getByText('应到 5 人，实到 3 人，请假 1 人，缺席 1 人，出席率 60.0%').waitFor();
    await page.getByRole('button', { name: '添加议程' }).click();
    await page.getByLabel('议程1', { exact: true }).fill('研究第四季度党员发展计划');
    await page.getByLabel('会议内容与讨论情况').fill(`${secretary}传达院党委会议精神。\n与会委员讨论了第四季度发展计划，同意提交支部党员大会讨论。`);
    // Attachments: a scanned sign-in sheet is kept; a file that is not an image or PDF is refused, whatever its name.
    await attach(page, '签到表.png', PNG_BYTES);
    await page.getByText('签到表：签到表.png（1 KB）').waitFor();
    await attach(page, '照片.jpg', Buffer.from('这不是图片'));
    await page.getByText('“照片.jpg”不是图片（JPG、PNG、WEBP）或 PDF 文件，未添加。').waitFor();
    await page.screenshot({ path: outputPath('meetings-editor.png'), fullPage: true });
    await page.getByRole('button', { name: '保存会议记录' }).click();
    await page.getByText(/已保存“\d{4}年\d{1,2}月支部委员会”/).waitFor();

    // The record: quorum met (3 of 5), both absentees owe a make-up.
    await page.getByText('支部委员 5 名，到会 3 名，超过半数，会议有效。').waitFor();
    await page.getByRole('button', { name: `为 ${publicity} 登记补课` }).click();
    const makeUp = page.getByRole('dialog', { name: `登记补课：${publicity}` });
    await chooseOption(page, '补课方式', '补听', makeUp);
    await makeUp.getByRole('button', { name: '登记' }).click();
    await page.getByText(`已登记 ${publicity} 的补课。`).waitFor();
    await page.getByRole('button', { name: `为 ${discipline} 登记补课` }).waitFor();
    expect(await page.getByRole('button', { name: `为 ${publicity} 登记补课` }).count()).toBe(0);

    await page.getByRole('button', { name: '签字确认' }).click();
    const confirm = page.getByRole('dialog', { name: '签字确认' });
    await confirm.getByText(`主持人 ${secretary} 已核对并确认`).click();
    await confirm.getByText(`记录人 ${organizer} 已核对并确认`).click();
    await confirm.getByRole('button', { name: '确认' }).click();
    await page.getByText('会议记录已签字确认。').waitFor();
    await confirm.waitFor({ state: 'hidden' });
    await page.getByText('已签字确认', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: '编辑' }).count()).toBe(0);
    await page.getByRole('button', { name: '修改', exact: true }).waitFor();
    await page.screenshot({ path: outputPath('meetings-record.png'), fullPage: true });

    // 首页: this month's 支委会 is done; one person still owes a make-up.
    await openArea(page, '首页');
    await todo.getByText('1人未补课：缺席或请假的党员须补课。').waitFor();
    expect(await todo.getByText(/本月尚未召开支部委员会/).count()).toBe(0);
    await page.screenshot({ path: outputPath('meetings-home.png'), fullPage: true });

    // The yearly grid shows this month's 支委会 as held.
    await openArea(page, '三会一课');
    await page.getByRole('tab', { name: '年度台账' }).click();
    const grid = page.getByRole('table', { name: '三会一课年度台账' });
    const committeeRow = grid.getByRole('row').filter({ hasText: '支部委员会' });
    const month = Number(today.slice(5, 7));
    expect(await committeeRow.locator('td').nth(month - 1).innerText()).toBe('已召开 1/1');
    expect(await committeeRow.locator('td').nth(month - 1).getAttribute('data-status')).toBe('met');
    await page.screenshot({ path: outputPath('meetings-year-grid.png'), fullPage: true });

    // Print: the record as an A4 page, and the whole year's ledger.
    await page.getByRole('tab', { name: '会议记录' }).click();
    await page.getByRole('cell', { name: /支部委员会$/ }).first().click();
    await page.getByRole('button', { name: '打印' }).click();
    await page.getByRole('button', { name: '打印 / 导出 PDF' }).waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-sider').isVisible()).toBe(false);
    await page.screenshot({ path: outputPath('meetings-print.png'), fullPage: true });
    const pdfPath = outputPath('meeting-record.pdf');
    await page.pdf({ path: pdfPath, format: 'A4', printBackground: true });
    const pdf = await readFile(pdfPath);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });
    const printed = await page.locator('.meeting-document').innerText();
    expect(printed).toContain('外科楼五楼示教室');
    expect(printed).toContain(`${publicity}（请假：值班）`);
    expect(printed).toContain(`主持人（签字）：${secretary}`);
    expect(printed).toMatch(/附件\s*签到表：签到表\.png/);

    // The whole year as one document: summary, grid, then every record on its own page.
    await openArea(page, '三会一课');
    await page.getByRole('button', { name: /打印\d{4}年台账/ }).click();
    await page.getByRole('heading', { name: /“三会一课”工作台账/ }).waitFor();
    expect(await page.locator('.print-sheet .meeting-document').count()).toBe(1);
    await page.screenshot({ path: outputPath('meetings-year-ledger.png'), fullPage: true });
    expect(problems).toEqual([]);
  });
});
