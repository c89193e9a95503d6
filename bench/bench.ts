import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { localToday } from '../renderer/src/core/today';
import { NATIONAL_RULE_SET } from '../shared/rules/rule-set';
import { createProfileDir, launchChromium } from '../test/e2e/support/chromium';
import { serveBuiltRenderer } from '../test/e2e/support/static-server';
import { bundleForBrowser, scriptPage } from '../test/support/browser-bundle';
import { DEFAULT_TODAY, generateDataset, SCALES, statRecordsOf } from '../test/support/generator';
import type { BenchApi } from './browser/bench-page';
import type { FrameStats } from './browser/frames';
import { atLeast, below, figure, markdownTable, type Figure } from './figures';
import { complianceOfAll, overviewOfAll } from './overview';
import { yearlyStatistics } from './statistics';
import { repeat, spread, timed, type Spread } from './stats';

/**
 * `npm run bench`: our code and the raw-IndexedDB baseline in one run, in Node where the
 * code is pure and in headless Chromium where it touches IndexedDB or the screen. Prints
 * a table and writes bench/results.json. Not part of npm test: figures depend on the machine.
 */

const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 3));
const LIST_ROWS = 10_000;
const BRANCHES_PER_TRANSACTION = 15;
const MB = 1024 * 1024;
const YEAR = Number(DEFAULT_TODAY.slice(0, 4));
const figures: Figure[] = [];
const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
const add = (item: Figure) => {
  figures.push(item);
  log(`${item.label}: median ${item.spread ? item.spread.median.toFixed(1) : '—'} ${item.unit}`);
};

function perSecond(records: number, msSpread: Spread): Spread {
  // The fastest run has the highest rate: min and max swap.
  return spread(msSpread.runs.map((ms) => (records * 1000) / ms));
}

async function nodeCompliance(): Promise<void> {
  for (const scale of ['hospital', 'city'] as const) {
    log(`Node: generating the ${scale} scale`);
    const data = generateDataset(SCALES[scale]);
    const [limit, limitText] = scale === 'hospital' ? [300, '< 300 ms'] : [2000, '< 2 s'];
    await complianceFigures('node', scale, SCALES[scale].branches, limit, limitText, {
      compliance: () => complianceOfAll(data, NATIONAL_RULE_SET, YEAR, DEFAULT_TODAY),
      overview: () => overviewOfAll(data, NATIONAL_RULE_SET, YEAR, DEFAULT_TODAY),
    });
  }
}

/** The hospital's yearly statistics (every table of 统计报表), from the records, not from kept counts. */
async function nodeStatistics(): Promise<void> {
  log('Node: generating the hospital scale for the statistics');
  const branches = generateDataset(SCALES.hospital).map(statRecordsOf);
  const measured = await repeat(Math.max(RUNS, 5), () => timed(() => yearlyStatistics(branches, NATIONAL_RULE_SET, YEAR, DEFAULT_TODAY)));
  add(figure({ id: 'node.statistics.hospital', label: 'yearly statistics, all tables, 150 branches (hospital, from the records)', unit: 'ms', where: 'node', spread: measured, target: '< 1 s' }, below(1000)));
}

async function complianceFigures(
  where: 'node' | 'chromium',
  scale: 'hospital' | 'city',
  branches: number,
  limit: number,
  limitText: string,
  run: { compliance: () => unknown | Promise<number>; overview: () => unknown | Promise<number> },
): Promise<void> {
  for (const kind of ['compliance', 'overview'] as const) {
    const body = run[kind];
    const measured = await repeat(Math.max(RUNS, 5), async () => {
      const result = where === 'chromium' ? await (body() as Promise<number>) : await timed(body);
      return result as number;
    });
    add(figure({ id: `${where}.${kind}.${scale}`, label: `${kind === 'compliance' ? 'compliance' : 'branch overview'}, ${branches} branches (${scale})`, unit: 'ms', where, spread: measured, target: limitText }, below(limit)));
  }
}

async function serve() {
  const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
  return serveBuiltRenderer({
    extraFiles: {
      '/bench.html': { body: scriptPage('benchmark', '<p>benchmark</p>', './bench-page.js'), contentType: 'text/html; charset=utf-8' },
      '/bench-page.js': { body: await bundleForBrowser(here('./browser/bench-page.ts')), contentType: 'text/javascript; charset=utf-8' },
      '/bench-frames.js': { body: await bundleForBrowser(here('./browser/frames-page.ts')), contentType: 'text/javascript; charset=utf-8' },
    },
  });
}

type Call = <K extends keyof BenchApi>(name: K, ...args: Parameters<BenchApi[K]>) => Promise<Awaited<ReturnType<BenchApi[K]>>>;

function caller(page: Page): Call {
  return (name, ...args) =>
    page.evaluate(([method, params]) => (window as unknown as { bench: Record<string, (...values: unknown[]) => unknown> }).bench[method as string]!(...(params as unknown[])), [name, args] as const) as never;
}

const PRECISE_HEAP = ['--enable-precise-memory-info', '--js-flags=--expose-gc'];

/** The write figures; returns the baseline's median records/s, which the sync figures compare with. */
async function writes(call: Call): Promise<number> {
  log('Chromium: generating the hospital scale in the page');
  const generated = await call('generate', 'hospital', DEFAULT_TODAY);
  log(`${generated.records} records, ${generated.meetings} meetings, generated in ${Math.round(generated.ms)} ms`);
  const baseline: number[] = [];
  const perBranch: number[] = [];
  const batched: number[] = [];
  const heapPeaks: number[] = [];
  // Interleaved, so that a busy spell of the machine hits all three alike.
  for (let run = 0; run < RUNS; run += 1) {
    baseline.push((await call('baselineWrite')).ms);
    const one = await call('ourWrite', 1);
    perBranch.push(one.ms);
    const many = await call('ourWrite', BRANCHES_PER_TRANSACTION);
    batched.push(many.ms);
    heapPeaks.push(Math.max(one.peakHeap, many.peakHeap) / MB);
    log(`run ${run + 1}: baseline ${Math.round(baseline[run]!)} ms, ours per branch ${Math.round(one.ms)} ms, ours batched ${Math.round(many.ms)} ms`);
  }
  const baselineRate = perSecond(generated.records, spread(baseline));
  const perBranchRate = perSecond(generated.records, spread(perBranch));
  const ourRate = perSecond(generated.records, spread(batched));
  const logicalRate = perSecond(generated.logicalRecords, spread(batched));
  add(figure({ id: 'chromium.baseline.hospital', label: `baseline: raw IndexedDB, 1 transaction, put per record (${generated.records} records)`, unit: 'records/s', where: 'chromium', spread: baselineRate }));
  add(figure({ id: 'chromium.write.hospital.per-branch', label: 'ours: hospital through LedgerDatabase, 1 transaction per branch', unit: 'records/s', where: 'chromium', spread: perBranchRate, ratio: perBranchRate.median / baselineRate.median, target: '≥ 0.8× baseline' }, () => perBranchRate.median >= 0.8 * baselineRate.median));
  add(figure({ id: 'chromium.write.hospital', label: `ours: hospital through LedgerDatabase, ${BRANCHES_PER_TRANSACTION} branches per transaction`, unit: 'records/s', where: 'chromium', spread: ourRate, ratio: ourRate.median / baselineRate.median, target: '≥ 0.8× baseline' }, () => ourRate.median >= 0.8 * baselineRate.median));
  add(figure({ id: 'chromium.write.hospital.logical', label: `ours in logical records (${generated.logicalRecords}: attendance, make-ups, notes and paid months counted one by one)`, unit: 'records/s', where: 'chromium', spread: logicalRate, ratio: logicalRate.median / baselineRate.median, target: 'several × baseline' }, () => logicalRate.median >= 2 * baselineRate.median));
  add(figure({ id: 'chromium.write.heap', label: 'peak JS heap while writing the hospital (records held in memory)', unit: 'MB', where: 'chromium', spread: spread(heapPeaks), note: 'includes the generated hospital held in the page' }));
  await complianceFigures('chromium', 'hospital', SCALES.hospital.branches, 300, '< 300 ms', {
    compliance: () => call('complianceMs', DEFAULT_TODAY),
    overview: () => call('overviewMs', DEFAULT_TODAY),
  });
  await call('release');
  log('Chromium: generating the city scale in the page (kept in memory, not stored)');
  await call('generate', 'city', DEFAULT_TODAY);
  await complianceFigures('chromium', 'city', SCALES.city.branches, 2000, '< 2 s', {
    compliance: () => call('complianceMs', DEFAULT_TODAY),
    overview: () => call('overviewMs', DEFAULT_TODAY),
  });
  await call('release');
  return baselineRate.median;
}

async function syncFigures(call: Call, baseline: number): Promise<void> {
  log('Chromium: 150 branch PCs, each enrolled, exporting its first package (one branch-year); then every package imported into the hospital');
  const result = await call('measureSync', DEFAULT_TODAY, RUNS);
  const perPackage = result.records / result.packages;
  const note = `${result.packages} packages, ${result.records} records, ${(result.bytes / MB).toFixed(1)} MB; a package holds ${Math.round(perPackage)} records on average`;
  const exportRate = perSecond(result.exportRecords, spread(result.exportMs));
  const exportMs = spread(result.exportMs);
  add(figure({ id: 'sync.export', label: `export of one branch-year package (${result.exportRecords} records)`, unit: 'ms', where: 'chromium', spread: exportMs, note: `${Math.round(exportRate.median)} records/s` }));
  const importMs = spread(result.importMs);
  add(figure({ id: 'sync.import.one', label: 'import of one branch-year package into the hospital (preview + apply; each of the packages)', unit: 'ms', where: 'chromium', spread: importMs, target: '< 1 s', note }, below(1000)));
  add(figure({ id: 'sync.reimport', label: 're-import of the same package (recognised as seen)', unit: 'ms', where: 'chromium', spread: spread(result.reimportMs), target: '< 50 ms' }, below(50)));
  const allRate = (result.records * 1000) / result.allImportMs;
  add(figure({ id: 'sync.import.all', label: `import of all ${result.packages} branch-year packages, one after another`, unit: 'records/s', where: 'chromium', spread: spread([allRate]), ratio: allRate / baseline, target: '≥ 0.8× baseline', note: `one run, ${Math.round(result.allImportMs / 1000)} s in all; baseline from the hospital write above` }, () => allRate >= 0.8 * baseline));
  add(figure({ id: 'sync.overview.first', label: `各支部 overview of the ${result.packages} imported branches, first view (each branch counted from its records)`, unit: 'ms', where: 'chromium', spread: spread([result.overviewFirstMs]), note: 'one run; made again for a branch only after a package of it is imported' }));
  add(figure({ id: 'sync.overview.kept', label: `各支部 overview of the ${result.packages} imported branches, from the kept counts`, unit: 'ms', where: 'chromium', spread: spread(result.overviewKeptMs), target: '< 300 ms' }, below(300)));
  add(figure({ id: 'sync.import.heap', label: 'peak JS heap while importing the packages', unit: 'MB', where: 'chromium', spread: spread([result.peakHeap / MB]), target: '< 300 MB', note: 'one run; the 150 packages\' bytes held in the page' }, below(300)));
}

async function coldStart(open: () => Promise<{ page: Page; close(): Promise<void> }>, appUrl: string, label: string, id: string, ready: (page: Page) => Promise<void>): Promise<void> {
  const runs: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const { page, close } = await open();
    const started = performance.now();
    await page.goto(`${appUrl}index.html#/home`);
    await ready(page);
    runs.push(performance.now() - started);
    await close();
  }
  add(figure({ id, label, unit: 'ms', where: 'chromium', spread: spread(runs), target: '< 1.5 s' }, below(1500)));
}

async function scrollList(page: Page, appUrl: string, route: string, countText: string, label: string, id: string): Promise<void> {
  await page.goto(`${appUrl}index.html#/${route}`);
  await page.getByText(countText).waitFor({ timeout: 120_000 });
  await page.addScriptTag({ url: `${appUrl}bench-frames.js` });
  const body = page.locator('.ant-table-tbody-virtual-holder, .ant-table-body').first();
  const box = (await body.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const results: FrameStats[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    await body.evaluate((element) => element.scrollTo(0, 0));
    await page.evaluate(() => (window as unknown as { benchFrames: { startFrames(): void } }).benchFrames.startFrames());
    for (let step = 0; step < 90; step += 1) {
      await page.mouse.wheel(0, 240);
      await page.waitForTimeout(16);
    }
    results.push(await page.evaluate(() => (window as unknown as { benchFrames: { stopFrames(): FrameStats } }).benchFrames.stopFrames()));
  }
  const rows = Math.max(...results.map((result) => result.renderedRows));
  const scrolled = Math.min(...results.map((result) => result.scrollTop));
  const note = `${rows} rows in the DOM (of ${LIST_ROWS}); scrolled ${Math.round(scrolled)} px; worst frame ${Math.round(Math.max(...results.map((result) => result.worstMs)))} ms`;
  add(figure({ id: `${id}.fps`, label: `${label}: frames per second while scrolling`, unit: 'fps', where: 'chromium', spread: spread(results.map((result) => result.fps)), target: '60 fps (virtualised)', note }, atLeast(55)));
  add(figure({ id: `${id}.p95`, label: `${label}: 95th percentile frame time`, unit: 'ms', where: 'chromium', spread: spread(results.map((result) => result.p95Ms)), note }));
}

async function browser(): Promise<void> {
  const server = await serve();
  const profile = await createProfileDir();
  let context: BrowserContext | undefined;
  const open = async () => {
    context = await launchChromium(profile.dir, PRECISE_HEAP);
    const page = context.pages()[0] ?? (await context.newPage());
    return { page, close: () => context!.close() };
  };
  try {
    const { page, close } = await open();
    await page.goto(`${server.url}bench.html`);
    const call = caller(page);
    const baseline = await writes(call);

    log('Chromium: storing the hospital scale in the app database, streamed branch by branch');
    const seeded = await call('seedApp', 'hospital', DEFAULT_TODAY, 'central');
    const streamed = `storing the hospital streamed (${seeded.records} records, ${Math.round(seeded.ms / 1000)} s)`;
    add(figure({ id: 'chromium.seed.heap', label: `peak JS heap in use ${streamed}`, unit: 'MB', where: 'chromium', spread: spread([seeded.peakHeap / MB]), target: '< 300 MB', note: 'one run; uncollected garbage included' }, below(300)));
    add(figure({ id: 'chromium.seed.heap.retained', label: `peak JS heap retained (after full GC every 10 branches) ${streamed}`, unit: 'MB', where: 'chromium', spread: spread([seeded.retainedHeap / MB]), target: '< 300 MB', note: 'one run; what the import holds on to' }, below(300)));
    add(figure({ id: 'chromium.stored-overview.hospital', label: 'branch overview, 150 branches read from IndexedDB first', unit: 'ms', where: 'chromium', spread: await repeat(RUNS, () => call('storedOverviewMs', DEFAULT_TODAY)), target: '< 300 ms' }, below(300)));
    await close();

    const heading = (page: Page) => page.getByRole('heading', { name: /^欢迎，/ }).waitFor({ timeout: 60_000 });
    await coldStart(open, server.url, 'cold start to 首页, central office holding the hospital', 'chromium.cold-start.central', heading);
    {
      const { page: syncPage, close: closeSync } = await open();
      await syncPage.goto(`${server.url}bench.html`);
      await syncFigures(caller(syncPage), baseline);
      await closeSync();
    }
    {
      const { page: rolePage, close: closeRole } = await open();
      await rolePage.goto(`${server.url}bench.html`);
      await caller(rolePage)('setRole', 'branch');
      await closeRole();
    }
    await coldStart(open, server.url, 'cold start to 首页 with its to-do list, branch PC in the hospital database', 'chromium.cold-start.branch', async (page) => {
      await heading(page);
      await page.getByText(/待办与提醒（\d+）/).waitFor({ timeout: 60_000 });
    });

    const lists = await open();
    await lists.page.goto(`${server.url}bench.html`);
    log(`Chromium: one branch with ${LIST_ROWS} members and ${LIST_ROWS} meetings`);
    await caller(lists.page)('seedLists', localToday(), LIST_ROWS);
    await scrollList(lists.page, server.url, 'members', `共 ${LIST_ROWS} 人`, `roster, ${LIST_ROWS} rows`, 'chromium.scroll.roster');
    await scrollList(lists.page, server.url, 'meetings', `共 ${LIST_ROWS} 条`, `meeting list, ${LIST_ROWS} rows`, 'chromium.scroll.meetings');
    await lists.close();
  } finally {
    await context?.close().catch(() => undefined);
    await profile.remove();
    await server.close();
  }
}

const started = performance.now();
log(`${RUNS} runs each; ${os.cpus().length} CPUs, load ${os.loadavg().map((value) => value.toFixed(1)).join(' ')}`);
await nodeCompliance();
await nodeStatistics();
await browser();
const table = markdownTable(figures);
console.log(`\n${table}\n`);
const out = fileURLToPath(new URL('./results.json', import.meta.url));
mkdirSync(fileURLToPath(new URL('.', import.meta.url)), { recursive: true });
writeFileSync(
  out,
  `${JSON.stringify({ finishedAt: new Date().toISOString(), minutes: (performance.now() - started) / 60_000, runs: RUNS, machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, loadAverage: os.loadavg(), node: process.version }, figures, table }, null, 2)}\n`,
);
log(`wrote ${out} after ${((performance.now() - started) / 60_000).toFixed(1)} min`);
