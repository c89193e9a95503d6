import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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
import { assessmentExports, binderExports, statisticsExports, type ExportRun } from './exports';
import { visitArea } from './area-visit';
import { folderImportAb } from './folder-import-ab';
import { pageProfile, pageThreadMs } from './cpu-time';
import { interleaved } from './interleave';
import { meetingSaveRounds } from './meeting-save';
import { complianceOfAll, overviewOfAll } from './overview';
import { yearlyStatistics } from './statistics';
import { repeat, spread, timed, type Spread } from './stats';

/**
 * `npm run bench`: our code and the raw-IndexedDB baseline in one run, in Node where the
 * code is pure and in headless Chromium where it touches IndexedDB or the screen. Prints
 * a table and writes bench/results.json. Not part of npm test: figures depend on the machine.
 */

const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 3));
/**
 * BENCH_PARTS=sync,areas runs only those parts (each sets up what it needs), for measuring
 * one thing on a busy machine; the default is every part, in this order.
 */
const PARTS = ['node', 'writes', 'cold-start', 'areas', 'exports', 'sync', 'city', 'lists', 'meeting-save'] as const;
const CHOSEN = new Set((process.env.BENCH_PARTS ?? PARTS.join(',')).split(',').map((name) => name.trim()));
for (const name of CHOSEN) if (!(PARTS as readonly string[]).includes(name)) throw new Error(`BENCH_PARTS: unknown part ${name} (parts: ${PARTS.join(', ')})`);
const part = (name: (typeof PARTS)[number]) => CHOSEN.has(name);
/**
 * Rounds of cold starts: more than the other figures' runs, because a cold start is short and
 * a shared machine's load moves within a minute; a multiple of 2 and 3, so that each page of
 * a round (the minimal page, the app, a compared build) comes first as often as the others.
 */
const COLD_RUNS = Math.max(6, Math.ceil(RUNS / 6) * 6);
/**
 * BENCH_COMPARE=<folder of another renderer build (dist/renderer)>: served at /compare/ (same
 * origin, so the same database) and timed in the same rounds as this build by the parts that
 * compare builds (cold-start, areas, city's areas, meeting-save, exports, sync's folder import), for A/B. The other build must open this build's
 * database version: compare across a schema change with a fresh profile per build instead.
 * With part `sync`, the folder import of the other build's source tree (two folders above its
 * dist/renderer, with node_modules) is run in the same rounds as this tree's and a raw-IndexedDB
 * baseline (folder-import-ab.ts), each in a Chromium of its own; BENCH_AB_BRANCHES (40),
 * BENCH_AB_MEMBERS (people in all, 20 a branch), BENCH_AB_EXTRA_PEERS (keys of earlier branches
 * trusted, 0), BENCH_AB_PROFILE (a folder for a CPU profile of each of this tree's imports; the
 * profiled tree ran about 1.6× faster in wall time than the same code unprofiled at load 15-18,
 * so compare rates only from runs without it).
 */
const COMPARE = process.env.BENCH_COMPARE;
/** Packages of the hospital imported one by one (a single file each), before the rest goes by folder. */
const SERIAL_PACKAGES = 30;
/** Packages in a folder: previewed together, applied in grouped transactions (import-groups.ts). */
const FOLDER_PACKAGES = 40;
/** The city's branches brought in by the bench: a tenth of the 2,000, so that the whole run stays near 15 minutes (import time grows linearly). */
const CITY_BRANCHES = Number(process.env.BENCH_CITY_BRANCHES ?? 200);
const CITY_FOLDER = 50;
/** BENCH_AREAS=考核,统计报表 visits only those areas (menu labels) in the areas part; the default is every area. */
const AREAS = process.env.BENCH_AREAS ? new Set(process.env.BENCH_AREAS.split(',').map((name) => name.trim())) : undefined;
/**
 * BENCH_AREAS_AT=branch (or central) visits the areas part's areas only on that kind of PC: the
 * branch PC alone skips storing the hospital and the office's visits (minutes), which it does not use.
 */
const AREAS_AT = process.env.BENCH_AREAS_AT;
if (AREAS_AT !== undefined && AREAS_AT !== 'branch' && AREAS_AT !== 'central') throw new Error(`BENCH_AREAS_AT: branch or central, not ${AREAS_AT}`);
const areasAt = (where: 'branch' | 'central') => part('areas') && (AREAS_AT === undefined || AREAS_AT === where);
/** How long an area may take to be ready before it is reported as never ready. */
const VISIT_LIMIT_MS = 30_000;
/** The branch PC of item 5: five years of a 60-member branch. */
const BRANCH_PC = { members: 60, years: 5 };
const LIST_ROWS = 10_000;
/** Members of the branch whose 支部党员大会 is saved: about 110 of them are expected (full and probationary). */
const MEETING_SAVE_MEMBERS = 130;
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
      '/bench-minimal.html': { body: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>minimal</title></head><body><div id="root"></div><script src="./bench-minimal.js"></script></body></html>`, contentType: 'text/html; charset=utf-8' },
      '/bench-minimal.js': { body: await bundleForBrowser(here('./browser/minimal-page.tsx'), { production: true }), contentType: 'text/javascript; charset=utf-8' },
      '/bench-frames.js': { body: await bundleForBrowser(here('./browser/frames-page.ts')), contentType: 'text/javascript; charset=utf-8' },
    },
    mounts: COMPARE ? { '/compare/': COMPARE } : {},
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

/** The hospital's year of packages: the first ones one by one (a single file), the rest by folder in grouped transactions. */
async function syncFigures(call: Call, baseline: number): Promise<void> {
  log(`Chromium: ${SCALES.hospital.branches} branch PCs, each enrolled, exporting its first package (one branch-year); the first ${SERIAL_PACKAGES} imported one by one into the hospital, the rest by folder`);
  const spec = { branches: SCALES.hospital.branches, members: SCALES.hospital.members, years: 1 };
  const result = await call('measureSync', DEFAULT_TODAY, RUNS, { spec, serial: SERIAL_PACKAGES, folder: FOLDER_PACKAGES });
  const note = `${result.packages} packages, ${result.records} records, ${(result.bytes / MB).toFixed(1)} MB; a package holds ${Math.round(result.records / result.packages)} records on average`;
  const exportRate = perSecond(result.exportRecords, spread(result.exportMs));
  add(figure({ id: 'sync.export', label: `export of one branch-year package (${result.exportRecords} records)`, unit: 'ms', where: 'chromium', spread: spread(result.exportMs), note: `${Math.round(exportRate.median)} records/s` }));
  add(figure({ id: 'sync.import.one', label: `import of one branch-year package into the hospital (preview + apply; each of the first ${result.importMs.length})`, unit: 'ms', where: 'chromium', spread: spread(result.importMs), target: '< 1 s', note }, below(1000)));
  add(figure({ id: 'sync.reimport', label: 're-import of the same package (recognised as seen)', unit: 'ms', where: 'chromium', spread: spread(result.reimportMs), target: '< 50 ms' }, below(50)));
  const serialRate = (result.serialRecords * 1000) / result.importMs.reduce((sum, ms) => sum + ms, 0);
  add(figure({ id: 'sync.import.serial', label: `import of ${result.importMs.length} packages one after another, one transaction each`, unit: 'records/s', where: 'chromium', spread: spread([serialRate]), ratio: serialRate / baseline, note: 'one run; the way a single file is imported' }));
  const allRate = (result.groupedRecords * 1000) / result.groupedMs;
  add(figure({ id: 'sync.import.all', label: `import of ${result.groupedPackages} branch-year packages by folder (${FOLDER_PACKAGES} a folder: all previewed, then applied in grouped transactions)`, unit: 'records/s', where: 'chromium', spread: spread([allRate]), ratio: allRate / baseline, target: '≥ 1.0× baseline', note: `one run, ${Math.round(result.groupedMs / 1000)} s in all (${splitOf(result)}); ${(allRate / serialRate).toFixed(2)}× the one-by-one rate above; the kept counts made inside` }, () => allRate >= baseline));
  overviewFigures('sync', `the ${result.packages} imported branches`, result);
  add(figure({ id: 'sync.import.heap', label: 'peak JS heap while importing the packages', unit: 'MB', where: 'chromium', spread: spread([result.peakHeap / MB]), target: '< 300 MB', note: `one run; a folder of ${FOLDER_PACKAGES} packages held at a time` }, below(300)));
}

/** Where a folder import's time went: the previews and the grouped applies. */
function splitOf(result: { groupedPreviewMs: number; groupedApplyMs: number }): string {
  return `previews ${(result.groupedPreviewMs / 1000).toFixed(1)} s, applies ${(result.groupedApplyMs / 1000).toFixed(1)} s`;
}

/**
 * BENCH_COMPARE with part `sync`: the folder import of this tree and the compared build's tree
 * interleaved with the baseline, round by round (folder-import-ab.ts), instead of the hospital's
 * packages (run `sync` without BENCH_COMPARE for those).
 */
async function syncCompare(compare: string): Promise<void> {
  const branches = Number(process.env.BENCH_AB_BRANCHES ?? 40);
  const result = await folderImportAb([fileURLToPath(new URL('..', import.meta.url)), path.resolve(compare, '..', '..')], {
    rounds: Math.max(RUNS, 4),
    branches,
    members: Number(process.env.BENCH_AB_MEMBERS ?? branches * 20),
    extraPeers: Number(process.env.BENCH_AB_EXTRA_PEERS ?? 0),
    profileDir: process.env.BENCH_AB_PROFILE,
    log,
  });
  const loads = spread(result.loads);
  add(figure({ id: 'chromium.baseline.folder', label: `baseline: raw IndexedDB, the same branches' rows, 1 transaction, put per record (in the same rounds)`, unit: 'records/s', where: 'chromium', spread: result.baseline, note: `Chromium CPU ${(result.baselineCpuMs.median / 1000).toFixed(1)} s` }));
  for (const [index, tree] of result.trees.entries()) {
    const id = index === 0 ? 'sync.import.all' : 'sync.import.all.compare';
    const label = `import of a folder of ${branches} branch-year packages, from the files to the last written (${tree.flow})${index === 0 ? '' : `, ${tree.label}`}`;
    const note = `interleaved with the baseline and the other build, load ${loads.min.toFixed(0)}–${loads.max.toFixed(0)}; ${tree.previewMs.median > 0 ? `previews ${(tree.previewMs.median / 1000).toFixed(1)} s, applies ${(tree.applyMs.median / 1000).toFixed(1)} s; ` : ''}Chromium CPU ${(tree.cpuMs.median / 1000).toFixed(1)} s against the baseline's ${(result.baselineCpuMs.median / 1000).toFixed(1)} s`;
    add(figure({ id, label, unit: 'records/s', where: 'chromium', spread: tree.rates, ratio: tree.rates.median / result.baseline.median, target: '≥ 1.0× baseline', note }, () => tree.rates.median >= result.baseline.median));
  }
}

function overviewFigures(prefix: string, what: string, result: { overviewFirstMs: number; overviewKeptMs: number[]; overviewRecountMs: number }): void {
  add(figure({ id: `${prefix}.overview.first`, label: `各支部 overview of ${what}, first view after the import (counts made by the import)`, unit: 'ms', where: 'chromium', spread: spread([result.overviewFirstMs]), target: '< 300 ms', note: 'one run; today\'s dues standing made here' }, below(300)));
  add(figure({ id: `${prefix}.overview.kept`, label: `各支部 overview of ${what}, later views`, unit: 'ms', where: 'chromium', spread: spread(result.overviewKeptMs), target: '< 300 ms' }, below(300)));
  add(figure({ id: `${prefix}.overview.recount`, label: `各支部 overview of ${what}, kept counts lost (every branch counted from its records)`, unit: 'ms', where: 'chromium', spread: spread([result.overviewRecountMs]), note: 'one run; what a view costs without the counts the import makes' }));
}

/** Item 4: the city arrives by package into an empty central office, a folder at a time; CITY_BRANCHES of the 2,000 branches. */
async function cityFigures(call: Call, baseline: number): Promise<void> {
  const share = CITY_BRANCHES / SCALES.city.branches;
  const spec = { branches: CITY_BRANCHES, members: Math.round(SCALES.city.members * share), years: SCALES.city.years };
  log(`Chromium: the city, ${spec.branches} branches and ${spec.members} members (of ${SCALES.city.branches} and ${SCALES.city.members}), one year, through the importer into an empty central office`);
  // On the machine's day, which the app's screens then use: the office imports and views on one day, as a
  // user does (the packages made on the bench's own day left the import's dues standing a day apart from
  // the visits, so the first 各支部 visit made it again; round 7 of docs/performance.md).
  const today = localToday();
  await call('emptyCentral', today);
  const result = await call('measureSync', today, RUNS, { spec, serial: 0, folder: CITY_FOLDER });
  const rate = (result.groupedRecords * 1000) / result.groupedMs;
  const scaleNote = `${spec.branches} of ${SCALES.city.branches} branches; the whole city's import takes about ${(SCALES.city.branches / spec.branches).toFixed(1)}× as long at the same rate`;
  add(figure({ id: 'city.import.all', label: `the city by folder: ${result.packages} branch-year packages, ${result.records} records, into an empty central office`, unit: 'records/s', where: 'chromium', spread: spread([rate]), ratio: rate / baseline, target: '≥ 1.0× baseline', note: `one run, ${Math.round(result.groupedMs / 1000)} s (${splitOf(result)}); ${scaleNote}` }, () => rate >= baseline));
  add(figure({ id: 'city.import.heap', label: 'peak JS heap while importing the city', unit: 'MB', where: 'chromium', spread: spread([result.peakHeap / MB]), target: '< 300 MB', note: `one run; a folder of ${CITY_FOLDER} packages held at a time, so it does not grow with the branches` }, below(300)));
  overviewFigures('city', `${result.packages} branches of the city`, result);
}

type Open = () => Promise<{ page: Page; close(): Promise<void> }>;

/** A page whose cold start is timed: from page.goto to what `ready` waits for. */
interface ColdPage {
  url: string;
  ready: (page: Page) => Promise<void>;
}

/**
 * Cold starts of several pages, interleaved (`interleaved`): each round opens every page once,
 * on a fresh Chromium process on the profile, so the pages also share the disk cache and the
 * profile.
 */
async function interleavedColdStarts(open: Open, pages: readonly ColdPage[]): Promise<{ runs: Spread; marks: Record<string, number>[] }[]> {
  const starts = await interleaved(COLD_RUNS, pages.length, async (index) => {
    const { page, close } = await open();
    const started = performance.now();
    await page.goto(pages[index]!.url);
    await pages[index]!.ready(page);
    const ms = performance.now() - started;
    const marks = await page.evaluate(startupMarks);
    await close();
    return { ms, marks };
  });
  return starts.map((runs) => ({ runs: spread(runs.map((run) => run.ms)), marks: runs.map((run) => run.marks) }));
}

/** What the first screen waited for, in ms since navigation start (performance marks and the navigation entry). */
function startupMarks(): Record<string, number> {
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((entry) => entry.name.endsWith('.js'));
  const result: Record<string, number> = {
    scripts: scripts.length,
    scriptKB: Math.round(scripts.reduce((sum, entry) => sum + (entry.decodedBodySize || 0), 0) / 1024),
    scriptsLoaded: Math.round(Math.max(0, ...scripts.map((entry) => entry.responseEnd))),
    domContentLoaded: Math.round(navigation?.domContentLoadedEventEnd ?? 0),
  };
  for (const mark of performance.getEntriesByType('mark')) result[mark.name] = Math.round(mark.startTime);
  return result;
}

function medianMarks(marks: readonly Record<string, number>[]): string {
  const names = [...new Set(marks.flatMap((entry) => Object.keys(entry)))];
  return names.map((name) => `${name} ${Math.round(spread(marks.map((entry) => entry[name] ?? Number.NaN)).median)}`).join(', ');
}

/**
 * The app's cold start to 首页 against the minimal page (React + antd, one table) in the same
 * minutes, interleaved run by run (`interleavedColdStarts`); with BENCH_COMPARE, another build
 * served beside this one (same origin, same database) joins the rounds, for A/B.
 */
async function coldStart(open: Open, appUrl: string, where: 'central' | 'branch', label: string, ready: (page: Page) => Promise<void>): Promise<void> {
  const minimalPage: ColdPage = { url: `${appUrl}bench-minimal.html`, ready: (page) => page.getByRole('cell', { name: '党员1', exact: true }).waitFor({ timeout: 60_000 }) };
  const pages = [minimalPage, { url: `${appUrl}index.html#/home`, ready }, ...(COMPARE ? [{ url: `${appUrl}compare/index.html#/home`, ready }] : [])];
  log(`Chromium: cold starts, ${where === 'central' ? 'central office' : 'branch PC'}: the minimal page and the app${COMPARE ? ' and the compared build' : ''} interleaved, ${COLD_RUNS} rounds`);
  const [minimal, app, compared] = await interleavedColdStarts(open, pages);
  const baselineId = where === 'central' ? 'chromium.cold-start.minimal' : 'chromium.cold-start.minimal.branch';
  add(figure({ id: baselineId, label: `cold start of a minimal page (React + antd, one table): the baseline, interleaved with the ${where === 'central' ? 'office' : 'branch PC'}'s`, unit: 'ms', where: 'chromium', spread: minimal!.runs, note: medianMarks(minimal!.marks) }));
  const target = '≤ 1.5× the minimal page; < 1 s idle';
  for (const [id, measured, what] of [[`chromium.cold-start.${where}`, app!, label], ...(compared ? [[`chromium.cold-start.${where}.compare`, compared, `${label}, the compared build (BENCH_COMPARE)`] as const] : [])] as const) {
    const ratio = measured.runs.median / minimal!.runs.median;
    add(figure({ id, label: what, unit: 'ms', where: 'chromium', spread: measured.runs, ratio, target, note: `ms since navigation: ${medianMarks(measured.marks)}` }, () => ratio <= 1.5));
  }
}

/** One build's visits of the areas: by menu label, the first visit's, the later visit's and its page-thread CPU. */
interface AreaRuns {
  first: Map<string, number[]>;
  second: Map<string, number[]>;
  /** Until a screen showing its figures' progress (FiguresProgress) has them all: the same as the visit otherwise. */
  complete: Map<string, number[]>;
  /** The later visit's CPU on the page's thread (Chromium's ThreadTime), which other people's load inflates much less than the time. */
  thread: Map<string, number[]>;
  /** The same for the first visit (its code parsed and run, its data read and rendered). */
  firstThread: Map<string, number[]>;
}

const pushTo = (map: Map<string, number[]>, key: string, value: number) => (map.get(key) ?? map.set(key, []).get(key)!).push(value);

/**
 * Item 5: each area opened from the menu as a user does, on a fresh process: the first visit
 * (its code and data loaded), back to 首页, then the second visit. Ready when the header names
 * the area and its content has no skeleton or spinner left. With BENCH_COMPARE the compared build
 * (same origin, same database) is visited in the same rounds (`interleaved`), each round a fresh
 * process per build, reported under the same ids with `.compare`; BENCH_PROFILE=dir writes a CPU
 * profile of each first and later visit and logs where the page's thread spent it; BENCH_SHOTS=dir
 * a screenshot of each first visit.
 */
async function areaVisits(open: Open, appUrl: string, where: 'branch' | 'central', scale: string): Promise<void> {
  const builds = [appUrl, ...(COMPARE ? [`${appUrl}compare/`] : [])];
  const runs = builds.map((): AreaRuns => ({ first: new Map(), second: new Map(), complete: new Map(), thread: new Map(), firstThread: new Map() }));
  const withProgress = new Set<string>();
  const paths = new Map<string, string>();
  const loads: number[] = [];
  // An area not ready within the limit is not visited again: one such wait per area, not one per visit.
  const stuck = new Set<string>();
  const profiles = process.env.BENCH_PROFILE;
  if (profiles) mkdirSync(profiles, { recursive: true });
  // BENCH_SHOTS=dir: a screenshot of each first visit as it was when timed ready, to look at what was timed.
  const shots = process.env.BENCH_SHOTS;
  if (shots) mkdirSync(shots, { recursive: true });
  await interleaved(RUNS, builds.length, async (entry, round) => {
    const measured = runs[entry]!;
    const { page, close } = await open();
    const session = await page.context().newCDPSession(page);
    await session.send('Performance.enable');
    loads.push(os.loadavg()[0]!);
    await page.goto(`${builds[entry]}index.html#/home`);
    await visitArea(page, '首页', false, VISIT_LIMIT_MS);
    // The areas as the menu lists them for this kind of PC.
    const labels = (await page.getByRole('menu', { name: '主导航' }).getByRole('menuitem').allTextContents()).map((text) => text.trim()).filter((text) => text !== '首页');
    const profiled = async <T>(label: string, body: () => Promise<T>): Promise<T> => {
      const profile = profiles ? pageProfile(session, profiles, `${where}-${entry === 0 ? 'this' : 'compare'}-${label}-r${round}`) : undefined;
      await profile?.start();
      const result = await body();
      if (profile) log(await profile.stop());
      return result;
    };
    for (const label of labels) {
      if (stuck.has(label) || (AREAS && !AREAS.has(label))) continue;
      const beforeFirst = await pageThreadMs(session);
      const visit = await profiled(`${label}-first`, () => visitArea(page, label, true, VISIT_LIMIT_MS));
      pushTo(measured.firstThread, label, (await pageThreadMs(session)) - beforeFirst);
      paths.set(label, visit.path);
      pushTo(measured.first, label, visit.ms);
      pushTo(measured.complete, label, visit.completeMs);
      if (visit.progressShown) withProgress.add(label);
      if (shots) await page.screenshot({ path: `${shots}/${where}-${entry === 0 ? 'this' : 'compare'}-${label}-first-r${round}.png` });
      await visitArea(page, '首页', true, VISIT_LIMIT_MS);
      const before = await pageThreadMs(session);
      const again = Number.isFinite(visit.ms) ? (await profiled(`${label}-later`, () => visitArea(page, label, true, VISIT_LIMIT_MS))).ms : Number.POSITIVE_INFINITY;
      pushTo(measured.thread, label, (await pageThreadMs(session)) - before);
      pushTo(measured.second, label, again);
      if (!Number.isFinite(again)) {
        stuck.add(label);
        log(`${label} not ready within ${VISIT_LIMIT_MS / 1000} s (${scale}); not visited again`);
      }
      await visitArea(page, '首页', true, VISIT_LIMIT_MS);
    }
    await close();
    if (COMPARE) log(`round ${round + 1}, ${entry === 0 ? 'this build' : 'the compared build'}: load ${loads.at(-1)!.toFixed(1)} at its start`);
  });
  const loadNote = `load ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} at the rounds' starts`;
  for (const [entry, measured] of runs.entries()) {
    const suffix = entry === 0 ? '' : '.compare';
    const whose = entry === 0 ? '' : ', the compared build (BENCH_COMPARE)';
    for (const [label, firstRuns] of measured.first) {
      const id = `chromium.area.${where}.${paths.get(label)}`;
      for (const [kind, values, target, limit] of [['first', firstRuns, '< 1 s', 1000], ['second', measured.second.get(label)!, '< 300 ms', 300]] as const) {
        // An area whose skeleton or spinner never went away is reported as such, not timed.
        const neverReady = values.some((ms) => !Number.isFinite(ms));
        const what = kind === 'first' ? 'first visit' : 'a later visit';
        const cpu = `; page-thread CPU median ${Math.round(spread((kind === 'second' ? measured.thread : measured.firstThread).get(label)!).median)} ms`;
        const note = neverReady ? `not ready within ${VISIT_LIMIT_MS / 1000} s in a run: a skeleton or spinner stayed` : `${loadNote}${cpu}`;
        add(figure({ id: `${id}.${kind}${suffix}`, label: `${label}, ${what} (${scale})${whose}`, unit: 'ms', where: 'chromium', spread: neverReady ? null : spread(values), target, note }, below(limit)));
      }
      // A first visit that showed its figures' progress: how long until they were all made.
      const done = measured.complete.get(label)!.filter(Number.isFinite);
      if (withProgress.has(label) && done.length > 0)
        add(figure({ id: `${id}.complete${suffix}`, label: `${label}, first visit until the progress shown is done, every branch's figures made (${scale})${whose}`, unit: 'ms', where: 'chromium', spread: spread(done), note: 'the screen is shown with its progress at the first visit\'s time' }));
    }
  }
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

/**
 * Saving a meeting on screen (bench/meeting-save.ts), RUNS saves in one process; with
 * BENCH_COMPARE the compared build's saves interleaved with this build's, save by save.
 * The note gives the CPU the saves used, which a loaded machine inflates much less than the time.
 */
async function meetingSaves(open: Open, appUrl: string, profileDir: string): Promise<void> {
  const saving = await open();
  await saving.page.goto(`${appUrl}bench.html`);
  log(`Chromium: one branch with ${MEETING_SAVE_MEMBERS} members, a 支部党员大会 saved on screen${COMPARE ? ', this build and the compared one in turn' : ''}`);
  await caller(saving.page)('seedLists', localToday(), MEETING_SAVE_MEMBERS);
  const builds = [appUrl, ...(COMPARE ? [`${appUrl}compare/`] : [])];
  const results = await meetingSaveRounds(saving.page, builds, RUNS, { profileDir, cpuProfiles: process.env.BENCH_PROFILE, log });
  await saving.close();
  for (const [index, result] of results.entries()) {
    const id = index === 0 ? 'chromium.meeting-save' : 'chromium.meeting-save.compare';
    const note = `timed in the page, click to the painted record; by Playwright's polling waits (the measure before round 6) median ${Math.round(result.polled.median)} ms; CPU medians: page thread ${Math.round(result.pageThread.median)} ms, all Chromium ${Math.round(result.chromium.median)} ms`;
    const label = `saving a meeting on screen, ${result.attendees} attendees (click 保存会议记录 to the record shown)${index === 0 ? '' : ', the compared build (BENCH_COMPARE)'}`;
    add(figure({ id, label, unit: 'ms', where: 'chromium', spread: result.saves, target: '< 300 ms', note }, below(300)));
  }
}

async function browser(): Promise<void> {
  const server = await serve();
  const profile = await createProfileDir();
  let context: BrowserContext | undefined;
  const open: Open = async () => {
    context = await launchChromium(profile.dir, PRECISE_HEAP);
    const page = context.pages()[0] ?? (await context.newPage());
    return { page, close: () => context!.close() };
  };
  /** A bench page on a fresh process, for one part's calls. */
  async function withBenchPage<T>(body: (call: Call) => Promise<T>): Promise<T> {
    const { page, close } = await open();
    try {
      await page.goto(`${server.url}bench.html`);
      return await body(caller(page));
    } finally {
      await close();
    }
  }
  /**
   * BENCH_BASELINE_RATE=<records/s>: the per-record baseline taken from an earlier run instead of
   * measured again (minutes on a loaded machine), for runs that are after the city's screens, not
   * its import's ratio; the import's ratio is then to that figure.
   */
  let baseline: number | undefined = process.env.BENCH_BASELINE_RATE ? Number(process.env.BENCH_BASELINE_RATE) : undefined;
  /** The per-record baseline the import rates are compared with: from the write part, or measured alone when that part is not run. */
  const baselineRate = async () =>
    (baseline ??= await withBenchPage(async (call) => {
      log('Chromium: the raw IndexedDB baseline alone (the write part is not run)');
      const generated = await call('generate', 'hospital', DEFAULT_TODAY);
      const rate = perSecond(generated.records, await repeat(RUNS, async () => (await call('baselineWrite')).ms));
      add(figure({ id: 'chromium.baseline.hospital', label: `baseline: raw IndexedDB, 1 transaction, put per record (${generated.records} records)`, unit: 'records/s', where: 'chromium', spread: rate }));
      return rate.median;
    }));
  let hospitalStored = false;
  const storeHospital = async () => {
    if (hospitalStored) return;
    hospitalStored = true;
    await withBenchPage(async (call) => {
      log('Chromium: storing the hospital scale in the app database, streamed branch by branch');
      const seeded = await call('seedApp', 'hospital', DEFAULT_TODAY, 'central');
      const streamed = `storing the hospital streamed (${seeded.records} records, ${Math.round(seeded.ms / 1000)} s)`;
      add(figure({ id: 'chromium.seed.heap', label: `peak JS heap in use ${streamed}`, unit: 'MB', where: 'chromium', spread: spread([seeded.peakHeap / MB]), target: '< 300 MB', note: 'one run; uncollected garbage included' }, below(300)));
      add(figure({ id: 'chromium.seed.heap.retained', label: `peak JS heap retained (after full GC every 10 branches) ${streamed}`, unit: 'MB', where: 'chromium', spread: spread([seeded.retainedHeap / MB]), target: '< 300 MB', note: 'one run; what the import holds on to' }, below(300)));
      // The recount from the kept meeting facts (round 7), interleaved in the same minutes with the read of whole meetings it replaced.
      const [fromFacts, fromMeetings] = await interleaved(RUNS, 2, (entry) => call(entry === 0 ? 'storedOverviewMs' : 'storedOverviewFromMeetingsMs', DEFAULT_TODAY));
      const note = `read of whole meetings in the same rounds: median ${Math.round(spread(fromMeetings!).median)} ms`;
      add(figure({ id: 'chromium.stored-overview.hospital', label: 'branch overview (the recount), 150 branches\' rosters and kept meeting facts read from IndexedDB first', unit: 'ms', where: 'chromium', spread: spread(fromFacts!), target: '< 1 s', note }, below(1000)));
      add(figure({ id: 'chromium.stored-overview.hospital.meetings', label: 'the same from every branch\'s meetings read whole (before round 7)', unit: 'ms', where: 'chromium', spread: spread(fromMeetings!) }));
    });
  };
  const heading = (page: Page) => page.getByRole('heading', { name: /^欢迎，/ }).waitFor({ timeout: 60_000 });
  const setRole = (role: 'central' | 'branch') => withBenchPage((call) => call('setRole', role));
  try {
    if (part('writes')) baseline = await withBenchPage(writes);
    if (part('cold-start') || areasAt('central') || part('exports') || (part('sync') && !COMPARE)) await storeHospital();
    if (part('cold-start')) await coldStart(open, server.url, 'central', 'cold start to 首页, central office holding the hospital', heading);
    if (areasAt('central')) {
      log('Chromium: every area, first and later visit, central office holding the hospital');
      await areaVisits(open, server.url, 'central', 'central office holding the hospital');
    }
    if (part('exports')) {
      log(`Chromium: the central office's exports at the hospital (统计报表, 考核, 年度台账), click to bytes${COMPARE ? ', this build and the compared one in turn' : ''}`);
      const exporting = await open();
      const builds = [server.url, ...(COMPARE ? [`${server.url}compare/`] : [])];
      const run: ExportRun = { page: exporting.page, builds, runs: RUNS, year: Number(localToday().slice(0, 4)), add, log, pdfDir: process.env.BENCH_PDFS };
      try {
        await statisticsExports(run);
        await assessmentExports(run);
      } finally {
        await exporting.close();
      }
      await setRole('branch');
      const binding = await open();
      try {
        await binderExports({ ...run, page: binding.page });
      } finally {
        await binding.close();
        await setRole('central');
      }
    }
    if (part('sync') && COMPARE) await syncCompare(COMPARE);
    else if (part('sync')) {
      const rate = await baselineRate();
      await withBenchPage((call) => syncFigures(call, rate));
    }
    if (part('cold-start')) {
      await setRole('branch');
      await coldStart(open, server.url, 'branch', 'cold start to 首页 with its to-do list, branch PC in the hospital database', async (page) => {
        await heading(page);
        await page.getByText(/待办与提醒（\d+）/).waitFor({ timeout: 60_000 });
      });
      await setRole('central');
    }
    if (areasAt('branch')) {
      const branchPc = await withBenchPage((call) => call('seedBranchPc', DEFAULT_TODAY, BRANCH_PC.members, BRANCH_PC.years));
      hospitalStored = false;
      log(`Chromium: every area, first and later visit, branch PC holding ${BRANCH_PC.years} years of a ${BRANCH_PC.members}-member branch (${branchPc.records} records, ${branchPc.meetings} meetings)`);
      await areaVisits(open, server.url, 'branch', `branch PC, ${BRANCH_PC.years} years of a ${BRANCH_PC.members}-member branch`);
    }
    if (part('city')) {
      const rate = await baselineRate();
      await withBenchPage((call) => cityFigures(call, rate));
      hospitalStored = false;
      log('Chromium: 首页, 各支部, 考核 and 统计报表 at the central office holding the city share');
      await areaVisits(open, server.url, 'central', `central office holding ${CITY_BRANCHES} branches of the city`).catch((error: Error) => log(`city areas failed: ${error.message}`));
    }
    if (part('lists')) {
      const lists = await open();
      await lists.page.goto(`${server.url}bench.html`);
      log(`Chromium: one branch with ${LIST_ROWS} members and ${LIST_ROWS} meetings`);
      await caller(lists.page)('seedLists', localToday(), LIST_ROWS);
      await scrollList(lists.page, server.url, 'members', `共 ${LIST_ROWS} 人`, `roster, ${LIST_ROWS} rows`, 'chromium.scroll.roster');
      await scrollList(lists.page, server.url, 'meetings', `共 ${LIST_ROWS} 条`, `meeting list, ${LIST_ROWS} rows`, 'chromium.scroll.meetings');
      await lists.close();
    }
    if (part('meeting-save')) await meetingSaves(open, server.url, profile.dir);
  } finally {
    await context?.close().catch(() => undefined);
    await profile.remove();
    await server.close();
  }
}

const started = performance.now();
log(`parts ${[...CHOSEN].join(', ')}; ${RUNS} runs each; ${os.cpus().length} CPUs, load ${os.loadavg().map((value) => value.toFixed(1)).join(' ')}`);
if (part('node')) {
  await nodeCompliance();
  await nodeStatistics();
}
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
