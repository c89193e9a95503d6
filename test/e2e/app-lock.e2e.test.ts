import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { localToday } from '../../renderer/src/core/today';
import { buildRosterSheet, idNumberFor } from '../support/roster-sheet';
import { completeWizard, openArea, useAppUnderTest } from './support/app';
import { outputPath } from './support/output';
import { importRoster } from './support/roster';

const { openApp } = useAppUnderTest();
const PASS = '内科支部口令2026';
const MINUTE = 60_000;

/** The members store as IndexedDB holds it, read past the app. */
function storedMembers(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const request = indexedDB.open('branch-ledger');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const all = db.transaction('members').objectStore('members').getAll();
          all.onsuccess = () => {
            resolve(JSON.stringify(all.result));
            db.close();
          };
        };
      }),
  );
}

const lockHeading = (page: Page) => page.getByRole('heading', { name: '支部工作台账已锁定' });
const navigation = (page: Page) => page.getByRole('menu', { name: '主导航' });

async function unlockWith(page: Page, passphrase: string) {
  await page.getByLabel('锁定口令', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: '解锁' }).click();
}

async function idNumberShownFor(page: Page, name: string): Promise<string> {
  await page.getByLabel('搜索党员').fill(name);
  await page.locator('.ant-table-row').filter({ hasText: name }).getByRole('button', { name: '编辑' }).click();
  const drawer = page.getByRole('dialog', { name: `编辑：${name}` });
  const value = await drawer.getByLabel('身份证号').inputValue();
  await drawer.getByRole('button', { name: '取消' }).click();
  await drawer.waitFor({ state: 'hidden' });
  return value;
}

describe('the app lock', () => {
  it('is set in 设置, asked after a reload (a wrong passphrase refused), seals 身份证号 and 电话 at rest, locks when idle and is removed with the passphrase', async () => {
    const app = await openApp();
    const { page, context, problems } = app;
    // An injected clock: the idle time passes by moving it, never by waiting.
    await context.clock.install({ time: new Date() });
    await page.reload();
    await completeWizard(page, { role: '党支部', name: '内科第一党支部' });
    const sheet = await buildRosterSheet(localToday(), 6, []);
    await importRoster(page, sheet);
    const person = sheet.people[0]!.name;
    const idNumber = idNumberFor('1965-01-01', 0, false);
    expect(await storedMembers(page)).toContain(idNumber);

    // 设置 → 锁定口令: a mistyped repeat is refused and nothing is set.
    await openArea(page, '设置');
    await page.getByLabel('锁定口令', { exact: true }).fill(PASS);
    await page.getByLabel('再次输入锁定口令').fill(PASS + '1');
    await page.getByRole('checkbox', { name: '我已了解忘记口令无法找回' }).check();
    await page.getByRole('button', { name: '设置锁定口令' }).click();
    await page.getByText('锁定口令没有设置。两次输入的口令不一致。').waitFor();
    expect(await storedMembers(page)).toContain(idNumber);
    await page.getByLabel('再次输入锁定口令').fill(PASS);
    await page.screenshot({ path: outputPath('app-lock-settings-new.png'), fullPage: true });
    await page.getByRole('button', { name: '设置锁定口令' }).click();
    await page.getByText(/锁定口令已设置，身份证号和电话已加密保存/).waitFor();
    await page.getByText(/已设置（.* 设置）：打开台账时要求输入/).waitFor();
    await page.screenshot({ path: outputPath('app-lock-settings-set.png'), fullPage: true });
    const sealed = await storedMembers(page);
    expect(sealed).not.toContain(idNumber);
    expect(sealed).toContain('zbenc1:');
    expect(sealed).toContain(person);

    // A reload: the lock screen and nothing of the app; a wrong passphrase is refused.
    await page.reload();
    await lockHeading(page).waitFor();
    expect(await navigation(page).count()).toBe(0);
    await page.screenshot({ path: outputPath('app-lock-screen.png'), fullPage: true });
    await unlockWith(page, '不是这个口令');
    await page.getByText('口令不正确，请重新输入。').waitFor();
    expect(await lockHeading(page).isVisible()).toBe(true);
    expect(await navigation(page).count()).toBe(0);
    await page.screenshot({ path: outputPath('app-lock-wrong-passphrase.png'), fullPage: true });
    await unlockWith(page, PASS);
    await navigation(page).waitFor();
    await openArea(page, '党员');
    expect(await idNumberShownFor(page, person)).toBe(idNumber);

    // Idle: nine minutes nothing happens, ten lock the app over the page it was on.
    await context.clock.fastForward(9 * MINUTE);
    expect(await lockHeading(page).count()).toBe(0);
    await context.clock.fastForward(2 * MINUTE);
    await lockHeading(page).waitFor();
    await page.getByText('已有 10 分钟无人操作，台账已自动锁定。').waitFor();
    expect(await page.getByRole('heading', { name: '党员', level: 4 }).isVisible()).toBe(false);
    await page.screenshot({ path: outputPath('app-lock-idle.png'), fullPage: true });
    await unlockWith(page, PASS);
    await page.getByRole('heading', { name: '党员', level: 4 }).waitFor();
    expect(await lockHeading(page).count()).toBe(0);

    // 立即锁定 locks at once, saying only that it is locked.
    await openArea(page, '设置');
    await page.getByRole('button', { name: '立即锁定' }).click();
    await lockHeading(page).waitFor();
    await page.getByText(/^台账已锁定。请输入锁定口令后继续使用。$/).waitFor();
    await unlockWith(page, PASS);
    await page.getByRole('heading', { name: '设置', level: 4 }).waitFor();

    // Removing it needs the current passphrase; then every value is stored in clear again.
    await page.getByRole('button', { name: '取消锁定口令' }).click();
    const dialog = page.getByRole('dialog', { name: '取消锁定口令' });
    await dialog.getByLabel('当前锁定口令').fill('不是这个口令');
    await dialog.getByRole('button', { name: '取消锁定' }).click();
    await dialog.getByText('锁定口令没有取消。口令不正确，请重新输入。').waitFor();
    expect(await storedMembers(page)).not.toContain(idNumber);
    await dialog.getByLabel('当前锁定口令').fill(PASS);
    await dialog.getByRole('button', { name: '取消锁定' }).click();
    await page.getByText('锁定口令已取消，身份证号和电话已恢复为不加密保存。').waitFor();
    const clear = await storedMembers(page);
    expect(clear).toContain(idNumber);
    expect(clear).not.toContain('zbenc1:');
    await page.reload();
    await navigation(page).waitFor();
    expect(await lockHeading(page).count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
