import type { Page } from 'playwright-core';

/**
 * Clicks the menu item (or only waits, `click` false) and returns the ms until the area is ready,
 * measured in the page, and the area's path: ready when the header names the area and its content
 * has no skeleton or spinner left. The bench's areas part and the city part's visits (bench.ts areaVisits).
 */
export function visitArea(page: Page, label: string, click: boolean, limitMs: number): Promise<{ ms: number; progressShown: boolean; completeMs: number; path: string }> {
  return page.evaluate(
    async ([name, doClick, limit]) => {
      const started = performance.now();
      const deadline = started + limit;
      if (doClick) {
        const item = [...document.querySelectorAll<HTMLElement>('[role="menuitem"]')].find((element) => element.textContent?.trim() === name);
        if (!item) throw new Error(`no menu item ${name}`);
        item.click();
      }
      const ready = await new Promise<boolean>((resolve) => {
        const check = () => {
          const title = document.querySelector('.app-header-title')?.textContent?.trim();
          const content = document.querySelector('.app-content');
          if (title === name && content && content.childElementCount > 0 && !content.querySelector('.ant-skeleton, .ant-spin-spinning')) resolve(true);
          else if (performance.now() > deadline) resolve(false);
          else requestAnimationFrame(check);
        };
        check();
      });
      const ms = ready ? performance.now() - started : Number.POSITIVE_INFINITY;
      // A screen whose figures are made in pieces shows their progress (FiguresProgress, aria-busy): the
      // visit is timed to it, as the user sees the screen; the next step waits until it is done.
      const progressShown = !!document.querySelector('.app-content [role="status"][aria-busy="true"]');
      const done = await new Promise<boolean>((resolve) => {
        const check = () => {
          if (!document.querySelector('.app-content [role="status"][aria-busy="true"]')) resolve(true);
          else if (performance.now() > deadline) resolve(false);
          else requestAnimationFrame(check);
        };
        check();
      });
      return { ms, progressShown, completeMs: ready && done ? performance.now() - started : Number.POSITIVE_INFINITY, path: location.hash.replace(/^#\/?/, '').split('?')[0]! };
    },
    [label, click, limitMs] as const,
  );
}
