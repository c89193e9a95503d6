import type { Page } from 'playwright-core';
import type { DatabaseDigest } from '../../support/database-digest';
import { bundleForBrowser } from '../../support/browser-bundle';

let bundle: Promise<string> | undefined;

/** The digest of every table of the app's IndexedDB in this page (digest-page.ts, evaluated so the app's CSP does not apply). */
export async function digestInPage(page: Page): Promise<DatabaseDigest> {
  bundle ??= bundleForBrowser('test/e2e/support/digest-page.ts');
  await page.evaluate(await bundle);
  return page.evaluate(() => (globalThis as unknown as { ledgerDigest: () => Promise<DatabaseDigest> }).ledgerDigest());
}
