import Dexie from 'dexie';
import { fileURLToPath } from 'node:url';
import { SCHEMA_VERSIONS } from '../../renderer/src/db/schema';
import { fromBase64, toBase64 } from '../../shared/sync/bytes';

/** The folder of the committed fixtures: one JSON dump per schema version. */
export const SCHEMA_FIXTURE_DIR = fileURLToPath(new URL('../fixtures/schema/', import.meta.url));

export function schemaFixtureFile(version: number): string {
  return `${SCHEMA_FIXTURE_DIR}v${version}.json`;
}

/** A database as schema version `version` left it: every table's rows, in primary-key order. */
export interface SchemaFixture {
  version: number;
  /** What made it and when, for a person reading the file. */
  madeBy: string;
  madeAt: string;
  tables: Record<string, unknown[]>;
}

/**
 * A Dexie declaring only schema versions 1..`version` (with their upgrades), as the app
 * of that version did: what made the fixture, and what a test fills from it.
 */
export function databaseAtVersion(name: string, version: number): Dexie {
  const db = new Dexie(name);
  for (const schema of SCHEMA_VERSIONS.filter((each) => each.version <= version)) {
    const declared = db.version(schema.version).stores(schema.stores);
    if (schema.upgrade) declared.upgrade(schema.upgrade);
  }
  return db;
}

/** The stores that exist at a schema version (a later null deletes one). */
export function storesAtVersion(version: number): string[] {
  const stores = new Set<string>();
  for (const schema of SCHEMA_VERSIONS.filter((each) => each.version <= version)) {
    for (const [name, spec] of Object.entries(schema.stores)) {
      if (spec === null) stores.delete(name);
      else stores.add(name);
    }
  }
  return [...stores].sort();
}

interface CryptoKeyForm {
  jwk: JsonWebKey;
  algorithm: { name: string; namedCurve?: string };
  usages: KeyUsage[];
}

/**
 * JSON with tags for what JSON cannot hold: undefined ({$undefined: true}), bytes
 * ({$bytes: base64}) and CryptoKeys ({$cryptoKey: jwk…}). The app stores its private keys non-extractable; a fixture has to
 * carry their bytes, so it is made from extractable keys and loads them back as the app
 * stores them (non-extractable).
 */
export async function encodeFixtureValue(value: unknown): Promise<unknown> {
  // A property set to undefined is stored as such (an audit entry's `before` of a new field).
  if (value === undefined) return { $undefined: true };
  if (value instanceof Uint8Array) return { $bytes: toBase64(value) };
  if (typeof CryptoKey !== 'undefined' && value instanceof CryptoKey) {
    const algorithm = value.algorithm as { name: string; namedCurve?: string };
    const form: CryptoKeyForm = { jwk: await crypto.subtle.exportKey('jwk', value), algorithm: { name: algorithm.name, namedCurve: algorithm.namedCurve }, usages: [...value.usages] };
    return { $cryptoKey: form };
  }
  if (Array.isArray(value)) return Promise.all(value.map(encodeFixtureValue));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value)) {
      out[key] = await encodeFixtureValue(field);
    }
    return out;
  }
  return value;
}

export async function decodeFixtureValue(value: unknown): Promise<unknown> {
  if (Array.isArray(value)) return Promise.all(value.map(decodeFixtureValue));
  if (value && typeof value === 'object') {
    const tagged = value as { $bytes?: string; $cryptoKey?: CryptoKeyForm; $undefined?: true };
    if (tagged.$undefined) return undefined;
    if (typeof tagged.$bytes === 'string') {
      const bytes = fromBase64(tagged.$bytes);
      if (!bytes) throw new Error('fixture: bad $bytes');
      return bytes;
    }
    if (tagged.$cryptoKey) {
      const { jwk, algorithm, usages } = tagged.$cryptoKey;
      return crypto.subtle.importKey('jwk', jwk, algorithm, false, usages);
    }
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value)) out[key] = await decodeFixtureValue(field);
    return out;
  }
  return value;
}

/** Every table of an open database, its rows in primary-key order, encoded for JSON. */
export async function dumpTables(db: Dexie): Promise<Record<string, unknown[]>> {
  const tables: Record<string, unknown[]> = {};
  for (const table of [...db.tables].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    tables[table.name] = (await encodeFixtureValue(await table.toArray())) as unknown[];
  }
  return tables;
}
