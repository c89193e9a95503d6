import { zipSync } from 'fflate';
import { PackageError, detail } from './errors';
import { PACKAGE_LIMITS } from './limits';

/**
 * The package archive: a zip whose every entry is stored (not deflated), written by fflate
 * with fixed metadata. The reader is strict on purpose: it accepts only exactly what the
 * writer produces, with every CRC checked, so that no byte of a package (not even a
 * timestamp in a header) can change without the package being refused, and a zip bomb
 * (a compressed entry) or an entry name that escapes its folder cannot get in.
 */

export type ZipEntries = ReadonlyArray<readonly [name: string, bytes: Uint8Array]>;

// fflate takes the time in local time; a local date keeps the bytes the same in every time zone.
const FIXED_MTIME = new Date(1980, 0, 1);
const DOS_TIME = 0x0000;
const DOS_DATE = 0x0021; // 1980-01-01
const VERSION = 20; // "2.0": stored entries, what fflate writes as made-by and needed
const LOCAL_SIGNATURE = 0x04034b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const END_SIGNATURE = 0x06054b50;
const END_RECORD = 22;
/** Safe names only: folders of [a-z0-9._-] segments, none of them '.' or '..'. */
const SAFE_NAME = /^(?!.*(?:^|\/)\.{1,2}(?:\/|$))[a-z0-9._-]+(?:\/[a-z0-9._-]+)*$/;

export function writeZip(entries: ZipEntries): Uint8Array {
  const files: Record<string, [Uint8Array, { level: 0; mtime: Date }]> = {};
  for (const [name, bytes] of entries) files[name] = [bytes, { level: 0, mtime: FIXED_MTIME }];
  return zipSync(files);
}

/**
 * Eight tables of 256 (slicing by 8: eight bytes a step instead of one), in one typed array: table
 * k gives the CRC of a byte followed by k zero bytes. Int32, so the loop below stays in small
 * integers (a plain array holds values above 2^31 as boxed doubles, a Uint32Array reads them as doubles).
 */
const CRC_TABLES = (() => {
  const tables = new Int32Array(8 * 256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    tables[n] = c;
  }
  for (let n = 0; n < 256; n++) {
    for (let k = 1; k < 8; k++) {
      const previous = tables[(k - 1) * 256 + n]!;
      tables[k * 256 + n] = (previous >>> 8) ^ tables[previous & 0xff]!;
    }
  }
  return tables;
})();

/**
 * The ZIP CRC-32 of every part is checked on each read of a package (a folder's whole bytes), so
 * the loop takes eight bytes a step: about a third of the byte-by-byte loop's time.
 */
export function crc32(bytes: Uint8Array): number {
  const t = CRC_TABLES;
  let crc = ~0;
  let index = 0;
  for (const end = bytes.length - 7; index < end; index += 8) {
    const low = crc ^ (bytes[index]! | (bytes[index + 1]! << 8) | (bytes[index + 2]! << 16) | (bytes[index + 3]! << 24));
    const high = bytes[index + 4]! | (bytes[index + 5]! << 8) | (bytes[index + 6]! << 16) | (bytes[index + 7]! << 24);
    crc =
      t[1792 + (low & 0xff)]! ^
      t[1536 + ((low >>> 8) & 0xff)]! ^
      t[1280 + ((low >>> 16) & 0xff)]! ^
      t[1024 + (low >>> 24)]! ^
      t[768 + (high & 0xff)]! ^
      t[512 + ((high >>> 8) & 0xff)]! ^
      t[256 + ((high >>> 16) & 0xff)]! ^
      t[high >>> 24]!;
  }
  for (; index < bytes.length; index++) crc = t[(crc ^ bytes[index]!) & 0xff]! ^ (crc >>> 8);
  return ~crc >>> 0;
}

function unsafe(en: string, zh: string): PackageError {
  return new PackageError('unsafe-archive', detail(zh, en));
}

interface Header {
  name: string;
  crc: number;
  size: number;
  offset: number;
}

/** Reads fields at increasing offsets and checks the ones the format fixes. */
class Cursor {
  private readonly view: DataView;
  constructor(private readonly bytes: Uint8Array, public at: number) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  private need(length: number): void {
    if (this.at + length > this.bytes.length) throw new PackageError('not-a-package', detail('压缩结构被截断', 'truncated archive'));
  }
  u16(): number {
    this.need(2);
    this.at += 2;
    return this.view.getUint16(this.at - 2, true);
  }
  u32(): number {
    this.need(4);
    this.at += 4;
    return this.view.getUint32(this.at - 4, true);
  }
  expect(value: number, width: 2 | 4, what: string): void {
    if ((width === 2 ? this.u16() : this.u32()) !== value) throw unsafe(`unexpected ${what}`, `压缩结构字段异常：${what}`);
  }
  take(length: number): Uint8Array {
    this.need(length);
    this.at += length;
    return this.bytes.subarray(this.at - length, this.at);
  }
}

function readName(cursor: Cursor, length: number): string {
  const raw = cursor.take(length);
  // ASCII only: the safe-name pattern is ASCII, and the UTF-8 flag stays 0.
  const name = String.fromCharCode(...raw);
  if (!SAFE_NAME.test(name)) throw unsafe(`unsafe entry name ${JSON.stringify(name)}`, `不安全的文件名 ${JSON.stringify(name)}`);
  return name;
}

/** The fields shared by a local and a central header, after their signature (and made-by). */
function readCommonHeader(cursor: Cursor): { crc: number; size: number; nameLength: number } {
  cursor.expect(VERSION, 2, 'version needed');
  cursor.expect(0, 2, 'flags');
  cursor.expect(0, 2, 'compression (only stored entries are accepted)');
  cursor.expect(DOS_TIME, 2, 'time');
  cursor.expect(DOS_DATE, 2, 'date');
  const crc = cursor.u32();
  const size = cursor.u32();
  cursor.expect(size, 4, 'uncompressed size');
  const nameLength = cursor.u16();
  cursor.expect(0, 2, 'extra field length');
  if (size > PACKAGE_LIMITS.maxPartBytes) throw new PackageError('too-large', detail(`单个文件 ${size} 字节`, `entry of ${size} bytes`));
  return { crc, size, nameLength };
}

function readCentralDirectory(bytes: Uint8Array): { headers: Header[]; start: number } {
  if (bytes.length < END_RECORD) throw new PackageError('not-a-package');
  const end = new Cursor(bytes, bytes.length - END_RECORD);
  if (end.u32() !== END_SIGNATURE) throw new PackageError('not-a-package');
  end.expect(0, 2, 'disk number');
  end.expect(0, 2, 'central directory disk');
  const count = end.u16();
  end.expect(count, 2, 'entry count');
  const size = end.u32();
  const start = end.u32();
  end.expect(0, 2, 'archive comment length');
  if (count > PACKAGE_LIMITS.maxEntries) throw new PackageError('too-large', detail(`${count} 个文件`, `${count} entries`));
  if (start + size !== bytes.length - END_RECORD) throw unsafe('central directory not where it says', '目录位置不符');
  const cursor = new Cursor(bytes, start);
  const headers: Header[] = [];
  for (let i = 0; i < count; i++) {
    cursor.expect(CENTRAL_SIGNATURE, 4, 'central header signature');
    cursor.expect(VERSION, 2, 'version made by');
    const { crc, size: entrySize, nameLength } = readCommonHeader(cursor);
    cursor.expect(0, 2, 'comment length');
    cursor.expect(0, 2, 'disk');
    cursor.expect(0, 2, 'internal attributes');
    cursor.expect(0, 4, 'external attributes');
    const offset = cursor.u32();
    headers.push({ name: readName(cursor, nameLength), crc, size: entrySize, offset });
  }
  if (cursor.at !== start + size) throw unsafe('central directory size', '目录大小不符');
  return { headers, start };
}

/**
 * The entries of a package archive, in order. Throws PackageError for anything but a
 * canonical stored zip: compressed entries, extra fields, gaps or overlaps between entries,
 * duplicate or unsafe names, a CRC that does not match, sizes above the limits.
 */
export function readZip(bytes: Uint8Array): Map<string, Uint8Array> {
  if (bytes.length > PACKAGE_LIMITS.maxPackageBytes) throw new PackageError('too-large', detail(`${bytes.length} 字节`, `${bytes.length} bytes`));
  const { headers, start } = readCentralDirectory(bytes);
  const entries = new Map<string, Uint8Array>();
  let at = 0;
  for (const header of headers) {
    if (header.offset !== at) throw unsafe('entries are not contiguous', '文件之间有多余内容');
    const cursor = new Cursor(bytes, at);
    cursor.expect(LOCAL_SIGNATURE, 4, 'local header signature');
    const local = readCommonHeader(cursor);
    const name = readName(cursor, local.nameLength);
    if (name !== header.name || local.crc !== header.crc || local.size !== header.size) throw unsafe('local and central headers differ', '文件头与目录不符');
    const data = cursor.take(header.size);
    if (crc32(data) !== header.crc) throw new PackageError('part-hash-mismatch', detail(`${name} 校验和不符`, `CRC of ${name}`));
    if (entries.has(name)) throw unsafe(`duplicate entry ${name}`, `重复的文件 ${name}`);
    entries.set(name, data);
    at = cursor.at;
  }
  if (at !== start) throw unsafe('bytes between the entries and the directory', '文件与目录之间有多余内容');
  return entries;
}
