import { concatBytes } from '../../../../shared/sync/bytes';
import { crc32 } from '../../../../shared/sync/zip';

/** One entry of a hand-made archive; every field the package reader checks can be set wrong. */
export interface RawEntry {
  name: string;
  data: Uint8Array;
  /** 0 stored (what packages use), 8 deflated. */
  method?: number;
  crc?: number;
  /** The uncompressed size the headers declare (default: the data's length). */
  declaredSize?: number;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;

/**
 * A zip written field by field in exactly the package writer's layout (stored, version 2.0,
 * no flags, 1980-01-01, no extra fields), so that a test can make one thing wrong at a time:
 * a duplicated or unsafe name, a compressed entry, a huge declared size, a false entry count.
 * With entries as the writer made them, it reproduces the writer's bytes exactly.
 */
export function rawZip(entries: readonly RawEntry[], { declaredCount }: { declaredCount?: number } = {}): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  const header = (signature: number, entry: RawEntry, name: Uint8Array, isCentral: boolean, at: number) => {
    const bytes = new Uint8Array((isCentral ? 46 : 30) + name.length);
    const view = new DataView(bytes.buffer);
    let p = 0;
    const u16 = (v: number) => {
      view.setUint16(p, v, true);
      p += 2;
    };
    const u32 = (v: number) => {
      view.setUint32(p, v >>> 0, true);
      p += 4;
    };
    u32(signature);
    if (isCentral) u16(20);
    u16(20);
    u16(0);
    u16(entry.method ?? 0);
    u16(0);
    u16(0x21);
    u32(entry.crc ?? crc32(entry.data));
    u32(entry.method ? entry.data.length : (entry.declaredSize ?? entry.data.length));
    u32(entry.declaredSize ?? entry.data.length);
    u16(name.length);
    u16(0);
    if (isCentral) {
      u16(0);
      u16(0);
      u16(0);
      u32(0);
      u32(at);
    }
    bytes.set(name, p);
    return bytes;
  };
  for (const entry of entries) {
    const name = new TextEncoder().encode(entry.name);
    const local = header(LOCAL, entry, name, false, offset);
    chunks.push(local, entry.data);
    central.push(header(CENTRAL, entry, name, true, offset));
    offset += local.length + entry.data.length;
  }
  const centralSize = central.reduce((sum, c) => sum + c.length, 0);
  const end = new Uint8Array(22);
  const view = new DataView(end.buffer);
  view.setUint32(0, END, true);
  view.setUint16(8, declaredCount ?? entries.length, true);
  view.setUint16(10, declaredCount ?? entries.length, true);
  view.setUint32(12, centralSize, true);
  view.setUint32(16, offset, true);
  return concatBytes(...chunks, ...central, end);
}
