import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { readSheet } from 'read-excel-file/universal';
import { describe, expect, it } from 'vitest';
import {
  INVALID_XLSX_MESSAGE,
  LEGACY_XLS_MESSAGE,
  WorkbookReadError,
  readWorkbookRows,
  writeWorkbook,
} from '../../../../renderer/src/shell/workbook';

const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));

async function readError(bytes: Uint8Array): Promise<unknown> {
  return readWorkbookRows(bytes).then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe('writeWorkbook and readWorkbookRows', () => {
  it('round-trips text, numbers, booleans, dates and blanks in place, reading the first sheet', async () => {
    const bytes = await writeWorkbook([
      {
        name: '党员名册',
        header: ['姓名', '出生日期', '身份证号', '学时', '是否'],
        rows: [
          ['王芳', utc(1988, 6, 15), '11010119900307461X', 12.5, true],
          [null, null, '', null, null],
          ['李强', utc(2000, 2, 29), null, 0, false],
        ],
        columnWidths: [10, 12, 21, 6, 6],
        textColumns: [2],
      },
      { name: '第二页', header: ['别的'], rows: [['不读']] },
    ]);
    expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]);
    expect(await readWorkbookRows(bytes)).toEqual([
      ['姓名', '出生日期', '身份证号', '学时', '是否'],
      ['王芳', utc(1988, 6, 15), '11010119900307461X', 12.5, true],
      [null, null, null, null, null],
      ['李强', utc(2000, 2, 29), null, 0, false],
    ]);
  });

  it('formats text columns as Excel text, also on prepared empty rows, and freezes the bold header', async () => {
    const bytes = await writeWorkbook([
      { name: '名册', header: ['姓名', '身份证号'], rows: [['王芳', '320102198806150024']], textColumns: [1], preparedRows: 3 },
    ]);
    const files = unzipSync(bytes);
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    const styles = strFromU8(files['xl/styles.xml']!);
    const textFormat = /<numFmt numFmtId="(\d+)" formatCode="@"\/>/.exec(styles)![1];
    const xfs = [...styles.matchAll(/<xf [^>]*>/g)].map((match) => match[0]);
    const textStyles = xfs.flatMap((xf, index) => (xf.includes(`numFmtId="${textFormat}"`) ? [String(index)] : []));
    for (const cell of ['B2', 'B3', 'B4']) {
      const style = new RegExp(`<c r="${cell}" s="(\\d+)"`).exec(sheet)?.[1];
      expect(textStyles, cell).toContain(style);
    }
    expect(sheet).not.toMatch(/<c r="A3"/);
    expect(sheet).toContain('state="frozen"');
    expect(styles).toContain('<b/>');
  });

  it('names sheets as Excel allows and refuses a workbook without sheets', async () => {
    const bytes = await writeWorkbook([{ name: '2026/1 名册:[草稿]', header: ['姓名'], rows: [] }]);
    const workbook = strFromU8(unzipSync(bytes)['xl/workbook.xml']!);
    expect(workbook).toContain('name="2026 1 名册  草稿"');
    await expect(writeWorkbook([])).rejects.toThrow(RangeError);
  });

  it('reads a view into a larger buffer as exactly its bytes', async () => {
    const bytes = await writeWorkbook([{ name: 'S', header: ['姓名'], rows: [['王芳']] }]);
    const larger = new Uint8Array(bytes.length + 20);
    larger.set(bytes, 10);
    expect(await readWorkbookRows(larger.subarray(10, 10 + bytes.length))).toEqual([['姓名'], ['王芳']]);
  });
});

describe('readWorkbookRows on files that are not workbooks', () => {
  it.each([
    ['plain text', strToU8('姓名,性别\n王芳,女\n')],
    ['an empty file', new Uint8Array()],
    ['a zip without a workbook', zipSync({ 'readme.txt': strToU8('hello') })],
    ['a truncated xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4])],
  ])('refuses %s with the Chinese message', async (_label, bytes) => {
    const error = await readError(bytes);
    expect(error).toBeInstanceOf(WorkbookReadError);
    expect((error as Error).message).toBe(INVALID_XLSX_MESSAGE);
    expect(INVALID_XLSX_MESSAGE).toBe('无法读取该文件：不是有效的 Excel（.xlsx）文件。');
  });

  it('tells an old .xls (or password-protected) file apart', async () => {
    const ole2 = new Uint8Array(512);
    ole2.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const error = await readError(ole2);
    expect(error).toBeInstanceOf(WorkbookReadError);
    expect((error as Error).message).toBe(LEGACY_XLS_MESSAGE);
  });
});

/**
 * A workbook shaped like Excel's and WPS's own files rather than like our writer's:
 * rich-text shared strings, an inline string, dates styled with the built-in format 14
 * and with a Chinese custom format, a number cell, and a leading empty row and column.
 */
function excelStyleWorkbook(): Uint8Array {
  const xml = (body: string) => strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`);
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return zipSync({
    '[Content_Types].xml': xml(
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
    ),
    '_rels/.rels': xml(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': xml(`<workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': xml(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    'xl/styles.xml': xml(
      `<styleSheet xmlns="${main}"><numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;;@"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="176" applyNumberFormat="1"/></cellXfs></styleSheet>`,
    ),
    'xl/sharedStrings.xml': xml(
      `<sst xmlns="${main}" count="3" uniqueCount="3"><si><t>姓名（必填）</t></si><si><r><rPr><b/></rPr><t>出生</t></r><r><t>日期</t></r></si><si><t xml:space="preserve"> 王 芳 </t></si></sst>`,
    ),
    'xl/worksheets/sheet1.xml': xml(
      `<worksheet xmlns="${main}"><sheetData>` +
        `<row r="2"><c r="B2" t="s"><v>0</v></c><c r="C2" t="s"><v>1</v></c><c r="D2" t="inlineStr"><is><t>入党时间</t></is></c><c r="E2" t="inlineStr"><is><t>联系电话</t></is></c></row>` +
        `<row r="3"><c r="B3" t="s"><v>2</v></c><c r="C3" s="1"><v>32309</v></c><c r="D3" s="2"><v>41091</v></c><c r="E3"><v>13800138000</v></c></row>` +
        `</sheetData></worksheet>`,
    ),
  });
}

describe('readWorkbookRows on an Excel-made file', () => {
  it('reads rich text, inline strings and both kinds of date cells at their real positions', async () => {
    expect(await readWorkbookRows(excelStyleWorkbook())).toEqual([
      [null, null, null, null, null],
      [null, '姓名（必填）', '出生日期', '入党时间', '联系电话'],
      [null, '王 芳', utc(1988, 6, 15), utc(2012, 7, 1), 13800138000],
    ]);
  });

  it('agrees with the library read directly (the adapter drops nothing)', async () => {
    const bytes = excelStyleWorkbook();
    const direct = await readSheet(bytes.slice().buffer);
    expect(await readWorkbookRows(bytes)).toEqual(direct.map((row) => row.map((cell) => cell ?? null)));
  });
});
