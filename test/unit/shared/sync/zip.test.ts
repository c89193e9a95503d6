import { describe, expect, it } from 'vitest';
import { PackageError } from '../../../../shared/sync/errors';
import { crc32, readZip, writeZip } from '../../../../shared/sync/zip';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('package archive', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(utf8('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });

  it('writes the same bytes for the same entries (no clock, no time zone in them) and reads them back in order', () => {
    const entries = [['manifest.json', utf8('{"支部":"内科"}')], ['payload/changes-0001.bin', new Uint8Array([0, 1, 2])]] as const;
    const bytes = writeZip(entries);
    expect(writeZip(entries)).toEqual(bytes);
    expect([...readZip(bytes)]).toEqual(entries.map(([name, data]) => [name, data]));
  });

  it('refuses trailing bytes and a truncated file', () => {
    const bytes = writeZip([['a.bin', new Uint8Array([1])]]);
    const longer = new Uint8Array(bytes.length + 1);
    longer.set(bytes);
    expect(() => readZip(longer)).toThrow(PackageError);
    expect(() => readZip(bytes.subarray(0, bytes.length - 1))).toThrow(PackageError);
    expect(() => readZip(bytes.subarray(10))).toThrow(PackageError);
  });
});
