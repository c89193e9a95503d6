import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { completeWizard, openArea, useAppUnderTest } from './support/app';

const { openApp } = useAppUnderTest();

/** Starts counting the animations and transitions that start inside any antd dialog. */
async function countDialogMotion(page: Page) {
  await page.evaluate(() => {
    const seen: string[] = [];
    (globalThis as unknown as { dialogMotion: string[] }).dialogMotion = seen;
    for (const type of ['animationstart', 'transitionstart']) {
      document.addEventListener(
        type,
        (event) => {
          const target = event.target as Element;
          if (target.closest?.('.ant-modal-root')) seen.push(`${type} ${target.className}`);
        },
        true,
      );
    }
  });
}

function dialogMotion(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(globalThis as unknown as { dialogMotion: string[] }).dialogMotion]);
}

/** Opens 新建会议记录 and closes it with 取消. */
async function openAndCancelNewMeeting(page: Page) {
  await page.getByRole('button', { name: '新建会议记录' }).click();
  const dialog = page.getByRole('dialog', { name: '新建会议记录' });
  await dialog.getByRole('button', { name: '取消' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

describe('motion under test', () => {
  it('opens and closes dialogs without animation when the system asks for reduced motion, and animates otherwise', async () => {
    const { page, problems } = await openApp();
    expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
    await completeWizard(page, { role: '党支部', name: '内科第一党支部' });
    await openArea(page, '三会一课');
    await countDialogMotion(page);

    // Reduced motion (what every end-to-end test runs with): nothing in the dialog moves.
    await openAndCancelNewMeeting(page);
    expect(await dialogMotion(page)).toEqual([]);

    // The app follows the setting live: without it, the same dialog zooms in again.
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await openAndCancelNewMeeting(page);
    await expect.poll(async () => (await dialogMotion(page)).length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
