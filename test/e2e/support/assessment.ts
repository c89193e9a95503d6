import type { Locator, Page } from 'playwright-core';

/** The row of a 考核 item by its title: the innermost one, as an expanded branch row holds a whole table of items. */
export function itemRow(page: Page, title: string): Locator {
  return page.getByRole('row').filter({ has: page.getByText(title, { exact: true }) }).last();
}

/** Picks a period (“2026年度”, “2026年第四季度”) in the 考核期间 select of the 考核 screen. */
export async function choosePeriod(page: Page, label: string) {
  await page.getByLabel('考核期间').click();
  await page.locator('.ant-select-item-option').filter({ hasText: label }).first().click();
}
