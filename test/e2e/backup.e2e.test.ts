import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildRosterSheet } from '../support/roster-sheet';
import { bundleForBrowser } from '../support/browser-bundle';
import type { DatabaseDigest } from '../support/database-digest';
import { completeWizard, openArea, useAppUnderTest } from './support/app';
import { readFile } from 'node:fs/promises';
import { adoptEnrolment, createCentralKeys, download, importPackage, makeEnrolmentFile, upload } from './support/packages';
import { importRoster } from './support/roster';

const { openApp } = useAppUnderTest();

let digestScript: string;
beforeAll(async () => {
  digestScript = await bundleForBrowser('test/e2e/support/digest-page.ts');
});

/** Every table of the app's IndexedDB, hashed in the page. */
async function digestOf(page: Page): Promise<DatabaseDigest> {
  await page.evaluate(digestScript);
  return page.evaluate(() => (globalThis as unknown as { ledgerDigest: () => Promise<DatabaseDigest> }).ledgerDigest());
}

const GB = 1024 ** 3;

/** Clicks 重新载入 in the restore's result and waits for the reloaded app. */
async function reloadAfterRestore(page: Page) {
  const done = page.getByRole('dialog', { name: '已从备份恢复' });
  await done.waitFor();
  await Promise.all([page.waitForEvent('load'), done.getByRole('button', { name: '重新载入' }).click()]);
  await page.getByRole('heading', { name: '设置', level: 4 }).waitFor();
}

describe('backups and storage in browser mode', () => {
  it('backs up, and restores the backup through 设置 after a change: every table as it was', async () => {
    const { page, problems } = await openApp();
    await completeWizard(page, { role: '党支部', name: '内科第一党支部', parent: '市人民医院党委' });
    await openArea(page, '设置');
    // Nothing recorded yet: no automatic backup of an empty database.
    const automatic = page.getByRole('table', { name: '自动备份' });
    await page.getByText('备份暂未加密').waitFor();
    expect(await automatic.getByRole('button', { name: '恢复…' }).count()).toBe(0);
    await page.getByLabel('操作人姓名').fill('王书记');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('操作人已保存').waitFor();

    const before = await digestOf(page);
    const file = await download(page, '立即备份（下载文件）', 'backup-manual.zbbak');
    await page.getByText(/备份已保存：浏览器的下载文件夹（支部工作台账备份-内科第一党支部-\d{8}-\d{4}\.zbbak）/).waitFor();

    // The change: a roster of eight, and another operator.
    const sheet = await buildRosterSheet('2026-11-30', 8, []);
    await importRoster(page, sheet);
    await openArea(page, '设置');
    // Today's automatic backup is taken once the first data is in.
    await automatic.getByRole('row').nth(1).getByRole('button', { name: '恢复…' }).waitFor();
    await page.getByLabel('操作人姓名').fill('刘书记');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('操作人已保存').last().waitFor(); // the first message may still be showing
    const changed = await digestOf(page);
    expect(changed.tables.members!.rows).toBe(8);
    expect(changed.sha256).not.toBe(before.sha256);

    await upload(page, '从备份文件恢复…', file, 'backup-manual.zbbak');
    const preview = page.getByRole('dialog', { name: '恢复备份：请核对备份内容' });
    await preview.waitFor();
    await preview.getByText('内科第一党支部（党支部）').waitFor();
    const counts = preview.getByRole('table', { name: '备份中的记录数' });
    await expect.poll(() => counts.getByRole('row', { name: /^党员 0 8$/ }).count()).toBe(1);
    await expect.poll(() => counts.getByRole('row', { name: /^支部信息 1 1$/ }).count()).toBe(1);
    await page.screenshot({ path: '/tmp/backup-restore-preview.png' });
    await preview.getByRole('button', { name: '确认恢复' }).click();
    // The reload keeps the route: 设置 again, on the restored PC (not the first-run wizard).
    await reloadAfterRestore(page);
    expect(await page.getByText('欢迎使用支部工作台账').count()).toBe(0);

    const restored = await digestOf(page);
    expect(Object.keys(restored.tables).filter((table) => restored.tables[table]!.sha256 !== before.tables[table]!.sha256)).toEqual([]);
    await expect.poll(() => page.getByLabel('操作人姓名').inputValue()).toBe('王书记');
    // The backup of the changed data, made just before the restore, is kept to undo it.
    await automatic.getByText('恢复前').waitFor();
    expect(problems).toEqual([]);
  });

  it('warns on 首页 and 设置 when the disk is nearly full, and keeps the PC set up across a reload', async () => {
    const { page, problems } = await openApp();
    // A nearly full disk: 60 MB left of 10 GB.
    await page.addInitScript((figures) => {
      navigator.storage.estimate = async () => figures;
    }, { usage: 10 * GB - 60 * 1024 * 1024, quota: 10 * GB });
    await page.reload();
    await completeWizard(page, { role: '党支部', name: '外科党支部' });
    const todo = page.getByRole('region', { name: '待办事项' });
    await todo.getByText('存储空间即将用尽').waitFor();
    await todo.getByText('60.0 MB').first().waitFor();
    await page.screenshot({ path: '/tmp/backup-home-warning.png', fullPage: true });

    await page.reload();
    await page.getByRole('heading', { name: '欢迎，外科党支部' }).waitFor();
    expect(await page.getByText('欢迎使用支部工作台账').count()).toBe(0);
    await todo.getByText('存储空间即将用尽').waitFor();

    await openArea(page, '设置');
    await page.getByRole('alert').getByText('存储空间即将用尽').first().waitFor();
    await page.getByText(/已用 9\.9 GB，可用上限 10\.0 GB，剩余约 60\.0 MB/).waitFor();
    await page.getByText(/持久存储/).waitFor();
    await page.screenshot({ path: '/tmp/backup-settings.png', fullPage: true });
    expect(problems).toEqual([]);
  });

  it('at the central office, warns on 首页 when the disk is nearly full (the warning\'s code loads only then)', async () => {
    const { page, problems } = await openApp();
    await completeWizard(page, { role: '院党委组织科', name: '市人民医院党委' });
    await page.addInitScript((figures) => {
      navigator.storage.estimate = async () => figures;
    }, { usage: 10 * GB - 60 * 1024 * 1024, quota: 10 * GB });
    await page.reload();
    await page.getByRole('heading', { name: '欢迎，市人民医院党委' }).waitFor();
    const warning = page.getByRole('alert').filter({ hasText: '磁盘空间不足' });
    await warning.getByText('存储空间即将用尽').waitFor();
    await warning.getByText('60.0 MB').first().waitFor();
    await page.screenshot({ path: '/tmp/backup-central-home-warning.png', fullPage: true });
    expect(problems).toEqual([]);
  });

  it('on an enrolled branch: backups are encrypted to its own key, the pre-enrolment one is refused, the encrypted one restores', async () => {
    const central = await openApp();
    const branch = await openApp();
    await completeWizard(central.page, { role: '院党委组织科', name: '市人民医院党委' });
    await createCentralKeys(central.page, '组织科密钥口令2026');
    const enrolment = await makeEnrolmentFile(central.page, '内科党支部', 'backup-enrolment.zbenrol');
    await completeWizard(branch.page, { role: '党支部', name: '内科党支部' });
    const { page } = branch;
    const sheet = await buildRosterSheet('2026-11-30', 8, []);
    await importRoster(page, sheet);
    await openArea(page, '设置');
    // Today's automatic backup was made before enrolment, once the roster was in: unencrypted, under the id the branch had then.
    await page.getByRole('table', { name: '自动备份' }).getByRole('button', { name: '恢复…' }).waitFor();
    await openArea(page, '数据交换');
    await adoptEnrolment(page, enrolment, '内科支部密钥口令2026');

    await openArea(page, '设置');
    await page.getByText('备份已用本机密钥加密').waitFor();
    const file = await download(page, '立即备份（下载文件）', 'backup-encrypted.zbbak');
    await page.getByText(/备份已保存：.*已加密/).waitFor();
    const bytes = await readFile(file);
    for (const person of sheet.people) expect(bytes.includes(Buffer.from(person.name)), person.name).toBe(false);
    await page.screenshot({ path: '/tmp/backup-settings-encrypted.png', fullPage: true });
    const before = await digestOf(page);

    // The pre-enrolment backup would give the PC back an id the central office no longer knows.
    await page.getByRole('table', { name: '自动备份' }).getByRole('button', { name: '恢复…' }).click();
    const refused = page.getByRole('dialog', { name: '不能用这个文件恢复' });
    await refused.waitFor();
    await refused.getByText('本机已登记为“内科党支部”').waitFor();
    await refused.getByRole('button', { name: '知道了' }).click();
    await refused.waitFor({ state: 'hidden' });
    expect((await digestOf(page)).sha256).toBe(before.sha256);

    // Change, then restore the encrypted backup: the key stored non-extractable in IndexedDB opens it.
    await page.getByLabel('操作人姓名').fill('刘书记');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('操作人已保存').last().waitFor(); // an earlier message may still be showing
    await upload(page, '从备份文件恢复…', file, 'backup-encrypted.zbbak');
    const preview = page.getByRole('dialog', { name: '恢复备份：请核对备份内容' });
    await preview.waitFor();
    await preview.getByText('已加密（本机密钥），已验证完整无损').waitFor();
    await preview.getByRole('button', { name: '确认恢复' }).click();
    await reloadAfterRestore(page);
    const restored = await digestOf(page);
    expect(Object.keys(restored.tables).filter((table) => restored.tables[table]!.sha256 !== before.tables[table]!.sha256)).toEqual([]);

    // And the branch still reports: the central office imports its next package.
    await openArea(page, '数据交换');
    const report = await download(page, '导出报送包', 'backup-report.zbpkg');
    await openArea(central.page, '各支部');
    expect(await importPackage(central.page, '导入报送包', report, 'backup-report.zbpkg')).toContain('已导入');
    expect([...central.problems, ...branch.problems]).toEqual([]);
  });
});
