import type Dexie from 'dexie';
import { sha256Hex } from '../../shared/hash';
import { toBase64 } from '../../shared/sync/bytes';

/** What a database holds, reduced to hashes: equal digests mean every row of every table is equal. */
export interface DatabaseDigest {
  /** SHA-256 over every table's name and digest, in table-name order. */
  sha256: string;
  /** Per table, so a failing comparison names the table that changed. */
  tables: Record<string, { rows: number; sha256: string }>;
}

/**
 * Hashes every table of the database, each table's rows in primary-key order (key and
 * row together), so two databases holding the same rows give the same digest whatever
 * order they were written in. Works on any Dexie instance: the app's LedgerDatabase, a
 * database declared at an older schema version, or `new Dexie(name)` opened without a
 * schema (in Chromium, to read the app's database as it is on disk).
 */
export async function digestDatabase(db: Dexie): Promise<DatabaseDigest> {
  if (!db.isOpen()) await db.open();
  const tables = [...db.tables].sort((a, b) => compareText(a.name, b.name));
  const encoded = await db.transaction('r', tables, async () =>
    Promise.all(
      tables.map(async (table) => {
        // Both come back in primary-key order, inside one read transaction, so they pair up.
        const [keys, rows] = await Promise.all([table.toCollection().primaryKeys(), table.toArray()]);
        return { name: table.name, rows: rows.map((row, i) => `${canonical(keys[i])}=${canonical(row)}`) };
      }),
    ),
  );
  const digest: DatabaseDigest = { sha256: '', tables: {} };
  const encoder = new TextEncoder();
  for (const table of encoded) {
    digest.tables[table.name] = { rows: table.rows.length, sha256: await sha256Hex(encoder.encode(table.rows.join('\n'))) };
  }
  digest.sha256 = await sha256Hex(encoder.encode(JSON.stringify(digest.tables)));
  return digest;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A text form of a stored value that differs whenever the values differ: types are tagged
 * (the string "1" is not the number 1, undefined is not a missing property), object keys
 * are sorted, bytes are written out. A value of a kind it does not know throws, so a new
 * stored type is never digested as an empty object.
 */
export function canonical(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'undefined':
      return 'undef';
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return `n:${Object.is(value, -0) ? '-0' : String(value)}`;
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      return `big:${value}`;
    case 'object':
      return canonicalObject(value);
    default:
      throw new TypeError(`digestDatabase: cannot digest a ${typeof value}`);
  }
}

function canonicalObject(value: object): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value instanceof Date) return `date:${value.getTime()}`;
  if (value instanceof ArrayBuffer) return `buf:${toBase64(new Uint8Array(value))}`;
  if (ArrayBuffer.isView(value)) {
    return `${value.constructor.name}:${toBase64(new Uint8Array(value.buffer, value.byteOffset, value.byteLength))}`;
  }
  if (value instanceof Map) return `map{${[...value].map(([k, v]) => `${canonical(k)}:${canonical(v)}`).join(',')}}`;
  if (value instanceof Set) return `set{${[...value].map(canonical).join(',')}}`;
  if (typeof CryptoKey !== 'undefined' && value instanceof CryptoKey) {
    // A non-extractable key cannot be read out; what can be seen of it is what it is for.
    return `key:${canonical({ type: value.type, algorithm: value.algorithm, extractable: value.extractable, usages: [...value.usages].sort() })}`;
  }
  const proto = Object.getPrototypeOf(value) as object | null;
  if (proto !== Object.prototype && proto !== null) {
    throw new TypeError(`digestDatabase: cannot digest a ${value.constructor?.name ?? 'object'}`);
  }
  const record = value as Record<string, unknown>;
  return `{${Object.keys(record)
    .sort(compareText)
    .map((key) => `${JSON.stringify(key)}:${canonical(record[key])}`)
    .join(',')}}`;
}
