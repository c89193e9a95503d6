import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CDPSession, Page } from 'playwright-core';
import { localToday } from '../renderer/src/core/today';
import { createProfileDir, launchChromium } from '../test/e2e/support/chromium';
import { serveBuiltRenderer } from '../test/e2e/support/static-server';
import { bundleForBrowser, scriptPage } from '../test/support/browser-bundle';
import { meetingSaveMs, type SaveSpan } from './meeting-save';
import { spread } from './stats';

/**
 * The bench's meeting save (bench/meeting-save.ts) for two or more built renderers, interleaved
 * in the same minutes, which is the only comparison a shared 2-core machine allows:
 *
 *   node build/scripts/run-ts.mjs bench/meeting-save-ab.ts /tmp/old/dist/renderer dist/renderer
 *
 * Each round opens a fresh Chromium per build on that build's own profile, seeds the bench's
 * 130-member branch and saves SAVES meetings. AB_ROUNDS rounds (default 4). A root written
 * `dist/renderer+lists` first has the lists part's 10,000 members and meetings written and
 * deleted in its profile (what the full run leaves behind before this part; the same build may
 * be named twice, with and without). AB_PROFILE=dir writes a CPU profile of each
 * save's span (click to record shown) and prints where the page's thread spent it.
 */

const ROUNDS = Number(process.env.AB_ROUNDS ?? 4);
const SAVES = Number(process.env.AB_SAVES ?? 3);
const MEMBERS = 130;
const PROFILE_DIR = process.env.AB_PROFILE;
const roots = process.argv.slice(2);
if (roots.length === 0) throw new Error('usage: meeting-save-ab.ts <dist/renderer> [<dist/renderer> …]');

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const benchPage = await bundleForBrowser(here('./browser/bench-page.ts'));
const builds = await Promise.all(
  roots.map(async (root) => ({
    root,
    dirty: root.endsWith('+lists'),
    server: await serveBuiltRenderer({
      root: path.resolve(root.replace(/\+lists$/, '')),
      extraFiles: {
        '/bench.html': { body: scriptPage('benchmark', '<p>benchmark</p>', './bench-page.js'), contentType: 'text/html; charset=utf-8' },
        '/bench-page.js': { body: benchPage, contentType: 'text/javascript; charset=utf-8' },
      },
    }),
    profile: await createProfileDir(),
    saves: [] as number[],
    polled: [] as number[],
    thread: [] as number[],
    chromium: [] as number[],
  })),
);

async function call(page: Page, method: string, ...args: unknown[]): Promise<unknown> {
  return page.evaluate(([name, params]) => (window as unknown as { bench: Record<string, (...values: unknown[]) => unknown> }).bench[name as string]!(...(params as unknown[])), [method, args] as const);
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/** Self time per function (and the idle and GC pseudo-nodes) over the profile's samples. */
function summary(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const frame = byId.get(id)!.callFrame;
    const name = `${frame.functionName || '(anonymous)'} ${path.basename(frame.url)}:${frame.lineNumber}`;
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[index + 1] ?? 0) / 1000);
  });
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([name, ms]) => `  ${ms.toFixed(1).padStart(7)} ms  ${name}`)
    .join('\n');
}

function profiled(session: CDPSession, label: string): SaveSpan {
  return {
    start: async () => {
      await session.send('Profiler.enable');
      await session.send('Profiler.setSamplingInterval', { interval: 200 });
      await session.send('Profiler.start');
    },
    stop: async () => {
      const { profile } = await session.send('Profiler.stop');
      writeFileSync(path.join(PROFILE_DIR!, `${label}.cpuprofile`), JSON.stringify(profile));
      console.log(`${label}:\n${summary(profile as never)}`);
    },
  };
}

/**
 * CPU time (ms) of every Chromium process on this profile, from /proc (10 ms ticks): unlike
 * the wall time, it does not grow with other engineers' load, and it counts the browser
 * process's IndexedDB work, which the page's profile does not see.
 */
function chromiumCpuMs(profileDir: string): number {
  let ticks = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(profileDir)) continue;
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // gone meanwhile
    }
  }
  return ticks * 10;
}

/** The page's main thread CPU time (ms), from Chromium's Performance metrics. */
async function threadMs(session: CDPSession): Promise<number> {
  const { metrics } = await session.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'ThreadTime')!.value * 1000;
}

console.log(`load ${os.loadavg().map((value) => value.toFixed(1)).join(' ')}; ${ROUNDS} rounds × ${SAVES} saves; ${roots.join(' | ')}`);
try {
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const [index, build] of builds.entries()) {
      const launch = () => launchChromium(build.profile.dir, ['--enable-precise-memory-info', '--js-flags=--expose-gc']);
      if (build.dirty) {
        // In a process of its own, as the lists part runs before this one in the full bench.
        const lists = await launch();
        const page = lists.pages()[0] ?? (await lists.newPage());
        await page.goto(`${build.server.url}bench.html`);
        await call(page, 'seedLists', localToday(), 10_000);
        await lists.close();
      }
      const context = await launch();
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(`${build.server.url}bench.html`);
      await call(page, 'seedLists', localToday(), MEMBERS);
      const session = await context.newCDPSession(page);
      await session.send('Performance.enable');
      for (let save = 0; save < SAVES; save += 1) {
        const profile = PROFILE_DIR ? profiled(session, `b${index}-r${round}-s${save}`) : undefined;
        let cpu = 0;
        let thread = 0;
        const span: SaveSpan = {
          start: async () => {
            await profile?.start();
            thread = await threadMs(session);
            cpu = chromiumCpuMs(build.profile.dir);
          },
          stop: async () => {
            build.chromium.push(chromiumCpuMs(build.profile.dir) - cpu);
            build.thread.push((await threadMs(session)) - thread);
            await profile?.stop();
          },
        };
        const { ms, polledMs } = await meetingSaveMs(page, build.server.url, span);
        build.saves.push(ms);
        build.polled.push(polledMs);
      }
      await context.close();
    }
    const last = (values: number[]) => values.slice(-SAVES).map((ms) => Math.round(ms)).join(' ');
    console.log(`round ${round + 1}: ${builds.map((build) => `${last(build.saves)} (polled ${last(build.polled)}; page thread ${last(build.thread)}; chromium cpu ${last(build.chromium)})`).join(' | ')}; load ${os.loadavg()[0]!.toFixed(1)}`);
  }
  for (const build of builds) {
    const measured = spread(build.saves);
    const median = (values: number[]) => Math.round(spread(values).median);
    console.log(`${build.root}: median ${Math.round(measured.median)} ms (min ${Math.round(measured.min)}, max ${Math.round(measured.max)}, ${build.saves.length} saves); polled by Playwright ${median(build.polled)} ms; page thread CPU ${median(build.thread)} ms; all Chromium CPU ${median(build.chromium)} ms`);
  }
} finally {
  for (const build of builds) {
    await build.server.close();
    await build.profile.remove();
  }
}
