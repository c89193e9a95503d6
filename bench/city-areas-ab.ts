import { cpSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { createProfileDir, launchChromium } from '../test/e2e/support/chromium';
import { serveBuiltRenderer } from '../test/e2e/support/static-server';
import { bundleForBrowser, scriptPage } from '../test/support/browser-bundle';
import { localToday } from '../renderer/src/core/today';
import { SCALES } from '../test/support/generator';
import { visitArea } from './area-visit';
import { pageProfile, pageThreadMs } from './cpu-time';
import { spread } from './stats';

/**
 * The city part's area visits (bench.ts `city`) for two or more built renderers, interleaved in
 * the same minutes, which is the only comparison a shared 2-core machine allows:
 *
 *   node build/scripts/run-ts.mjs bench/city-areas-ab.ts /tmp/old/dist/renderer dist/renderer
 *
 * The city share (AB_BRANCHES of its 2,000 branches, 12 members each, one year) is imported once
 * by the bench page into an empty central office, as the city part does; its Chromium profile is
 * then copied for each build, so each reads the same database on the same origin (the builds are
 * served under path prefixes of one server). Each round opens a fresh Chromium per build, in
 * alternating order: 首页, then for each area (AB_AREAS, menu labels) the first visit, 首页, two
 * later visits with 首页 between. AB_ROUNDS rounds (default 3). AB_PROFILE=dir writes a CPU
 * profile of each first later visit and prints where the page's thread spent it; AB_SHOTS=dir a
 * screenshot of each area in the last round.
 */

const ROUNDS = Number(process.env.AB_ROUNDS ?? 3);
const BRANCHES = Number(process.env.AB_BRANCHES ?? 200);
const AREAS = (process.env.AB_AREAS ?? '各支部,考核,组织生活月报').split(',').map((name) => name.trim());
const PROFILE_DIR = process.env.AB_PROFILE;
/** AB_SHOTS=dir: a screenshot of each area after its last later visit of the last round, per build, to look at. */
const SHOTS_DIR = process.env.AB_SHOTS;
const LIMIT_MS = 60_000;
const roots = process.argv.slice(2);
if (roots.length === 0) throw new Error('usage: city-areas-ab.ts <dist/renderer> [<dist/renderer> …]');

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const prefixes = roots.map((_, index) => (index === 0 ? '' : `b${index}/`));
const server = await serveBuiltRenderer({
  root: path.resolve(roots[0]!),
  extraFiles: {
    '/bench.html': { body: scriptPage('benchmark', '<p>benchmark</p>', './bench-page.js'), contentType: 'text/html; charset=utf-8' },
    '/bench-page.js': { body: await bundleForBrowser(here('./browser/bench-page.ts')), contentType: 'text/javascript; charset=utf-8' },
  },
  mounts: Object.fromEntries(roots.slice(1).map((root, index) => [`/${prefixes[index + 1]}`, path.resolve(root)])),
});

async function call(page: Page, method: string, ...args: unknown[]): Promise<unknown> {
  return page.evaluate(([name, params]) => (window as unknown as { bench: Record<string, (...values: unknown[]) => unknown> }).bench[name as string]!(...(params as unknown[])), [method, args] as const);
}

const load = () => os.loadavg()[0]!.toFixed(1);
const seeded = await createProfileDir();
const builds = roots.map((root, index) => ({ root, name: `b${index}`, prefix: prefixes[index]!, profile: '', first: new Map<string, number[]>(), complete: new Map<string, number[]>(), later: new Map<string, number[]>(), thread: new Map<string, number[]>() }));
const push = (map: Map<string, number[]>, key: string, value: number) => (map.get(key) ?? map.set(key, []).get(key)!).push(value);

try {
  const share = BRANCHES / SCALES.city.branches;
  const spec = { branches: BRANCHES, members: Math.round(SCALES.city.members * share), years: SCALES.city.years };
  console.log(`load ${load()}: importing ${spec.branches} branches of the city (${spec.members} members) into an empty central office`);
  const importing = await launchChromium(seeded.dir);
  const benchPage = importing.pages()[0] ?? (await importing.newPage());
  await benchPage.goto(`${server.url}bench.html`);
  // On the machine's day, as the bench's city part: the office imports and views on one day.
  await call(benchPage, 'emptyCentral', localToday());
  await call(benchPage, 'measureSync', localToday(), 1, { spec, serial: 0, folder: 50 });
  await importing.close();
  for (const [index, build] of builds.entries()) {
    build.profile = `${seeded.dir}-${index}`;
    cpSync(seeded.dir, build.profile, { recursive: true });
  }
  console.log(`load ${load()}: imported; ${ROUNDS} rounds of ${AREAS.join(', ')} over ${roots.join(' | ')}`);

  for (let round = 0; round < ROUNDS; round += 1) {
    const order = round % 2 === 0 ? builds : [...builds].reverse();
    for (const build of order) {
      const context = await launchChromium(build.profile);
      const page = context.pages()[0] ?? (await context.newPage());
      const session = await context.newCDPSession(page);
      await session.send('Performance.enable');
      await page.goto(`${server.url}${build.prefix}index.html#/home`);
      await visitArea(page, '首页', false, LIMIT_MS);
      for (const area of AREAS) {
        const first = await visitArea(page, area, true, LIMIT_MS);
        push(build.first, area, first.ms);
        push(build.complete, area, first.completeMs);
        for (let again = 0; again < 2; again += 1) {
          await visitArea(page, '首页', true, LIMIT_MS);
          const label = `${build.name}-${area}-r${round}`;
          const profile = PROFILE_DIR && again === 0 ? pageProfile(session, PROFILE_DIR, label) : undefined;
          await profile?.start();
          const before = await pageThreadMs(session);
          push(build.later, area, (await visitArea(page, area, true, LIMIT_MS)).ms);
          push(build.thread, area, (await pageThreadMs(session)) - before);
          if (profile) console.log(await profile.stop());
        }
        if (SHOTS_DIR && round === ROUNDS - 1) await page.screenshot({ path: path.join(SHOTS_DIR, `${build.name}-${area}.png`), fullPage: true });
        await visitArea(page, '首页', true, LIMIT_MS);
      }
      await context.close();
    }
    const last = (values: number[] | undefined, count: number) => (values ?? []).slice(-count).map((ms) => Math.round(ms)).join(' ');
    for (const area of AREAS)
      console.log(`round ${round + 1} ${area}: ${builds.map((build) => `first ${last(build.first.get(area), 1)}, later ${last(build.later.get(area), 2)} (thread ${last(build.thread.get(area), 2)})`).join(' | ')}; load ${load()}`);
  }
  const median = (values: number[] = []) => Math.round(spread(values).median);
  for (const area of AREAS)
    for (const build of builds)
      console.log(`${area} ${build.root}: first median ${median(build.first.get(area))} ms [${(build.first.get(area) ?? []).map(Math.round).join(' ')}] (until its progress was done [${(build.complete.get(area) ?? []).map(Math.round).join(' ')}]); later median ${median(build.later.get(area))} ms [${(build.later.get(area) ?? []).map(Math.round).join(' ')}]; later page-thread CPU median ${median(build.thread.get(area))} ms`);
} finally {
  await server.close();
  await seeded.remove();
  for (const build of builds) if (build.profile) await rm(build.profile, { recursive: true, force: true });
}
