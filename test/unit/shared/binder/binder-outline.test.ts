import { describe, expect, it } from 'vitest';
import { BINDER_SECTIONS, inSectionOrder, numberBinder, pagesForHeight, rowsByPage, TOC_LINES_PER_PAGE, type BinderBlock } from '../../../../shared/binder/binder-outline';

const MM = 96 / 25.4;
const block = (id: string, section: BinderBlock['section'], pages = 1, entry?: string): BinderBlock => ({ id, section, pages, ...(entry ? { entry } : {}) });

describe('the binder outline', () => {
  it('opens with the branch and its committee and ends with the assessment, an inspection reading order', () => {
    expect(BINDER_SECTIONS.map((section) => section.key)).toEqual(['basics', 'election', 'roster', 'meetings', 'makeUps', 'study', 'notebooks', 'dues', 'development', 'talks', 'activities', 'documents', 'plans', 'assessment']);
  });

  it('puts blocks in section order whatever order they come in, keeping their order within a section', () => {
    const ordered = inSectionOrder([block('dues-0', 'dues'), block('m2', 'meetings'), block('basics', 'basics'), block('m1', 'meetings')]);
    expect(ordered.map((item) => item.id)).toEqual(['basics', 'm2', 'm1', 'dues-0']);
  });
});

describe('numberBinder', () => {
  it('numbers the cover 1, the contents 2, then each block from a fresh page, and lists sections and entries at their first page', () => {
    const numbering = numberBinder([
      block('basics', 'basics'),
      block('roster-0', 'roster'),
      block('roster-1', 'roster'),
      block('meetings-summary', 'meetings'),
      block('meeting-a', 'meetings', 2, '2026-01-08 2026年1月支部委员会'),
      block('meeting-b', 'meetings', 1, '2026-02-12 2026年2月支部委员会'),
      block('dues-0', 'dues', 1),
    ]);
    expect(numbering.tocPages).toBe(1);
    expect(numbering.lines).toEqual([
      { level: 1, title: '支部基本情况和支部委员会', page: 3, blockId: 'basics' },
      { level: 1, title: '党员名册', page: 4, blockId: 'roster-0' },
      { level: 1, title: '“三会一课”会议记录', page: 6, blockId: 'meetings-summary' },
      { level: 2, title: '2026-01-08 2026年1月支部委员会', page: 7, blockId: 'meeting-a' },
      { level: 2, title: '2026-02-12 2026年2月支部委员会', page: 9, blockId: 'meeting-b' },
      { level: 1, title: '党费收缴', page: 10, blockId: 'dues-0' },
    ]);
    expect(numbering.totalPages).toBe(10);
    expect(numbering.firstPage.get('roster-1')).toBe(5);
  });

  it('leaves out a section without blocks: no plans recorded, no 工作计划和总结 line', () => {
    const numbering = numberBinder([block('basics', 'basics'), block('assessment-0', 'assessment')]);
    expect(numbering.lines.map((line) => line.title)).toEqual(['支部基本情况和支部委员会', '考核结果']);
  });

  it('gives the contents a second page once its lines outgrow one, and every page number moves on by one', () => {
    const meetings = (count: number) => Array.from({ length: count }, (_, index) => block(`m${index}`, 'meetings', 1, `会议${index}`));
    // A section line and its entries: exactly one page of lines, then one more.
    const onePage = numberBinder(meetings(TOC_LINES_PER_PAGE - 1));
    const twoPages = numberBinder(meetings(TOC_LINES_PER_PAGE));
    expect(onePage.tocPages).toBe(1);
    expect(twoPages.tocPages).toBe(2);
    expect(onePage.lines[0]!.page).toBe(3);
    expect(twoPages.lines[0]!.page).toBe(4);
    expect(twoPages.totalPages).toBe(1 + 2 + TOC_LINES_PER_PAGE);
  });

  it('counts a block as at least one page', () => {
    expect(numberBinder([block('basics', 'basics', 0), block('roster-0', 'roster')]).firstPage.get('roster-0')).toBe(4);
  });
});

describe('pagesForHeight', () => {
  it('fits a block as high as the page on that page, and one a millimetre higher on two', () => {
    expect(pagesForHeight(267 * MM)).toBe(1);
    expect(pagesForHeight(268 * MM)).toBe(2);
    expect(pagesForHeight(3 * 267 * MM + 10)).toBe(4);
    expect(pagesForHeight(0)).toBe(1);
  });
});

describe('rowsByPage', () => {
  it('cuts rows into pages of at most the given count and keeps an empty table as one page', () => {
    expect(rowsByPage([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(rowsByPage([], 10)).toEqual([[]]);
  });
});
