import type { Page } from 'playwright-core';
import { openArea } from './app';
import { chooseOption } from './roster';

/** A new meeting of the given type dated today, its expected list generated from the roster (the editor stays open). */
export async function startMeetingFromRoster(page: Page, type: string) {
  await openArea(page, '三会一课');
  await page.getByRole('button', { name: '新建会议记录' }).click();
  const newMeeting = page.getByRole('dialog', { name: '新建会议记录' });
  await chooseOption(page, '新会议类型', type, newMeeting);
  await newMeeting.getByRole('button', { name: '开始填写' }).click();
  await page.getByRole('button', { name: '按名册生成应到人员' }).click();
}
