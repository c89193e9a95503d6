// @vitest-environment happy-dom
import type { TablePaginationConfig } from 'antd';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_BRANCH_PAGE_SIZE, findBranches, useBranchFinder, type BranchFinder } from '../../../../renderer/src/shell/branch-finder';

const names = Array.from({ length: 150 }, (_, index) => `第${String(index + 1).padStart(3, '0')}党支部`);
const same = (name: string) => name;

let mounted: { root: Root; view: HTMLElement }[] = [];
afterEach(() => {
  for (const { root, view } of mounted) {
    root.unmount();
    view.remove();
  }
  mounted = [];
});

/** A screen's finder, rendered as a component; returns a reader of its latest value. */
function finderOn(screen: string, rows: string[]): () => BranchFinder<string> {
  let latest: BranchFinder<string> | undefined;
  function Probe() {
    latest = useBranchFinder(screen, rows, same);
    return null;
  }
  const view = document.body.appendChild(document.createElement('div'));
  const root = createRoot(view);
  mounted.push({ root, view });
  flushSync(() => root.render(<Probe />));
  return () => latest!;
}

describe('the office’s tables of branches: search, pages, page size', () => {
  it('finds branches by part of the name, ignoring spaces and letter case', () => {
    const rows = ['内科第一党支部', '外科党支部', 'ICU 党支部'];
    expect(findBranches(rows, same, ' 内科 ')).toEqual(['内科第一党支部']);
    expect(findBranches(rows, same, 'icu党')).toEqual(['ICU 党支部']);
    expect(findBranches(rows, same, '')).toBe(rows);
    expect(findBranches(rows, same, '药剂科')).toEqual([]);
  });

  it('pages a hospital’s 150 branches 50 at a time, offers the sizes, and keeps the size chosen for the screen', () => {
    const read = finderOn('test.screen', names);
    const pagination = read().pagination as TablePaginationConfig;
    expect(pagination.pageSize).toBe(DEFAULT_BRANCH_PAGE_SIZE);
    expect(pagination.pageSizeOptions).toEqual(['20', '50', '100', '200']);
    expect(pagination.showSizeChanger).toBe(true);
    expect(pagination.showQuickJumper).toBe(true);
    expect(read().title).toBeDefined();
    flushSync(() => pagination.onChange!(1, 100));
    expect((read().pagination as TablePaginationConfig).pageSize).toBe(100);
    // The same screen opened again keeps it; another screen has its own.
    expect((finderOn('test.screen', names)().pagination as TablePaginationConfig).pageSize).toBe(100);
    expect((finderOn('test.other', names)().pagination as TablePaginationConfig).pageSize).toBe(DEFAULT_BRANCH_PAGE_SIZE);
  });

  it('goes to the page asked for, and back to the first when the size changes', () => {
    const read = finderOn('test.pages', names);
    flushSync(() => (read().pagination as TablePaginationConfig).onChange!(3, DEFAULT_BRANCH_PAGE_SIZE));
    expect((read().pagination as TablePaginationConfig).current).toBe(3);
    flushSync(() => (read().pagination as TablePaginationConfig).onChange!(3, 20));
    expect((read().pagination as TablePaginationConfig).current).toBe(1);
  });

  it('has neither pager nor search while every branch fits the smallest page', () => {
    const read = finderOn('test.small', names.slice(0, 20));
    expect(read().pagination).toBe(false);
    expect(read().title).toBeUndefined();
    expect(read().rows).toHaveLength(20);
  });
});
