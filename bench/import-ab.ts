import { copyFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { DEFAULT_TODAY } from '../test/support/generator';
import { createProfileDir, launchChromium } from '../test/e2e/support/chromium';
import { serveBuiltRenderer } from '../test/e2e/support/static-server';
import { bundleForBrowser, scriptPage } from '../test/support/browser-bundle';
import { chromiumCpuMs, pageProfile } from './cpu-time';
import { interleaved } from './interleave';
import { spread } from './stats';

/**
 * A folder import A/B between two or more source trees (each with node_modules), interleaved
 * round by round in the same minutes, which is the only comparison a shared machine allows:
 *
 *   node build/scripts/run-ts.mjs bench/import-ab.ts /tmp/main-tree .
 *
 * Each tree gets its own Chromium and origin; its page (browser/import-ab-page.ts, copied into
 * the tree and bundled against the tree's own import code) sets up an empty central office and
 * AB_BRANCHES branch-year packages (AB_MEMBERS people each, the hospital's 20), then each round
 * imports the folder into the office as set up, once per tree, and writes the same branches' rows
 * by raw IndexedDB (the baseline, in the first tree's page), the order rotated (interleave.ts).
 * Reported per tree: records/s, the preview/apply split, and the CPU time of every Chromium
 * process of that tree (from /proc: less moved by other people's load than the wall time).
 * AB_EXTRA_PEERS=n: the keys of n more branches trusted, as if their packages came before. AB_PROFILE=dir writes a CPU profile of each import of the last tree.
 */

const ROUNDS = Number(process.env.AB_ROUNDS ?? 4);
const BRANCHES = Number(process.env.AB_BRANCHES ?? 40);
const MEMBERS = Number(process.env.AB_MEMBERS ?? 20);
/** Branches whose packages came before (their keys trusted): the hospital has 150, the city 2,000. */
const EXTRA_PEERS = Number(process.env.AB_EXTRA_PEERS ?? 0);
const PROFILE_DIR = process.env.AB_PROFILE;
/** `tree` or `tree#N`: N packages previewed at once (a tree with previewFolder), to compare concurrencies in one tree. */
const trees = process.argv.slice(2).map((arg) => {
  const [root, concurrency] = arg.split('#');
  return { root: path.resolve(root!), label: `${path.basename(path.resolve(root!))}${concurrency ? `#${concurrency}` : ''}`, concurrency: concurrency ? Number(concurrency) : undefined };
});
const roots = trees.map((tree) => tree.root);
if (roots.length === 0) throw new Error('usage: import-ab.ts <tree> [<tree> …]');

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const log = (message: string) => console.log(`[ab ${new Date().toISOString().slice(11, 19)}] ${message}`);

/** A call into the page; its answer is read by field. */
async function call(page: Page, method: string, ...args: unknown[]): Promise<any> {
  const answer = await page.evaluate(async ([name, params]) => {
    try {
      return { value: await (window as unknown as { bench: Record<string, (...values: unknown[]) => unknown> }).bench[name as string]!(...(params as unknown[])) };
    } catch (error) {
      return { error: `${(error as Error).name}: ${(error as Error).message}\n${(error as Error).stack}` };
    }
  }, [method, args] as const);
  if ('error' in answer) throw new Error(`${method}: ${answer.error}`);
  return answer.value;
}

interface Build {
  root: string;
  concurrency: number | undefined;
  server: Awaited<ReturnType<typeof serveBuiltRenderer>>;
  profile: Awaited<ReturnType<typeof createProfileDir>>;
  context: Awaited<ReturnType<typeof launchChromium>>;
  page: Page;
  rates: number[];
  cpu: number[];
  previews: number[];
  applies: number[];
}

const builds: Build[] = [];
for (const { root, label, concurrency } of trees) {
  const page = path.join(root, 'bench/browser/import-ab-page.ts');
  if (path.resolve(page) !== here('./browser/import-ab-page.ts')) copyFileSync(here('./browser/import-ab-page.ts'), page);
  const server = await serveBuiltRenderer({
    extraFiles: {
      '/bench.html': { body: scriptPage('import A/B', '<p>import A/B</p>', './ab-page.js'), contentType: 'text/html; charset=utf-8' },
      '/ab-page.js': { body: await bundleForBrowser(page), contentType: 'text/javascript; charset=utf-8' },
    },
  });
  const profile = await createProfileDir();
  const context = await launchChromium(profile.dir, []);
  const tab = context.pages()[0] ?? (await context.newPage());
  await tab.goto(`${server.url}bench.html`);
  builds.push({ root: label, concurrency, server, profile, context, page: tab, rates: [], cpu: [], previews: [], applies: [] });
}

if (PROFILE_DIR) mkdirSync(PROFILE_DIR, { recursive: true });
log(`load ${os.loadavg().map((value) => value.toFixed(1)).join(' ')}; ${ROUNDS} rounds; ${BRANCHES} packages of ${MEMBERS} members, ${EXTRA_PEERS} more branches enrolled; ${trees.map((tree) => tree.label).join(' | ')}`);
const baselines: number[] = [];
const baselineCpu: number[] = [];
try {
  for (const build of builds) log(`${build.root}: ${JSON.stringify(await call(build.page, 'setup', DEFAULT_TODAY, BRANCHES, BRANCHES * MEMBERS, 'bench-packages', build.concurrency, EXTRA_PEERS))}`);
  // The baseline is an entry of its own in each round (in the first tree's page), interleaved with the imports.
  await interleaved(ROUNDS, builds.length + 1, async (entry, round) => {
    if (entry === builds.length) {
      const { page, profile } = builds[0]!;
      const cpu = chromiumCpuMs(profile.dir);
      const base = await call(page, 'baseline');
      baselineCpu.push(chromiumCpuMs(profile.dir) - cpu);
      baselines.push((base.records * 1000) / base.ms);
      log(`round ${round + 1}: baseline ${Math.round(baselines.at(-1)!)} rec/s (${base.records} records, chromium cpu ${(baselineCpu.at(-1)! / 1000).toFixed(1)} s); load ${os.loadavg()[0]!.toFixed(1)}`);
      return;
    }
    const build = builds[entry]!;
    const profiling = PROFILE_DIR && entry === builds.length - 1 ? pageProfile(await build.context.newCDPSession(build.page), PROFILE_DIR, `import-r${round}`) : undefined;
    await profiling?.start();
    const cpu = chromiumCpuMs(build.profile.dir);
    const result = await call(build.page, 'run');
    const used = chromiumCpuMs(build.profile.dir) - cpu;
    if (profiling) log(await profiling.stop());
    const rate = (result.records * 1000) / result.ms;
    build.rates.push(rate);
    build.cpu.push(used);
    build.previews.push(result.previewMs);
    build.applies.push(result.applyMs);
    log(`round ${round + 1}: ${build.root} ${Math.round(rate)} rec/s (${(result.ms / 1000).toFixed(1)} s: previews ${(result.previewMs / 1000).toFixed(1)}, applies ${(result.applyMs / 1000).toFixed(1)}; chromium cpu ${(used / 1000).toFixed(1)} s; ${result.meetings} meetings); load ${os.loadavg()[0]!.toFixed(1)}`);
  });
  const baseline = spread(baselines).median;
  log(`baseline: median ${Math.round(baseline)} records/s, Chromium CPU ${(spread(baselineCpu).median / 1000).toFixed(1)} s`);
  for (const build of builds) {
    const rates = spread(build.rates);
    log(`${build.root}: median ${Math.round(rates.median)} records/s (${Math.round(rates.min)}–${Math.round(rates.max)}), ${(rates.median / baseline).toFixed(2)}× the baseline's median ${Math.round(baseline)}; previews ${(spread(build.previews).median / 1000).toFixed(1)} s, applies ${(spread(build.applies).median / 1000).toFixed(1)} s; Chromium CPU ${(spread(build.cpu).median / 1000).toFixed(1)} s`);
  }
} finally {
  for (const build of builds) {
    await build.context.close();
    await build.server.close();
    await build.profile.remove();
  }
}
