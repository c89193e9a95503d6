import type { Page } from 'playwright-core';

/**
 * What in the print view would put a face of its own into the PDF (styles.css, print views set in
 * single-weight families: every CJK face adds about half a second of printing): the font
 * families its text is set in (one expected), and the emphasised elements (headings, and
 * 统计报表's header cells and 合计 rows) that are not bold, which would print as plain text. Elements as
 * tag.class "text"; the toolbar (no-print) left out.
 */
export async function printFaceProblems(page: Page): Promise<{ families: string[]; notBold: string[] }> {
  return page.locator('.print-view').first().evaluate((view) => {
    const describe = (element: Element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} "${(element.textContent ?? '').trim().slice(0, 20)}"`;
    const printed = (element: Element) => !element.closest('.no-print');
    // Elements that draw text themselves (a text node of their own).
    const drawing = [view, ...view.querySelectorAll('*')].filter((element) => printed(element) && [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== ''));
    const families = [...new Set(drawing.map((element) => getComputedStyle(element).fontFamily))];
    const emphasised = [...view.querySelectorAll('h1, h2, h3, .stat-print-table th, .stat-print-table tr.total td')].filter((element) => printed(element) && (element.textContent ?? '').trim() !== '');
    const notBold = emphasised.filter((element) => Number(getComputedStyle(element).fontWeight) < 600).map(describe);
    return { families, notBold: emphasised.length === 0 ? ['no heading at all'] : notBold };
  });
}

/** The faces a PDF Chromium wrote embeds, by name without the subset's prefix (ABCDEF+): one per face, whatever its subsets. */
export function pdfFaces(pdf: Buffer): string[] {
  return [...new Set([...pdf.toString('latin1').matchAll(/\/FontName\s*\/(?:[A-Z]{6}\+)?([^\s/<>[\]()]+)/g)].map((match) => match[1]!))].sort();
}
