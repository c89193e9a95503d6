import { describe, expect, it } from 'vitest';
import { checkAttachment, sniffAttachmentType } from '../../../../shared/meetings/attachment-check';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('sniffAttachmentType', () => {
  it.each([
    ['PDF', new TextEncoder().encode('%PDF-1.4'), 'application/pdf'],
    ['PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), 'image/png'],
    ['JPEG', bytes(0xff, 0xd8, 0xff, 0xe0), 'image/jpeg'],
    ['WEBP', new TextEncoder().encode('RIFF\u0001\u0002\u0003\u0004WEBPVP8 '), 'image/webp'],
    ['a Word file', bytes(0xd0, 0xcf, 0x11, 0xe0), null],
    ['a truncated PNG signature', bytes(0x89, 0x50, 0x4e), null],
    ['RIFF that is not WEBP', new TextEncoder().encode('RIFF\u0001\u0002\u0003\u0004WAVE'), null],
  ])('%s', (_name, content, expected) => {
    expect(sniffAttachmentType(content)).toBe(expected);
  });
});

describe('checkAttachment', () => {
  const pdf = new TextEncoder().encode('%PDF-1.4 ok');

  it('accepts a file up to the limit and refuses one byte more, naming the size', () => {
    expect(checkAttachment('通知.pdf', pdf, { maxBytes: pdf.length, officeFiles: false })).toEqual({ ok: true, mimeType: 'application/pdf' });
    const refused = checkAttachment('通知.pdf', pdf, { maxBytes: pdf.length - 1, officeFiles: false });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.message).toContain('有 11 字节，超过了单个附件 0.0 MB（10 字节）的上限');
  });

  it('gives the sizes in MB when they differ there, in bytes when a file is just over the limit', () => {
    const limit = 20 * 1024 * 1024;
    const scan = (size: number) => {
      const content = new Uint8Array(size);
      content.set(pdf);
      return checkAttachment('扫描件.pdf', content, { maxBytes: limit, officeFiles: true });
    };
    expect(scan(25 * 1024 * 1024)).toMatchObject({ ok: false, message: expect.stringContaining('有 25.0 MB，超过了单个附件 20.0 MB 的上限') });
    expect(scan(limit + 1)).toMatchObject({ ok: false, message: expect.stringContaining('有 20,971,521 字节，超过了单个附件 20.0 MB（20,971,520 字节）的上限') });
  });

  it('refuses an empty file', () => {
    expect(checkAttachment('空.pdf', new Uint8Array(0))).toEqual({ ok: false, message: '“空.pdf”是空文件，未添加。' });
  });
});

describe('checkAttachment for documents', () => {
  const zip = bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00);
  const ole = bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00);
  const documents = { maxBytes: 20 * 1024 * 1024, officeFiles: true };

  it('accepts Word and Excel files by container and extension only where asked', () => {
    expect(checkAttachment('制度.docx', zip, documents)).toEqual({ ok: true, mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    expect(checkAttachment('名单.XLSX', zip, documents)).toMatchObject({ ok: true, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    expect(checkAttachment('旧文件.doc', ole, documents)).toEqual({ ok: true, mimeType: 'application/msword' });
    expect(checkAttachment('旧表格.xls', ole, documents)).toEqual({ ok: true, mimeType: 'application/vnd.ms-excel' });
    // A ZIP named .pdf, or a Word file on a meeting: refused.
    expect(checkAttachment('假的.pdf', zip, documents)).toEqual({ ok: false, message: '“假的.pdf”不是图片（JPG、PNG、WEBP）、PDF、Word 或 Excel 文件，未添加。' });
    expect(checkAttachment('制度.docx', zip)).toEqual({ ok: false, message: '“制度.docx”不是图片（JPG、PNG、WEBP）或 PDF 文件，未添加。' });
  });
});
