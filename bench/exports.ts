import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { below, figure, type Figure } from './figures';
import { interleaved } from './interleave';
import { spread } from './stats';

/**
 * The central office's exports at hospital scale (issue 23 item 6), driven on the screens the
 * office uses, so the figure is what the user waits for: from the click on the export button to
 * the file's bytes ready. An Excel export is ready when the app hands its bytes to the platform
 * (in browser mode a download link with the bytes is clicked: caught in the page, the bytes read
 * back and checked to be a zip); a PDF when the print view is laid out and Chromium has printed
 * it (`page.pdf`, the engine the desktop app's printToPDF uses, with its options: A4, backgrounds).
 */

/** How long one export may take before it is reported as failed: on a loaded machine the first 统计报表 view alone takes tens of seconds. */
const EXPORT_LIMIT_MS = 180_000;
/** How long 统计报表 may take to show: its first visit makes every branch's rows, which took over 3 minutes at load 20-30. */
const OPEN_LIMIT_MS = 600_000;

export interface ExcelExport {
  ms: number;
  bytes: number;
}

/**
 * Clicks the button whose text starts with `prefix` and ends with `suffix`, and times, in the
 * page, until the app saves the file. Throws with the app's error message when the export fails.
 */
export async function excelExport(page: Page, prefix: string, suffix = ''): Promise<ExcelExport> {
  const saved = await page.evaluate(
    async ([start, end, limit]) => {
      const button = [...document.querySelectorAll<HTMLButtonElement>('button')].find((element) => {
        const text = element.textContent?.replace(/\s/g, '') ?? '';
        return text.startsWith(start) && text.endsWith(end) && !element.disabled;
      });
      if (!button) throw new Error(`no enabled button ${start}…${end}`);
      const errorsBefore = document.querySelectorAll('.ant-message-error').length;
      // The bytes are read from the Blob the app makes its download link of (the app's CSP lets no fetch read a blob: URL).
      const blobs = new Map<string, Blob>();
      const createObjectURL = URL.createObjectURL;
      URL.createObjectURL = (object: Blob | MediaSource) => {
        const made = createObjectURL.call(URL, object);
        if (object instanceof Blob) blobs.set(made, object);
        return made;
      };
      const started = performance.now();
      const link = new Promise<{ at: number; href: string } | { error: string }>((resolve) => {
        const onClick = (event: Event) => {
          const anchor = (event.target as Element | null)?.closest?.('a[download]') as HTMLAnchorElement | null;
          if (!anchor) return;
          document.removeEventListener('click', onClick, true);
          resolve({ at: performance.now(), href: anchor.href });
        };
        document.addEventListener('click', onClick, true);
        // A failed export shows an error message instead of saving.
        const watch = () => {
          const errors = document.querySelectorAll('.ant-message-error');
          if (errors.length > errorsBefore) resolve({ error: errors[errors.length - 1]!.textContent ?? 'error' });
          else if (performance.now() - started > limit) resolve({ error: `no file within ${limit / 1000} s` });
          else setTimeout(watch, 50);
        };
        watch();
      });
      button.click();
      const result = await link;
      URL.createObjectURL = createObjectURL;
      if ('error' in result) return result;
      const blob = blobs.get(result.href);
      if (!blob) return { error: 'the download link holds no Blob the app made' };
      const bytes = new Uint8Array(await blob.arrayBuffer());
      // An .xlsx is a zip: 'PK'.
      if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return { error: `not an .xlsx (${bytes.length} bytes)` };
      return { ms: result.at - started, bytes: bytes.length };
    },
    [prefix, suffix, EXPORT_LIMIT_MS] as const,
  );
  if ('error' in saved) throw new Error(`export ${prefix}…${suffix}: ${saved.error}`);
  return saved;
}

export interface PdfExport {
  ms: number;
  /** From the click until the view was laid out (the rest is printing). */
  viewMs: number;
  bytes: number;
  pages: number;
  /** The PDF itself, for a comparison to keep it. */
  pdf: Buffer;
}

/**
 * Clicks the button named `open` (a print view, or the binder), waits until `ready` (the view's
 * toolbar, laid out), then prints it as the desktop app does: the time from the click to the PDF's
 * bytes. Returns to the screen with 返回.
 */
export async function pdfExport(page: Page, open: string, ready: () => Promise<void>): Promise<PdfExport> {
  const started = performance.now();
  await page.getByRole('button', { name: open }).click();
  await ready();
  const viewMs = performance.now() - started;
  const landscape = (await page.locator('.print-toolbar').first().innerText()).includes('A4 横向');
  const pdf = await page.pdf({ format: 'A4', landscape, printBackground: true });
  const ms = performance.now() - started;
  if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error(`${open}: not a PDF`);
  await page.getByRole('button', { name: '返回' }).first().click();
  return { ms, viewMs, bytes: pdf.length, pages: pdfPageCount(pdf), pdf };
}

/** Pages of a PDF Chromium wrote (one /Type /Page object each). */
export function pdfPageCount(pdf: Uint8Array): number {
  return Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

/** The print toolbar of a print view (PrintToolbar) is shown once the view is drawn. */
export function printToolbarShown(page: Page): Promise<void> {
  return page.getByRole('button', { name: '打印 / 导出 PDF' }).waitFor({ timeout: EXPORT_LIMIT_MS });
}


export interface ExportRun {
  page: Page;
  /** The builds timed, each the URL its index.html is under: this build, and with BENCH_COMPARE the compared one (same origin, same database). */
  builds: readonly string[];
  runs: number;
  /** The year the app's today falls in (the machine's date): the current year's reports. */
  year: number;
  add: (item: Figure) => void;
  log: (message: string) => void;
  /** A folder to keep each build's last PDF of each export in (BENCH_PDFS), to compare their pages' texts and look at them. */
  pdfDir?: string;
}

const TARGET = '< 2 s';
const KB = 1024;
const EXPORT_IDS = 'chromium.export';

/**
 * One export: `open` brings a build's screen to where the export is clicked (the period chosen),
 * `once` clicks and times it.
 */
interface ExportSpec {
  id: string;
  label: string;
  open: (base: string) => Promise<void>;
  once: () => Promise<ExcelExport | PdfExport>;
  note?: string;
}

/**
 * Times an export `run.runs` times per build and adds its figure (with BENCH_COMPARE, the
 * compared build's under the id with `.compare`, the two interleaved run by run). The screen is
 * opened again only when the build changes. One that fails (an error on screen, no file in time)
 * is reported as not measured, with why, and the part goes on with the next.
 */
async function measureExport(run: ExportRun, spec: ExportSpec): Promise<void> {
  let shown: string | undefined;
  let done = 0;
  let results: (ExcelExport | PdfExport)[][];
  try {
    results = await interleaved(run.runs, run.builds.length, async (entry) => {
      const base = run.builds[entry]!;
      if (shown !== base) {
        shown = undefined;
        await spec.open(base);
        shown = base;
      }
      const result = await spec.once();
      done += 1;
      if (run.pdfDir && 'pdf' in result) {
        mkdirSync(run.pdfDir, { recursive: true });
        writeFileSync(path.join(run.pdfDir, `${spec.id}${entry === 0 ? '' : '.compare'}.pdf`), result.pdf);
      }
      return result;
    });
  } catch (error) {
    const why = (error as Error).message.split('\n')[0]!;
    run.log(`${spec.label}: failed after ${done} runs: ${why}`);
    run.add(figure({ id: `${EXPORT_IDS}.${spec.id}`, label: spec.label, unit: 'ms', where: 'chromium', spread: null, target: TARGET, note: `failed: ${why}` }));
    return;
  }
  for (const [entry, measured] of results.entries()) {
    const size = Math.round(Math.max(...measured.map((result) => result.bytes)) / KB);
    const pages = measured.map((result) => ('pages' in result ? result.pages : 0)).find((count) => count > 0);
    const laidOut = measured.every((result) => 'viewMs' in result) ? `; view laid out after ${measured.map((result) => Math.round((result as PdfExport).viewMs)).join(' / ')} ms` : '';
    const parts = [`${size} KB${pages ? `, ${pages} pages` : ''}${laidOut}`, spec.note].filter(Boolean);
    const compared = entry === 0 ? '' : '.compare';
    run.add(figure({ id: `${EXPORT_IDS}.${spec.id}${compared}`, label: `${spec.label}${compared ? ', the compared build (BENCH_COMPARE)' : ''}`, unit: 'ms', where: 'chromium', spread: spread(measured.map((result) => result.ms)), target: TARGET, note: parts.join('; ') }, below(2000)));
  }
}

/** A print view's PDF (`pdfExport`), then back on the screen once `screenShown`, ready for the next run. */
function printViewExport(page: Page, button: string, screenShown: () => Promise<unknown>): () => Promise<PdfExport> {
  return async () => {
    const result = await pdfExport(page, button, () => printToolbarShown(page));
    await screenShown();
    return result;
  };
}

/**
 * 统计报表 at the office holding the hospital: the screen opened on its default period (last
 * month), then 导出本表 Excel, the month's 党建工作信息 (every table), 打印全部报表; then the
 * year, and the year-end 党内统计年报.
 */
export async function statisticsExports(run: ExportRun): Promise<void> {
  const { page } = run;
  const firstTable = page.getByRole('heading', { name: /^党员队伍基本情况（/ });
  const openMonth = async (base: string) => {
    const opened = performance.now();
    await page.goto(`${base}index.html#/statistics`);
    await firstTable.waitFor({ timeout: OPEN_LIMIT_MS });
    run.log(`统计报表 shown after ${Math.round(performance.now() - opened)} ms (its rows made or read)`);
  };
  await measureExport(run, { id: 'statistics.table', label: '统计报表: 导出本表 Excel (党员队伍, 150 branches, last month)', open: openMonth, once: () => excelExport(page, '导出本表Excel') });
  await measureExport(run, { id: 'statistics.report', label: '统计报表: 导出 the month\'s 党建工作信息 (8 tables, 150 branches)', open: openMonth, once: () => excelExport(page, '导出', '党建工作信息') });
  await measureExport(run, {
    id: 'statistics.print',
    label: '统计报表: 打印全部报表 to PDF (8 tables, 150 branches)',
    open: openMonth,
    once: printViewExport(page, '打印全部报表', () => firstTable.waitFor({ timeout: EXPORT_LIMIT_MS })),
  });
  await measureExport(run, {
    id: 'statistics.year-end',
    label: `统计报表: 导出${run.year}年度党内统计年报 (cover and 8 tables, 150 branches)`,
    open: async (base) => {
      await openMonth(base);
      await page.getByText('按年', { exact: true }).click();
      await page.getByRole('heading', { name: new RegExp(`^党员队伍基本情况（截至${run.year}`) }).waitFor({ timeout: EXPORT_LIMIT_MS });
    },
    once: () => excelExport(page, '导出', '党内统计年报'),
    note: 'the current year: stocks on 12-31, while the year view counts them today',
  });
}

/** 考核 → 评分与排名 at the office holding the hospital: the quarter's and the year's 评分表 (排名, 流动红旗 or 星级), and 打印考核结果. */
export async function assessmentExports(run: ExportRun): Promise<void> {
  const { page } = run;
  const sheetShown = () => page.waitForFunction(() => [...document.querySelectorAll('button')].some((element) => element.textContent?.replace(/\s/g, '') === '导出Excel' && !element.disabled), undefined, { timeout: EXPORT_LIMIT_MS });
  const openQuarter = async (base: string) => {
    const opened = performance.now();
    await page.goto(`${base}index.html#/assessment`);
    await page.getByRole('button', { name: '导出 Excel' }).waitFor({ timeout: EXPORT_LIMIT_MS });
    await sheetShown();
    run.log(`考核 sheet shown after ${Math.round(performance.now() - opened)} ms`);
  };
  await measureExport(run, { id: 'assessment.quarter', label: '考核: 导出 Excel of the quarter (排名, 评分表, 计分依据, 流动红旗; 150 branches)', open: openQuarter, once: () => excelExport(page, '导出Excel') });
  await measureExport(run, {
    id: 'assessment.print',
    label: '考核: 打印考核结果 of the quarter to PDF (150 branches)',
    open: openQuarter,
    once: printViewExport(page, '打印考核结果', sheetShown),
  });
  await measureExport(run, {
    id: 'assessment.year',
    label: `考核: 导出 Excel of ${run.year}年度 (排名 with 星级; 150 branches)`,
    open: async (base) => {
      await openQuarter(base);
      await page.getByLabel('考核期间').click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: `${run.year}年度` }).click();
      await page.getByText(/星级门槛/).waitFor({ timeout: EXPORT_LIMIT_MS });
      await sheetShown();
    },
    once: () => excelExport(page, '导出Excel'),
  });
}

/**
 * 生成年度台账 of one branch-year of the hospital (the first branch, this year), to PDF. Bound on
 * that branch's PC holding the hospital's database: the office's binder is the same view over
 * the same reads by branch id (readBinderRecords), reached from 各支部, which lists branches
 * that arrived by package (the seeded hospital has none).
 */
export async function binderExports(run: ExportRun): Promise<void> {
  const { page } = run;
  const open = page.getByRole('button', { name: '生成年度台账' });
  await measureExport(run, {
    id: 'binder',
    label: `年度台账 of one branch-year (${run.year}) to PDF: read, laid out, numbered, printed`,
    open: async (base) => {
      await page.goto(`${base}index.html#/branch`);
      await open.waitFor({ timeout: EXPORT_LIMIT_MS });
    },
    once: async () => {
      const result = await pdfExport(page, '生成年度台账', () => page.getByText(/^台账已生成：共 \d+ 页/).waitFor({ timeout: EXPORT_LIMIT_MS }));
      await open.waitFor({ timeout: EXPORT_LIMIT_MS });
      return result;
    },
  });
}
