import { Input, Space, Typography } from 'antd';
import type { TablePaginationConfig } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { createStore, useStore } from 'zustand';

/**
 * The page sizes offered on the office's tables of branches (考核's ranking, 组织生活月报,
 * 计划总结, 数据交换's enrolled branches). 50 by default: a city's hundreds of rows on one page
 * took most of a later visit's time to render (docs/performance.md, rounds 7 and 8); a hospital's
 * 150 branches are three pages, or one at 200.
 */
export const BRANCH_PAGE_SIZES = [20, 50, 100, 200] as const;
export const DEFAULT_BRANCH_PAGE_SIZE = 50;

/** The page size chosen on each screen, for the session: a screen opened again keeps it. */
const chosenSizes = createStore<Record<string, number>>(() => ({}));

/** Rows whose branch name holds the text typed (spaces ignored, Latin letters in any case). */
export function findBranches<T>(rows: T[], nameOf: (row: T) => string, text: string): T[] {
  const wanted = text.replace(/\s+/g, '').toLowerCase();
  if (!wanted) return rows;
  return rows.filter((row) => nameOf(row).replace(/\s+/g, '').toLowerCase().includes(wanted));
}

export interface BranchFinder<T> {
  /** The rows whose name matches the search, in the given order. */
  rows: T[];
  /** The table's pagination: false while every row found fits the smallest page. */
  pagination: TablePaginationConfig | false;
  /**
   * The table's title: the search box and, while searching, how many branches it found; none
   * while every branch fits the smallest page (a hospital of a few branches sees its table as before).
   */
  title: (() => ReactNode) | undefined;
}

/**
 * A table of branches at the office that a secretary can search by name, page through and jump
 * in, with the page size chosen (kept for the session per `screen`); up to the smallest page
 * size, one page with neither pager nor search. The rows keep their own
 * numbering (考核's rank is the whole ranking's, on any page and in a search). A search goes back
 * to the first page.
 */
export function useBranchFinder<T>(screen: string, rows: T[], nameOf: (row: T) => string): BranchFinder<T> {
  const pageSize = useStore(chosenSizes, (sizes) => sizes[screen] ?? DEFAULT_BRANCH_PAGE_SIZE);
  const [text, setText] = useState('');
  const [page, setPage] = useState(1);
  const found = useMemo(() => findBranches(rows, nameOf, text), [rows, nameOf, text]);
  const pages = Math.max(1, Math.ceil(found.length / pageSize));
  const pagination: TablePaginationConfig | false =
    found.length <= BRANCH_PAGE_SIZES[0]
      ? false
      : {
          current: Math.min(page, pages),
          pageSize,
          pageSizeOptions: BRANCH_PAGE_SIZES.map(String),
          showSizeChanger: true,
          showQuickJumper: true,
          showTotal: (total, [from, to]) => `第 ${from}–${to} 个，共 ${total} 个支部`,
          onChange: (next, size) => {
            if (size !== pageSize) chosenSizes.setState({ [screen]: size });
            setPage(size !== pageSize ? 1 : next);
          },
        };
  const search = (
    <Space wrap>
      <Input.Search
        allowClear
        aria-label="查找支部"
        placeholder="输入支部名称查找"
        style={{ width: 240 }}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setPage(1);
        }}
      />
      {text.trim() && <Typography.Text type={found.length === 0 ? 'danger' : 'secondary'}>{found.length === 0 ? `没有名称含“${text.trim()}”的支部` : `找到 ${found.length} 个支部`}</Typography.Text>}
    </Space>
  );
  return { rows: found, pagination, title: rows.length > BRANCH_PAGE_SIZES[0] ? () => search : undefined };
}
