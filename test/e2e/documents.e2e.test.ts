import { writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { completeWizard, openArea, useAppUnderTest } from './support/app';
import { outputPath } from './support/output';
import { adoptEnrolment, createCentralKeys, download, importPackage, makeEnrolmentFile } from './support/packages';
import { chooseOption } from './support/roster';

const { openApp } = useAppUnderTest();

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(3000, 0x20)]);
/** One byte over the 20 MB a document's file may have. */
const TOO_BIG = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(20 * 1024 * 1024 - 8, 0x20)]);
const TITLE = '关于印发《党支部工作规范（试行）》的通知';
const NUMBER = '院党委发〔2026〕12号';
const BODY = '各党支部：\n现将《党支部工作规范（试行）》印发给你们，请结合实际认真贯彻执行。';

describe('文件: the office publishes, the branch reads, the 阅读回执 comes back', () => {
  it('refuses a file over the size limit, sends a document with a PDF in the return, and shows the branch’s read receipt after its report', async () => {
    const central = await openApp();
    const branch = await openApp();
    await completeWizard(central.page, { role: '院党委组织科', name: '市人民医院党委' });
    await createCentralKeys(central.page, '组织科密钥口令2026');
    const enrolment = await makeEnrolmentFile(central.page, '内科党支部', 'documents-enrolment.zbenrol');
    await completeWizard(branch.page, { role: '党支部', name: '内科党支部', parent: '市人民医院党委' });
    await openArea(branch.page, '数据交换');
    await adoptEnrolment(branch.page, enrolment, '内科支部密钥口令2026');
    const first = await download(branch.page, '导出报送包', 'documents-report-1.zbpkg');
    await openArea(central.page, '各支部');
    await importPackage(central.page, '导入报送包', first, '报送包-内科党支部.zbpkg');

    await openArea(central.page, '文件');
    await central.page.getByText('还没有发布文件。').waitFor();
    await central.page.getByRole('button', { name: '发布文件' }).click();
    const editor = central.page.getByRole('dialog', { name: '发布文件' });
    await editor.getByText('图片（JPG、PNG、WEBP）、PDF、Word 或 Excel，单个不超过 20 MB').waitFor();
    await chooseOption(central.page, '文件类别', '制度', editor);
    await editor.getByLabel('文号').fill(NUMBER);
    await editor.getByLabel('文件标题').fill(TITLE);
    await editor.getByLabel('正文').fill(BODY);
    // Over the limit: refused in Chinese, nothing attached.
    let chooser = central.page.waitForEvent('filechooser');
    await editor.getByRole('button', { name: '添加附件' }).click();
    // From disk: a 20 MB buffer handed over the protocol takes longer than the wait allows.
    const tooBig = outputPath('扫描件.pdf');
    await writeFile(tooBig, TOO_BIG);
    await (await chooser).setFiles(tooBig);
    await central.page.getByText('“扫描件.pdf”有 20,971,521 字节，超过了单个附件 20.0 MB（20,971,520 字节）的上限。请压缩图片或分页扫描后再添加。').waitFor();
    expect(await editor.locator('.ant-list-item').count()).toBe(0);
    chooser = central.page.waitForEvent('filechooser');
    await editor.getByRole('button', { name: '添加附件' }).click();
    await (await chooser).setFiles({ name: '党支部工作规范.pdf', mimeType: 'application/pdf', buffer: PDF });
    await central.page.getByText('已添加附件“党支部工作规范.pdf”。').waitFor();
    await editor.locator('.ant-list-item').filter({ hasText: '党支部工作规范.pdf' }).waitFor();
    await central.page.screenshot({ path: outputPath('documents-central-editor.png'), fullPage: true });
    await editor.getByRole('button', { name: '发布', exact: true }).click();
    await central.page.getByText(`已发布“${TITLE}”到 1 个支部，将随各支部下一次回执送达。`).waitFor();
    const published = central.page.getByRole('table', { name: '已发布的文件' }).getByRole('row').filter({ hasText: TITLE });
    await published.getByText('已读 0 / 1 个支部').waitFor();

    await openArea(central.page, '各支部');
    const back = await download(central.page, '导出回执', 'documents-return.zbpkg');
    const exported = central.page.getByRole('dialog', { name: '已导出“内科党支部”的回执' });
    expect(await exported.innerText()).toContain('院党委文件 1 条');
    await exported.getByRole('button').last().click();
    await exported.waitFor({ state: 'detached' });

    await importPackage(branch.page, '导入回执/下发包', back, '回执-内科党支部.zbpkg');
    await openArea(branch.page, '文件');
    const received = branch.page.getByRole('table', { name: '院党委文件' }).getByRole('row').filter({ hasText: TITLE });
    await received.waitFor();
    expect((await received.locator('td').allInnerTexts()).map((text) => text.trim())).toEqual([expect.any(String), NUMBER, TITLE, '制度', '1 个', '未读', '打开']);
    await branch.page.screenshot({ path: outputPath('documents-branch-list.png'), fullPage: true });
    await received.getByText('打开').click();
    const view = branch.page.getByRole('dialog', { name: TITLE });
    expect(await view.getByTestId('document-body').innerText()).toBe(BODY);
    await view.getByRole('button', { name: /党支部工作规范\.pdf/ }).waitFor();
    await branch.page.screenshot({ path: outputPath('documents-branch-open.png'), fullPage: true });
    const saved = branch.page.waitForEvent('download');
    await view.getByRole('button', { name: /党支部工作规范\.pdf/ }).click();
    expect((await saved).suggestedFilename()).toBe('党支部工作规范.pdf');
    await branch.page.keyboard.press('Escape');
    await view.waitFor({ state: 'hidden' });
    await received.getByText('已读').waitFor();

    await openArea(branch.page, '数据交换');
    const report = await download(branch.page, '导出报送包', 'documents-report-2.zbpkg');
    expect(await branch.page.getByTestId('export-result').innerText()).toContain('文件阅读回执 1 条');
    await openArea(central.page, '各支部');
    await importPackage(central.page, '导入报送包', report, '报送包-内科党支部-2.zbpkg');
    await openArea(central.page, '文件');
    await published.getByText('已读 1 / 1 个支部').waitFor();
    await published.getByRole('button', { name: /展开行/ }).click();
    await central.page.getByRole('table', { name: `${TITLE}的阅读回执` }).getByRole('row').filter({ hasText: '内科党支部' }).getByText(/^已读 .*（支部书记）$/).waitFor();
    await central.page.screenshot({ path: outputPath('documents-central-receipts.png'), fullPage: true });

    // The branch's own documents: registered, then deleted after a confirmation; the office's has no 删除.
    await openArea(branch.page, '文件');
    expect(await received.getByText('删除').count()).toBe(0);
    await branch.page.getByRole('tab', { name: /^本支部文件/ }).click();
    await branch.page.getByRole('button', { name: '登记文件' }).click();
    const own = branch.page.getByRole('dialog', { name: '登记本支部文件' });
    await own.getByLabel('成文日期').fill('2026-11-20');
    await own.getByLabel('成文日期').press('Enter');
    await own.getByLabel('文件标题').fill('区卫健委关于冬季义诊的通知');
    await own.getByLabel('正文').fill('组织党员医生参加社区义诊。');
    await own.getByRole('button', { name: '保存文件' }).click();
    const ownRow = branch.page.getByRole('table', { name: '本支部文件' }).getByRole('row').filter({ hasText: '区卫健委关于冬季义诊的通知' });
    await ownRow.waitFor();
    await ownRow.getByText('删除').click();
    const confirm = branch.page.getByRole('tooltip').filter({ hasText: '删除文件“区卫健委关于冬季义诊的通知”？' });
    await confirm.getByText('删除随下一次报送包报院党委组织科，不能恢复。', { exact: false }).waitFor();
    await branch.page.screenshot({ path: outputPath('documents-branch-delete.png'), fullPage: true });
    await confirm.getByRole('button', { name: '删除' }).click();
    await branch.page.getByText('已删除文件“区卫健委关于冬季义诊的通知”，删除将随下一次报送包报院党委组织科。').waitFor();
    await ownRow.waitFor({ state: 'detached' });
    await branch.page.getByRole('tab', { name: '本支部文件（0）' }).waitFor();

    expect(central.problems).toEqual([]);
    expect(branch.problems).toEqual([]);
  });
});
