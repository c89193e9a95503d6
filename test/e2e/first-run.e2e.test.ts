import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { completeWizard, useAppUnderTest } from './support/app';
import { outputPath } from './support/output';

const { openApp, url } = useAppUnderTest();

function navigationLabels(page: Page): Promise<string[]> {
  return page.getByRole('menu', { name: '主导航' }).getByRole('menuitem').allInnerTexts();
}

describe('first run in browser mode', () => {
  it('sets up a branch PC, shows the Chinese shell, and keeps the record across reload and restart', async () => {
    const { page, context, profile, problems } = await openApp();
    await completeWizard(page, { role: '党支部', name: '内科第一党支部', parent: '市人民医院党委' });

    await expect.poll(() => navigationLabels(page)).toEqual(['首页', '支部信息', '党员', '三会一课', '学习', '党费', '党建+业务', '考核', '组织生活月报', '计划总结', '统计报表', '文件', '数据交换', '设置']);
    await page.getByRole('heading', { name: '欢迎，内科第一党支部' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await page.screenshot({ path: outputPath('shell-after-wizard.png'), fullPage: true });

    await page.reload();
    await page.getByRole('heading', { name: '欢迎，内科第一党支部' }).waitFor();
    expect(await page.getByText('市人民医院党委').count()).toBeGreaterThan(0);

    // A real restart: close the browser, reopen the same profile.
    await context.close();
    const reopened = await openApp(profile.dir);
    await reopened.page.getByRole('heading', { name: '欢迎，内科第一党支部' }).waitFor();
    expect(await reopened.page.getByText('欢迎使用支部工作台账').count()).toBe(0);
    expect([...problems, ...reopened.problems]).toEqual([]);
  });

  it('sets up the central office with its own navigation, and navigates by hash', async () => {
    const { page, problems } = await openApp();
    await completeWizard(page, { role: '院党委组织科', name: '市人民医院党委' });
    await expect.poll(() => navigationLabels(page)).toEqual(['首页', '各支部', '考核', '组织生活月报', '计划总结', '统计报表', '文件', '数据交换', '设置']);

    await page.getByRole('menuitem', { name: '设置' }).click();
    await expect.poll(() => page.url()).toMatch(/#\/settings$/);
    await page.getByText('浏览器模式（演示与测试）').waitFor();
    await expect.poll(() => page.locator('.ant-menu-item-selected').innerText()).toBe('设置');
    await page.screenshot({ path: outputPath('central-settings.png'), fullPage: true });

    // A branch-only area is not reachable from the central office: it falls back to 首页.
    await page.goto(`${url()}#/members`);
    await page.getByRole('heading', { name: '欢迎，市人民医院党委' }).waitFor();
    expect(problems).toEqual([]);
  });

  it('refuses an empty name with a Chinese message and stores nothing', async () => {
    const { page } = await openApp();
    await page.getByText('欢迎使用支部工作台账').waitFor();
    await page.getByLabel('支部名称').fill('   ');
    await page.getByRole('button', { name: '完成设置' }).click();
    await page.getByText('请填写支部名称。').waitFor();

    await page.reload();
    await page.getByText('欢迎使用支部工作台账').waitFor();
  });

  it('runs under the strict Content-Security-Policy of the built page', async () => {
    const { page } = await openApp();
    await page.getByText('欢迎使用支部工作台账').waitFor();
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    // The plain script that opens the database while the app's scripts load ran under it too.
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    expect(scripts.some((name) => name.endsWith('/open-database-early.js'))).toBe(true);
    const blocked = await page.evaluate(async () => {
      try {
        await fetch('https://example.com/');
        return false;
      } catch {
        return true;
      }
    });
    expect(blocked).toBe(true);
  });
});
