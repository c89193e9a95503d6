// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { Installation } from '../../../../../renderer/src/core/installation/installation-repository';
import { useInstallationStore } from '../../../../../renderer/src/core/installation/installation-store';
import { ledgerDb } from '../../../../../renderer/src/db/ledger-db';
import { OfficeMonthlyReports } from '../../../../../renderer/src/features/monthly-report/OfficeMonthlyReports';
import { DEFAULT_BRANCH_PAGE_SIZE as PAGE } from '../../../../../renderer/src/shell/branch-finder';
import { branchRecord } from '../../../shared/support/meeting-fixture';
import { waitUntil } from '../../../../support/wait-until';

/** The screen shown by the test, taken down after it with the branches it read. */
let shown: { root: Root; view: HTMLElement } | undefined;

afterEach(async () => {
  shown?.root.unmount();
  shown?.view.remove();
  await ledgerDb.branches.clear();
});

async function officeWith(branches: number): Promise<HTMLElement> {
  await ledgerDb.branches.bulkPut(Array.from({ length: branches }, (_, index) => ({ ...branchRecord('2025-01-01'), id: `b-${index}`, branchId: `b-${index}`, name: `第${String(index + 1).padStart(3, '0')}党支部` })));
  // The shell shows the screen once this PC is set up as the central office.
  useInstallationStore.setState({ state: { status: 'ready', installation: { role: 'central', name: '市第一人民医院党委', ownerId: 'office' } as Installation } });
  const view = document.body.appendChild(document.createElement('div'));
  shown = { root: createRoot(view), view };
  flushSync(() => shown!.root.render(<OfficeMonthlyReports />));
  return view;
}

const rowNames = (view: HTMLElement) => [...view.querySelectorAll('tbody tr.ant-table-row')].map((row) => row.querySelector('td')!.textContent);

/** Types into the search box as a user does (React's onChange listens to native input events). */
function typeSearch(view: HTMLElement, text: string): void {
  const input = view.querySelector<HTMLInputElement>('input[aria-label="查找支部"]')!;
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  flushSync(() => {
    setter.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('组织生活月报 at the central office: the branches by page', () => {
  it('shows a city’s branches a page at a time, in name order, with their count', async () => {
    const view = await officeWith(PAGE + 10);
    await waitUntil(() => expect(rowNames(view)).toHaveLength(PAGE));
    expect(rowNames(view)[0]).toBe('第001党支部');
    expect(rowNames(view).at(-1)).toBe(`第0${PAGE}党支部`);
    expect(view.textContent).toContain(`第 1–${PAGE} 个，共 ${PAGE + 10} 个支部`);
    flushSync(() => view.querySelector<HTMLElement>('.ant-pagination-item-2')!.click());
    await waitUntil(() => expect(rowNames(view)).toHaveLength(10));
    expect(rowNames(view)[0]).toBe(`第0${PAGE + 1}党支部`);
  });

  it('offers the page size and a jump to a page', async () => {
    const view = await officeWith(PAGE + 10);
    await waitUntil(() => expect(rowNames(view)).toHaveLength(PAGE));
    expect(view.querySelector('.ant-pagination-options-size-changer')).not.toBeNull();
    expect(view.querySelector('.ant-pagination-options-quick-jumper input')).not.toBeNull();
  });

  it('finds a branch by part of its name, from any page, and says when none has it', async () => {
    const view = await officeWith(PAGE + 10);
    await waitUntil(() => expect(rowNames(view)).toHaveLength(PAGE));
    flushSync(() => view.querySelector<HTMLElement>('.ant-pagination-item-2')!.click());
    await waitUntil(() => expect(rowNames(view)).toHaveLength(10));
    typeSearch(view, '05');
    // 第005党支部 and 第050…第059党支部: all on one page, the pager gone.
    await waitUntil(() => expect(rowNames(view)).toEqual(['第005党支部', ...Array.from({ length: 10 }, (_, index) => `第05${index}党支部`)]));
    expect(view.textContent).toContain('找到 11 个支部');
    expect(view.querySelector('.ant-pagination')).toBeNull();
    typeSearch(view, '外科');
    await waitUntil(() => expect(view.textContent).toContain('没有名称含“外科”的支部'));
    expect(rowNames(view)).toEqual([]);
  });

  it('shows a hospital’s branches on one page, without a pager', async () => {
    const view = await officeWith(12);
    await waitUntil(() => expect(rowNames(view)).toHaveLength(12));
    expect(view.querySelector('.ant-pagination')).toBeNull();
    expect(view.querySelector('input[aria-label="查找支部"]')).toBeNull();
  });
});
