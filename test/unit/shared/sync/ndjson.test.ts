import { describe, expect, it } from 'vitest';
import { PackageError } from '../../../../shared/sync/errors';
import { NdjsonReader, ndjsonChunks } from '../../../../shared/sync/ndjson';

const items = [{ 姓名: '王红', 备注: '学习贯彻党的二十大精神' }, { n: 1 }, { 空: '' }, { emoji: '党徽🇨🇳' }];

function readAll(chunks: Iterable<Uint8Array>): unknown[] {
  const reader = new NdjsonReader();
  for (const chunk of chunks) reader.push(chunk);
  return reader.end();
}

describe('NDJSON chunks', () => {
  it('cuts at every byte size, splitting lines and characters, and reads back the same items', () => {
    for (let size = 1; size <= 40; size++) {
      const chunks = [...ndjsonChunks(items, size)];
      expect(chunks.slice(0, -1).every((chunk) => chunk.length === size)).toBe(true);
      expect(readAll(chunks)).toEqual(items);
    }
  });

  it('refuses bytes that are not UTF-8, a line that is not JSON and a last line without its newline', () => {
    const code = (chunks: Uint8Array[]) => {
      try {
        readAll(chunks);
        return 'accepted';
      } catch (error) {
        return error instanceof PackageError ? error.code : 'other';
      }
    };
    expect(code([new Uint8Array([0x7b, 0xff, 0x7d, 0x0a])])).toBe('payload-invalid');
    expect(code([new TextEncoder().encode('{"a":1}\n{oops}\n')])).toBe('payload-invalid');
    expect(code([new TextEncoder().encode('{"a":1}')])).toBe('payload-invalid');
    // A character cut at the very end of the text is incomplete, not silently dropped.
    expect(code([new Uint8Array([0x22, 0xe7, 0x8e])])).toBe('payload-invalid');
  });
});
