import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoFiles } from '../demo/demo-files';
import { openArea, useAppUnderTest } from './support/app';
import { outputPath } from './support/output';
import { pdfFaces, printFaceProblems } from './support/print';
import { stripedPng } from './support/png';
import { chooseOption } from './support/roster';

const { openApp, url } = useAppUnderTest(async () => ({ extraFiles: await demoFiles() }));

/** The year's meetings straight from the app's IndexedDB store, not through the app: date and name, in the order held. */
async function storedMeetingsOf(page: Page, year: number): Promise<string[]> {
  return page.evaluate(
    (year) =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('branch-ledger');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction('meetings').objectStore('meetings').getAll();
          read.onerror = () => reject(read.error);
          read.onsuccess = () => {
            const rows = read.result as { startAt: string; sessionName: string; deleted: boolean }[];
            resolve(
              rows
                .filter((row) => !row.deleted && row.startAt.startsWith(`${year}-`))
                .sort((a, b) => a.startAt.localeCompare(b.startAt))
                .map((row) => `${row.startAt.slice(0, 10)} ${row.sessionName}`),
            );
            open.result.close();
          };
        };
      }),
    year,
  );
}

/** Members with notes in the year, straight from the store: each member's name and one note's material. */
async function storedNotesOf(page: Page, year: number): Promise<{ name: string; title: string }[]> {
  return page.evaluate(
    (year) =>
      new Promise<{ name: string; title: string }[]>((resolve, reject) => {
        const open = indexedDB.open('branch-ledger');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const transaction = open.result.transaction(['studyNotebooks', 'members']);
          const books = transaction.objectStore('studyNotebooks').getAll();
          const members = transaction.objectStore('members').getAll();
          transaction.oncomplete = () => {
            open.result.close();
            const names = new Map((members.result as { id: string; name: string }[]).map((row) => [row.id, row.name]));
            resolve(
              (books.result as { memberId: string; year: number; deleted: boolean; notes: Record<string, { materialTitle: string }> }[])
                .filter((row) => !row.deleted && row.year === year && Object.keys(row.notes).length > 0)
                .map((row) => ({ name: names.get(row.memberId) ?? '', title: Object.values(row.notes)[0]!.materialTitle })),
            );
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    year,
  );
}

/**
 * Arranges a photo (a real PNG the size of a phone's) and a PDF scan on the year's first
 * meeting, written into the store as the attachment editor writes them.
 */
async function attachToFirstMeeting(page: Page, year: number, files: { fileName: string; mimeType: string; kind: string; bytes: Buffer }[]): Promise<string> {
  const rows = files.map((file) => ({ ...file, bytes: [...file.bytes], sha256: createHash('sha256').update(file.bytes).digest('hex') }));
  return page.evaluate(
    ({ year, rows }) =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('branch-ledger');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const transaction = open.result.transaction(['meetings', 'attachments'], 'readwrite');
          const meetings = transaction.objectStore('meetings');
          const read = meetings.getAll();
          read.onsuccess = () => {
            const meeting = (read.result as { id: string; branchId: string; startAt: string; sessionName: string; deleted: boolean; attachmentIds: string[] }[])
              .filter((row) => !row.deleted && row.startAt.startsWith(`${year}-`))
              .sort((a, b) => a.startAt.localeCompare(b.startAt))[0]!;
            const now = new Date().toISOString();
            for (const row of rows) {
              const id = crypto.randomUUID();
              const bytes = new Uint8Array(row.bytes);
              transaction.objectStore('attachments').put({ id, branchId: meeting.branchId, createdAt: now, updatedAt: now, deleted: false, meetingId: meeting.id, kind: row.kind, fileName: row.fileName, mimeType: row.mimeType, size: bytes.length, sha256: row.sha256, bytes });
              meeting.attachmentIds = [...meeting.attachmentIds, id];
            }
            meetings.put(meeting);
            transaction.oncomplete = () => {
              open.result.close();
              resolve(`${meeting.startAt.slice(0, 10)} ${meeting.sessionName}`);
            };
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    { year, rows },
  );
}

/** Pages of a PDF as Chromium writes it: one `/Type /Page` object each (the tree itself is `/Type /Pages`). */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

describe('the year’s 台账 binder', () => {
  it('binds last year of the demo branch: contents with page numbers in section order, every meeting of the year with attendance, as many PDF pages as numbered', async () => {
    const { page, problems } = await openApp();
    await page.goto(`${url()}demo.html`);
    await page.getByRole('heading', { name: /^欢迎，.+党支部$/ }).waitFor({ timeout: 60_000 });
    const year = Number(new Date().toISOString().slice(0, 4)) - 1;
    const expected = await storedMeetingsOf(page, year);
    expect(expected.length).toBeGreaterThan(20);
    const photo = stripedPng(2400, 1800);
    const withFiles = await attachToFirstMeeting(page, year, [
      { fileName: '会场照片.png', mimeType: 'image/png', kind: 'photo', bytes: photo },
      { fileName: '签到表扫描.pdf', mimeType: 'application/pdf', kind: 'signInSheet', bytes: Buffer.from('%PDF-1.4\n%%EOF\n') },
    ]);

    await openArea(page, '支部信息');
    await chooseOption(page, '台账年度', `${year}年`);
    await page.getByRole('button', { name: '生成年度台账' }).click();
    // Progress while it lays out, then the page count once numbered.
    await page.getByRole('progressbar', { name: '台账生成进度' }).or(page.getByText(/^台账已生成/)).first().waitFor();
    const ready = page.getByText(/^台账已生成：共 \d+ 页/);
    await ready.waitFor({ timeout: 120_000 });
    const totalPages = Number((await ready.innerText()).match(/共 (\d+) 页/)![1]);

    // The contents: the sections in order, then under 三会一课 every meeting of the year, in order.
    const contents = page.getByRole('region', { name: '目录', exact: true });
    const allContents = page.locator('.binder-toc');
    const sectionLines = await allContents.locator('.binder-toc-line.level-1 .binder-toc-text').allInnerTexts();
    expect(sectionLines).toEqual(['支部基本情况和支部委员会', '党员名册', '“三会一课”会议记录', '补课记录', '学习笔记和学时', '学习笔记本', '党费收缴', '发展党员纪实', '谈心谈话', '党建+业务活动', '文件目录']);
    // The year's make-ups, done in the year, as many as the stored meetings hold.
    const makeUpCount = await page.locator('.binder-block[data-section="makeUps"] .binder-note').first().innerText();
    expect(Number(makeUpCount.match(/全年补课 (\d+) 人次/)![1])).toBeGreaterThan(0);
    const entryLines = await allContents.locator('.binder-toc-line.level-2 .binder-toc-text').allInnerTexts();
    // Under 学习笔记本 a line per member with the count of notes (张三（4 篇）), after the meetings.
    const meetingLines = entryLines.filter((line) => !/（\d+ 篇）$/.test(line));
    expect(meetingLines).toEqual(expected);
    // A member's notebook: its notes drawn in full under 学习笔记本, as the study area prints them.
    // (The store also holds notebooks of members who left before the year: their notes are not in this binder.)
    const note = (await storedNotesOf(page, year)).find(({ name }) => entryLines.some((line) => new RegExp(`^${name}（[1-9]\\d* 篇）$`).test(line)));
    expect(note).toBeDefined();
    const notebook = page.locator('.binder-block[data-section="notebooks"] .notebook-document').filter({ hasText: note!.name });
    await notebook.getByText(note!.title).first().waitFor();
    await notebook.getByText(note!.title).first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: outputPath('binder-notebook.png') });
    // After the dues grid, each quarter's 收缴清单 with a member's row and the column to sign.
    const receipts = page.locator('.binder-block[data-section="dues"]').filter({ hasText: `${year}年第一季度党费收缴清单` });
    await receipts.locator('table.dues-receipts tbody tr').nth(1).locator('td.dues-signature').waitFor({ state: 'attached' });
    expect(await receipts.locator('table.dues-receipts tbody tr').count()).toBeGreaterThan(5);
    await receipts.scrollIntoViewIfNeeded();
    await page.screenshot({ path: outputPath('binder-receipts.png') });
    const pages = (await allContents.locator('.binder-toc-page').allInnerTexts()).map(Number);
    expect(pages[0]).toBe(1 + (await allContents.count()) + 1);
    // Each line a later page than the one before, but a section's first entry, which opens the section (学习笔记本's first member).
    const levels = await allContents.locator('.binder-toc-line').evaluateAll((lines) => lines.map((line) => (line.classList.contains('level-1') ? 1 : 2)));
    for (let index = 1; index < pages.length; index += 1) {
      if (levels[index] === 2 && levels[index - 1] === 1) expect(pages[index]).toBeGreaterThanOrEqual(pages[index - 1]!);
      else expect(pages[index]).toBeGreaterThan(pages[index - 1]!);
    }
    expect(pages.at(-1)).toBeLessThanOrEqual(totalPages);

    // The meetings section holds each meeting's record, with its attendance line, in the same order.
    const records = page.locator('.binder-block[data-section="meetings"] .meeting-document');
    expect(await records.count()).toBe(expected.length);
    const first = await records.first().innerText();
    expect(first).toContain(expected[0]!.slice(11));
    expect(first).toMatch(/出席情况\s*应到 \d+ 人，实到 \d+ 人/);
    // The photo is drawn on a page of its own under its meeting, scaled down to the page; the PDF is named in the record.
    expect(first).toContain('签到表：签到表扫描.pdf');
    const picture = page.locator('.binder-block[data-section="meetings"] .binder-image').filter({ hasText: `${withFiles}　附件 1/1　照片：会场照片.png` }).locator('img');
    await expect.poll(() => picture.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth), { timeout: 30_000 }).toBe(1500);
    expect(await page.locator('.binder-image img').count()).toBe(1);
    await picture.scrollIntoViewIfNeeded();
    await page.screenshot({ path: outputPath('binder-photo.png') });
    const roster = page.getByRole('table', { name: '党员名册' }).first();
    expect(await roster.getByRole('row').count()).toBeGreaterThan(10);
    // Each block shows on screen the page it starts on; a meeting's page is the one its contents line names.
    const firstMeetingPage = pages[sectionLines.indexOf('“三会一课”会议记录') + 1];
    await contents.scrollIntoViewIfNeeded();
    await page.screenshot({ path: outputPath('binder-contents.png') });
    await page.locator('.binder-block[data-section="meetings"]').nth(1).scrollIntoViewIfNeeded();
    expect(await page.locator('.binder-block[data-section="meetings"]').nth(1).locator('.binder-page-badge').innerText()).toBe(`第 ${firstMeetingPage} 页`);
    await page.screenshot({ path: outputPath('binder-meeting.png') });

    // Printed: no toolbar, no menu, and Chromium's PDF has exactly the pages the contents counted.
    await page.getByRole('table', { name: '学时台账' }).first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: outputPath('binder-study.png') });
    // Nothing is wider than the page, or Chromium would shrink every page to fit it.
    expect(await page.locator('.binder-block-content').evaluateAll((blocks) => blocks.filter((block) => block.scrollWidth > block.clientWidth + 1).length)).toBe(0);
    // Read again: the numbers follow any late change of a block's height.
    const numbered = Number((await ready.innerText()).match(/共 (\d+) 页/)![1]);
    // One family of type for the whole binder, its headings and header cells still bold.
    expect(await printFaceProblems(page)).toMatchObject({ families: [expect.any(String)], notBold: [] });
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: '打印 / 导出 PDF' }).isVisible()).toBe(false);
    const pdfPath = outputPath('binder.pdf');
    await page.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true });
    const pdf = await readFile(pdfPath);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfPageCount(pdf)).toBe(numbered);
    // One face in the whole binder, the page footers too (each face costs about half a second of printing).
    expect(pdfFaces(pdf)).toHaveLength(1);
    await page.emulateMedia({ media: 'screen' });

    // Saving that fails (the desktop's full disk, here the print call throwing) is said on screen.
    await page.evaluate(() => {
      window.print = () => {
        throw new Error('磁盘空间不足，文件未保存。请清理空间或换一个 U 盘后重试。');
      };
    });
    await page.getByRole('button', { name: '打印 / 导出 PDF' }).click();
    await page.getByRole('alert').filter({ hasText: '台账 PDF 没有保存：磁盘空间不足，文件未保存。' }).waitFor();
    expect(problems).toEqual([]);
  });
});
