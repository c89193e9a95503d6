import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
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
import { spread, type Spread } from './stats';

/**
 * The folder import of this source tree and of the compared build's (BENCH_COMPARE, part
 * `sync`), interleaved round by round in the same minutes with a raw-IndexedDB baseline of the
 * same rows: the only comparison a shared machine allows. The compared build's source tree is
 * the folder two levels above its dist/renderer, with its node_modules.
 *
 * Each tree gets its own Chromium and origin; its page (browser/folder-import-page.ts, copied
 * into the compared tree and bundled against that tree's own import code) sets up an empty
 * central office that enrolled each branch, and each branch's first branch-year package;
 * each round imports that folder into the office as set up, once per tree, from the files to
 * the last package written, previews included. The baseline runs in this tree's page. Reported
 * per tree: records/s, the preview/apply split where the flow has one, and the CPU time of
 * every Chromium process of that tree (from /proc: less moved by other people's load).
 */

export interface FolderAbOptions {
  rounds: number;
  branches: number;
  /** People in all (20 a branch is the hospital's). */
  members: number;
  /** Branches whose packages came before (their keys trusted): the hospital has 150, the city 2,000. */
  extraPeers: number;
  /** A CPU profile of each import of this tree, written there. */
  profileDir?: string;
  log: (message: string) => void;
}

export interface FolderAbTree {
  label: string;
  flow: string;
  records: number;
  rates: Spread;
  cpuMs: Spread;
  previewMs: Spread;
  applyMs: Spread;
}

export interface FolderAbResult {
  baseline: Spread;
  baselineCpuMs: Spread;
  loads: number[];
  trees: FolderAbTree[];
}

interface Build {
  label: string;
  server: Awaited<ReturnType<typeof serveBuiltRenderer>>;
  profile: Awaited<ReturnType<typeof createProfileDir>>;
  context: Awaited<ReturnType<typeof launchChromium>>;
  page: Page;
  flow: string;
  records: number;
  rates: number[];
  cpu: number[];
  previews: number[];
  applies: number[];
}

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
/** The page and what it needs beyond the tree's own code: copied into the compared tree to be bundled there. */
const PAGE_FILES = ['folder-import-page.ts'];

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

/** `roots[0]` is this tree; the others are compared with it. */
export async function folderImportAb(roots: readonly string[], options: FolderAbOptions): Promise<FolderAbResult> {
  const { log } = options;
  const builds: Build[] = [];
  try {
    for (const root of roots) {
      const page = path.join(root, 'bench/browser/folder-import-page.ts');
      const copies = path.resolve(page) === here('./browser/folder-import-page.ts') ? [] : PAGE_FILES.map((name) => path.join(root, 'bench/browser', name));
      PAGE_FILES.forEach((name, index) => copies[index] && copyFileSync(here(`./browser/${name}`), copies[index]!));
      let script: string;
      try {
        script = await bundleForBrowser(page);
      } finally {
        // The compared tree is left as it was.
        for (const copy of copies) rmSync(copy, { force: true });
      }
      const server = await serveBuiltRenderer({
        extraFiles: {
          '/bench.html': { body: scriptPage('folder import A/B', '<p>folder import A/B</p>', './ab-page.js'), contentType: 'text/html; charset=utf-8' },
          '/ab-page.js': { body: script, contentType: 'text/javascript; charset=utf-8' },
        },
      });
      const profile = await createProfileDir();
      const context = await launchChromium(profile.dir, []);
      const tab = context.pages()[0] ?? (await context.newPage());
      await tab.goto(`${server.url}bench.html`);
      builds.push({ label: builds.length > 0 ? `compared (${root})` : 'this build', server, profile, context, page: tab, flow: '', records: 0, rates: [], cpu: [], previews: [], applies: [] });
    }
    if (options.profileDir) mkdirSync(options.profileDir, { recursive: true });
    log(`folder import A/B: ${options.rounds} rounds; ${options.branches} packages of ${options.members} people in all, ${options.extraPeers} more branches enrolled; load ${os.loadavg().map((value) => value.toFixed(1)).join(' ')}`);
    for (const build of builds) {
      const setup = await call(build.page, 'setup', DEFAULT_TODAY, options.branches, options.members, 'bench-packages', options.extraPeers);
      build.flow = setup.flow;
      build.records = setup.records;
      log(`${build.label}: ${JSON.stringify(setup)}`);
    }
    const baselines: number[] = [];
    const baselineCpu: number[] = [];
    const loads: number[] = [];
    // The baseline is an entry of its own in each round (in this tree's page), interleaved with the imports.
    await interleaved(options.rounds, builds.length + 1, async (entry, round) => {
      loads.push(os.loadavg()[0]!);
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
      const profiling = options.profileDir && entry === 0 ? pageProfile(await build.context.newCDPSession(build.page), options.profileDir, `import-r${round}`) : undefined;
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
      log(`round ${round + 1}: ${build.label} ${Math.round(rate)} rec/s (${(result.ms / 1000).toFixed(1)} s: ${result.split}; chromium cpu ${(used / 1000).toFixed(1)} s; ${result.meetings} meetings); load ${os.loadavg()[0]!.toFixed(1)}`);
    });
    return {
      baseline: spread(baselines),
      baselineCpuMs: spread(baselineCpu),
      loads,
      trees: builds.map((build) => ({ label: build.label, flow: build.flow, records: build.records, rates: spread(build.rates), cpuMs: spread(build.cpu), previewMs: spread(build.previews), applyMs: spread(build.applies) })),
    };
  } finally {
    for (const build of builds) {
      await build.context.close();
      await build.server.close();
      await build.profile.remove();
    }
  }
}
