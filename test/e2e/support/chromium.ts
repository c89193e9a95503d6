import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's chromium package; CHROMIUM_PATH overrides it on other machines. */
export function chromiumExecutable(): string {
  const candidate = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(candidate)) {
    // Never skip: an end-to-end suite that silently does nothing proves nothing.
    throw new Error(
      `End-to-end tests need Chromium at ${candidate}. Install Debian's package (apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
  return candidate;
}

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A fresh profile folder, so IndexedDB persists across relaunches within one test. */
export async function createProfileDir(): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'branch-ledger-profile-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** A persistent context: IndexedDB lives on disk, as it does for a user. */
/** `extraArgs` for the benchmark, which reads the JS heap precisely (--enable-precise-memory-info). */
export function launchChromium(profileDir: string, extraArgs: readonly string[] = []): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumExecutable(),
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
    // The app turns its animations off for reduced motion: nothing moves under a click, so a
    // click on a loaded machine can never land beside a dialog that is still zooming in.
    reducedMotion: 'reduce',
  });
}
