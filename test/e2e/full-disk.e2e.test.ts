import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { completeWizard, openArea, useAppUnderTest } from './support/app';
import { digestInPage } from './support/database-in-page';
import { outputPath } from './support/output';

const { openApp } = useAppUnderTest();

/** A full disk in this page: every IndexedDB put and add throws QuotaExceededError, as Chromium does. Gone on reload. */
async function fillTheDisk(page: Page) {
  await page.evaluate(() => {
    for (const method of ['put', 'add'] as const) {
      IDBObjectStore.prototype[method] = function full(): never {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    }
  });
}

const FULL_DISK = /磁盘空间不足，这次修改没有保存.*释放空间.*备份到 U 盘/;

describe('a full disk', () => {
  it('every write says in Chinese what was not saved, keeps what is on screen, and no stored record changes', async () => {
    const { page, problems } = await openApp();
    await completeWizard(page, { role: '党支部', name: '内科第一党支部' });
    await openArea(page, '设置');
    await page.getByLabel('操作人姓名').fill('王书记');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('操作人已保存').waitFor();

    // A meeting open in the editor, its draft written while there was room.
    await openArea(page, '三会一课');
    await page.getByRole('button', { name: '新建会议记录' }).click();
    await page.getByRole('dialog', { name: '新建会议记录' }).getByRole('button', { name: '开始填写' }).click();
    await page.getByRole('heading', { name: '新建会议记录' }).waitFor();
    await page.getByLabel('会议地点').fill('外科楼五楼示教室');
    await page.getByText(/^草稿已于 \d{1,2}:\d{2}:\d{2} 自动保存$/).waitFor();
    const before = await digestInPage(page);

    await fillTheDisk(page);

    // Typing on: the editor stops saying the draft is saved and says why, the text stays.
    await page.getByLabel('会议地点').fill('外科楼六楼会议室');
    await page.getByText('草稿未能保存').waitFor();
    await page.getByText(/^草稿未能自动保存：磁盘空间不足/).waitFor();
    expect(await page.getByText(/^草稿已于 .* 自动保存$/).count()).toBe(0);
    expect(await page.getByLabel('会议地点').inputValue()).toBe('外科楼六楼会议室');
    await page.screenshot({ path: outputPath('full-disk-meeting-editor.png'), fullPage: true });

    // 新建会议记录 → 开始填写: the dialog stays open with the reason.
    await page.getByRole('menu', { name: '主导航' }).getByRole('menuitem', { name: '三会一课' }).click();
    await page.getByRole('button', { name: '新建会议记录' }).click();
    const start = page.getByRole('dialog', { name: '新建会议记录' });
    await start.getByRole('button', { name: '开始填写' }).click();
    await start.getByRole('alert').filter({ hasText: /^新会议记录没有创建。磁盘空间不足/ }).waitFor();
    expect(await start.isVisible()).toBe(true);
    await page.screenshot({ path: outputPath('full-disk-new-meeting.png') });
    await start.getByRole('button', { name: '取消' }).click();
    await start.waitFor({ state: 'hidden' });

    // 设置 → 操作人姓名 → 保存: the reason under the field, the typed name kept.
    await openArea(page, '设置');
    await page.getByLabel('操作人姓名').fill('刘书记');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText(/^操作人姓名没有保存。磁盘空间不足/).waitFor();
    expect(await page.getByText(FULL_DISK).count()).toBeGreaterThan(0);
    expect(await page.getByText('操作人已保存').count()).toBe(0);
    expect(await page.getByLabel('操作人姓名').inputValue()).toBe('刘书记');
    await page.screenshot({ path: outputPath('full-disk-operator.png'), fullPage: true });

    // A write whose screen does not catch its failure still says so on screen.
    await page.evaluate(() => {
      void Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    });
    await page.locator('.ant-message').getByText(FULL_DISK).waitFor();

    // After a reload (the disk has room again), every stored record is as it was before.
    await page.reload();
    await page.getByRole('heading', { name: /设置|新建会议记录|三会一课|首页/, level: 4 }).first().waitFor();
    const after = await digestInPage(page);
    expect(Object.keys(after.tables).filter((table) => after.tables[table]!.sha256 !== before.tables[table]!.sha256)).toEqual([]);
    await openArea(page, '设置');
    await expect.poll(() => page.getByLabel('操作人姓名').inputValue()).toBe('王书记');
    expect(problems.filter((problem) => !/QuotaExceeded|磁盘空间不足/.test(problem))).toEqual([]);
  });
});
