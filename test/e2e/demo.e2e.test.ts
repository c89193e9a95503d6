import { describe, expect, it } from 'vitest';
import { demoFiles } from '../demo/demo-files';
import { openArea, useAppUnderTest } from './support/app';
import { outputPath } from './support/output';

const { openApp, url } = useAppUnderTest(async () => ({ extraFiles: await demoFiles() }));

describe('npm run demo', () => {
  it('loads a generated branch into browser mode and opens the app on it', async () => {
    const { page, problems } = await openApp();
    await page.goto(`${url()}demo.html`);
    await page.getByRole('heading', { name: /^欢迎，.+党支部$/ }).waitFor({ timeout: 60_000 });
    // The header's role tag keeps a gap before the unit's name, as antd's Tag did.
    const tag = await page.locator('.app-header .home-tag').boundingBox();
    const name = await page.locator('.app-header-name').boundingBox();
    expect(name!.x - (tag!.x + tag!.width)).toBeGreaterThanOrEqual(6);
    await page.screenshot({ path: outputPath('demo-home.png'), fullPage: true });

    await openArea(page, '党员');
    await page.getByText('共 40 人').waitFor();
    await page.screenshot({ path: outputPath('demo-members.png') });

    await openArea(page, '三会一课');
    await page.getByRole('tab', { name: '年度台账' }).click();
    await page.screenshot({ path: outputPath('demo-year-grid.png'), fullPage: true });

    // A second visit finds the data and offers to keep it rather than wiping it.
    await page.goto(`${url()}demo.html`);
    await page.getByText(/这个浏览器里已有台账数据/).waitFor();
    await page.getByRole('link', { name: '打开已有台账' }).click();
    await openArea(page, '党员');
    await page.getByText('共 40 人').waitFor();
    expect(problems).toEqual([]);
  });
});
