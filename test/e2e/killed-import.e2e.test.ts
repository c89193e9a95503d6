import { writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { completeWizard, openArea, useAppUnderTest } from './support/app';
import { digestInPage } from './support/database-in-page';
import { largeBranchReport } from './support/large-branch';
import { outputPath } from './support/output';
import { createCentralKeys, importPackage, makeEnrolmentFile, upload } from './support/packages';

const { openApp, url } = useAppUnderTest();
const MEMBERS = 3000;
/** Puts into the members store after which the page is closed: well inside the one transaction. */
const CLOSE_AFTER_PUTS = 400;

declare global {
  interface Window {
    applyStarted?: () => Promise<void>;
  }
}

describe('an import killed in the middle of its apply step', () => {
  it('leaves the central office database exactly as before, and the same package then imports', async () => {
    const central = await openApp();
    await completeWizard(central.page, { role: '院党委组织科', name: '市人民医院党委' });
    await createCentralKeys(central.page, '组织科密钥口令2026');
    const enrolment = await makeEnrolmentFile(central.page, '内科第一党支部', 'killed-import.zbenrol');
    const report = await largeBranchReport(enrolment, '内科第一党支部', MEMBERS);
    const file = outputPath('killed-import-report.zbpkg');
    await writeFile(file, report.bytes);
    expect(report.changes).toBeGreaterThan(MEMBERS);

    await openArea(central.page, '各支部');
    await upload(central.page, '导入报送包', file, report.fileName);
    const preview = central.page.getByTestId('package-preview');
    await preview.getByText(`新增 ${report.changes}`).waitFor();
    const before = await digestInPage(central.page);

    // The page's IndexedDB writes, seen from inside: after CLOSE_AFTER_PUTS members are written
    // (inside the apply's one transaction), tell the test, and make every later write slow, so
    // the page is still inside the apply when it is closed (3000 members would otherwise be
    // written in a blink). Closing it kills the busy renderer, as a crash or a power cut would.
    // New records are added (`add`), changed ones put: both are watched.
    let reached!: () => void;
    const applying = new Promise<void>((resolve) => (reached = resolve));
    await central.page.exposeFunction('applyStarted', async () => reached());
    await central.page.evaluate((closeAfter) => {
      let members = 0;
      for (const method of ['put', 'add'] as const) {
        const write = IDBObjectStore.prototype[method];
        IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
          if (this.name === 'members' && ++members >= closeAfter) {
            if (members === closeAfter) void window.applyStarted!();
            const until = performance.now() + 20;
            while (performance.now() < until) {
              // Busy on purpose: the transaction stays open, one slow write at a time.
            }
          }
          return write.apply(this, args);
        };
      }
    }, CLOSE_AFTER_PUTS);
    // Not awaited: the page is busy applying, and the click finishes only with the page.
    void central.page.getByRole('button', { name: '确认导入' }).click().catch(() => undefined);
    await applying;
    const closing = Date.now();
    await central.page.close();
    console.info(`killed-import: page closed ${Date.now() - closing} ms after ${CLOSE_AFTER_PUTS} member puts`);

    // Reopened (same browser profile): nothing of the import is there, not one table changed.
    const page = await central.context.newPage();
    await page.goto(url());
    await page.getByRole('menu', { name: '主导航' }).waitFor();
    expect(await digestInPage(page)).toEqual(before);

    // And the same file imports, whole.
    await openArea(page, '各支部');
    await page.screenshot({ path: outputPath('killed-import-after-close.png'), fullPage: true });
    expect(await importPackage(page, '导入报送包', file, report.fileName)).toContain(`已导入：新增 ${report.changes} 条`);
    const after = await digestInPage(page);
    expect(after.tables.members!.rows).toBe(before.tables.members!.rows + MEMBERS);
    const overview = page.locator('.ant-card').filter({ hasText: '各支部报送情况' }).getByRole('row').filter({ hasText: '内科第一党支部' });
    await overview.getByRole('cell', { name: String(MEMBERS), exact: true }).waitFor();
    await page.screenshot({ path: outputPath('killed-import-reopened.png'), fullPage: true });
  });
});
