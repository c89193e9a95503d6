// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { Installation } from '../../../../../renderer/src/core/installation/installation-repository';
import { useInstallationStore } from '../../../../../renderer/src/core/installation/installation-store';
import { ledgerDb } from '../../../../../renderer/src/db/ledger-db';
import { OfficeMonthlyReports, REPORT_ROWS_PER_PAGE } from '../../../../../renderer/src/features/monthly-report/OfficeMonthlyReports';
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

describe('组织生活月报 at the central office: the branches by page', () => {
  it('shows a city’s branches a page at a time, in name order, with their count', async () => {
    const view = await officeWith(REPORT_ROWS_PER_PAGE + 10);
    await waitUntil(() => expect(rowNames(view)).toHaveLength(REPORT_ROWS_PER_PAGE));
    expect(rowNames(view)[0]).toBe('第001党支部');
    expect(rowNames(view).at(-1)).toBe(`第0${REPORT_ROWS_PER_PAGE}党支部`);
    expect(view.textContent).toContain(`共 ${REPORT_ROWS_PER_PAGE + 10} 个支部`);
    flushSync(() => view.querySelector<HTMLElement>('.ant-pagination-item-2')!.click());
    await waitUntil(() => expect(rowNames(view)).toHaveLength(10));
    expect(rowNames(view)[0]).toBe(`第0${REPORT_ROWS_PER_PAGE + 1}党支部`);
  });

  it('shows a hospital’s branches on one page, without a pager', async () => {
    const view = await officeWith(12);
    await waitUntil(() => expect(rowNames(view)).toHaveLength(12));
    expect(view.querySelector('.ant-pagination')).toBeNull();
  });
});
