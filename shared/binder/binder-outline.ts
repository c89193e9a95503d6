/**
 * The year's 台账 binder (issue #22 item 6): which sections it has, in what order, and on which
 * page each begins. Pure: the renderer measures how many A4 pages each block of the binder
 * fills and this module numbers them, so the table of contents and the page footers agree.
 */

/** The sections in the order an inspection reads a branch's 台账 (domain-rules.md, "What an inspection … looks at"). */
export const BINDER_SECTIONS = [
  { key: 'basics', title: '支部基本情况和支部委员会' },
  { key: 'election', title: '换届选举情况报告' },
  { key: 'roster', title: '党员名册' },
  { key: 'meetings', title: '“三会一课”会议记录' },
  { key: 'makeUps', title: '补课记录' },
  { key: 'study', title: '学习笔记和学时' },
  { key: 'notebooks', title: '学习笔记本' },
  { key: 'dues', title: '党费收缴' },
  { key: 'development', title: '发展党员纪实' },
  { key: 'talks', title: '谈心谈话' },
  { key: 'activities', title: '党建+业务活动' },
  { key: 'documents', title: '文件目录' },
  // A section with no block (no election this year, nothing sent) is left out of the binder and its table of contents.
  { key: 'plans', title: '工作计划和总结' },
  { key: 'assessment', title: '考核结果' },
] as const;

export type BinderSectionKey = (typeof BINDER_SECTIONS)[number]['key'];

/** One piece of the binder that begins on a page of its own (a section's opening, a meeting record). */
export interface BinderBlock {
  id: string;
  section: BinderSectionKey;
  /** A line of its own under the section in the table of contents (a meeting's date and name); none for a plain continuation. */
  entry?: string;
  /** A4 pages the block fills, at least 1. */
  pages: number;
}

export interface TocLine {
  level: 1 | 2;
  title: string;
  page: number;
  /** The block the line points at. */
  blockId: string;
}

export interface BinderNumbering {
  lines: TocLine[];
  /** Pages of the table of contents, which follow the cover (page 1). */
  tocPages: number;
  /** First page of each block, by block id. */
  firstPage: Map<string, number>;
  totalPages: number;
}

/** Lines of the table of contents on one A4 page, at the print style's line height. */
export const TOC_LINES_PER_PAGE = 36;

const SECTION_ORDER = new Map<string, number>(BINDER_SECTIONS.map((section, index) => [section.key, index]));

/** Blocks in the binder's section order; within a section, in the order given. */
export function inSectionOrder<T extends Pick<BinderBlock, 'section'>>(blocks: readonly T[]): T[] {
  return blocks
    .map((block, index) => ({ block, index }))
    .sort((a, b) => SECTION_ORDER.get(a.block.section)! - SECTION_ORDER.get(b.block.section)! || a.index - b.index)
    .map(({ block }) => block);
}

/**
 * Numbers the binder: page 1 is the cover, the table of contents follows, then the blocks in
 * section order, each from a fresh page. Every section with a block gets a line (at its first
 * block's page), and every block with an entry a line beneath it. Sections without blocks are
 * not in the binder.
 */
export function numberBinder(blocks: readonly BinderBlock[]): BinderNumbering {
  const ordered = inSectionOrder(blocks);
  const titles = new Map<string, string>(BINDER_SECTIONS.map((section) => [section.key, section.title]));
  const shape: Omit<TocLine, 'page'>[] = [];
  let section: string | undefined;
  for (const block of ordered) {
    if (block.section !== section) {
      section = block.section;
      shape.push({ level: 1, title: titles.get(block.section)!, blockId: block.id });
    }
    if (block.entry) shape.push({ level: 2, title: block.entry, blockId: block.id });
  }
  const tocPages = Math.max(1, Math.ceil(shape.length / TOC_LINES_PER_PAGE));
  const firstPage = new Map<string, number>();
  let page = 1 + tocPages + 1;
  for (const block of ordered) {
    firstPage.set(block.id, page);
    page += Math.max(1, Math.ceil(block.pages));
  }
  return { lines: shape.map((line) => ({ ...line, page: firstPage.get(line.blockId)! })), tocPages, firstPage, totalPages: page - 1 };
}

/** A4 portrait less the print margins (styles.css @page binder: 15 mm top and bottom, 12 mm sides), in CSS pixels. */
export const BINDER_PAGE_MM = { width: 186, height: 267 } as const;
const PX_PER_MM = 96 / 25.4;

/**
 * Pages a block of the given rendered height fills. A block is laid out at the printed width,
 * so its height on screen is its height on paper; half a millimetre of slack keeps a block that
 * exactly fills its page from counting a blank one.
 */
export function pagesForHeight(heightPx: number, pageHeightMm: number = BINDER_PAGE_MM.height): number {
  const page = pageHeightMm * PX_PER_MM;
  return Math.max(1, Math.ceil((heightPx - 0.5 * PX_PER_MM) / page));
}

/** Rows of a long table cut into pages of at most `perPage`, so that each page is a block that never breaks. */
export function rowsByPage<T>(rows: readonly T[], perPage: number): T[][] {
  if (rows.length === 0) return [[]];
  const pages: T[][] = [];
  for (let start = 0; start < rows.length; start += perPage) pages.push(rows.slice(start, start + perPage));
  return pages;
}
