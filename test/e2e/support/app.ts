import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createProfileDir, launchChromium } from './chromium';
import { serveBuiltRenderer, type ServeOptions } from './static-server';

export interface OpenedApp {
  page: Page;
  context: BrowserContext;
  profile: { dir: string; remove(): Promise<void> };
  /** Every page error and console error (a CSP violation is one). */
  problems: string[];
}

/**
 * Serves the built renderer for the calling test file and returns a function opening it
 * in a fresh (or given) Chromium profile; everything opened is closed after each test.
 */
export function useAppUnderTest(serve: () => Promise<ServeOptions> = async () => ({})): { openApp(profileDir?: string): Promise<OpenedApp>; url(): string } {
  let server: Awaited<ReturnType<typeof serveBuiltRenderer>> | undefined;
  const cleanups: Array<() => Promise<void>> = [];

  beforeAll(async () => {
    server = await serveBuiltRenderer(await serve());
  });
  afterAll(async () => {
    await server?.close();
  });
  afterEach(async () => {
    while (cleanups.length) await cleanups.pop()!();
  });

  return {
    url: () => server!.url,
    async openApp(profileDir) {
      const profile = profileDir ? { dir: profileDir, remove: async () => undefined } : await createProfileDir();
      const context = await launchChromium(profile.dir);
      cleanups.push(async () => {
        await context.close().catch(() => undefined);
        await profile.remove();
      });
      const page = context.pages()[0] ?? (await context.newPage());
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console: ${message.text()}`);
      });
      await page.goto(server!.url);
      return { page, context, profile, problems };
    },
  };
}

export async function completeWizard(page: Page, options: { role: '党支部' | '院党委组织科'; name: string; parent?: string }) {
  await page.getByText('欢迎使用支部工作台账').waitFor();
  await page.getByRole('radio', { name: new RegExp(options.role) }).check();
  await page.getByLabel(options.role === '党支部' ? '支部名称' : '单位党组织名称').fill(options.name);
  if (options.parent) await page.getByLabel('所属党委（可不填）').fill(options.parent);
  await page.getByRole('button', { name: '完成设置' }).click();
}

/** Clicks an entry of the left navigation and waits for its page title. */
export async function openArea(page: Page, label: string) {
  await page.getByRole('menu', { name: '主导航' }).getByRole('menuitem', { name: label }).click();
  await page.getByRole('heading', { name: label, level: 4 }).waitFor();
}

/** Fixes the page's clock on a day (timers keep running) and reloads, so the app starts on that day. */
export async function fixClockOn(app: OpenedApp, day: Date) {
  await app.context.clock.setFixedTime(day);
  await app.page.reload();
}
