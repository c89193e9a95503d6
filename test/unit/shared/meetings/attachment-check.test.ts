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
    expect(checkAttachment('通知.pdf', pdf, pdf.length)).toEqual({ ok: true, mimeType: 'application/pdf' });
    const refused = checkAttachment('通知.pdf', pdf, pdf.length - 1);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.message).toContain('超过了单个附件');
  });

  it('refuses an empty file', () => {
    expect(checkAttachment('空.pdf', new Uint8Array(0))).toEqual({ ok: false, message: '“空.pdf”是空文件，未添加。' });
  });
});
