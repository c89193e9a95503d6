import { isRecord, isText } from '../guards';
import { sha256Hex } from '../hash';
import { toBase64, fromBase64, utf8 } from '../sync/bytes';
import { NdjsonChunker, NdjsonReader } from '../sync/ndjson';
import { encryptPart, decryptPart, newPackageKey, unwrapPackageKey, wrapPackageKey, type PackageKey } from '../sync/package-crypto';
import { readZip, writeZip } from '../sync/zip';
import type { PublicKeySet, SyncCryptoKey, WrappedKey } from '../sync/types';
import { BackupError } from './backup-errors';
import { fromJsonValue, toJsonValue } from './backup-values';

/**
 * A backup file (.zbbak): every table of the database as it is stored, in one archive
 * (docs/security.md, "Backups"). Like a sync package it is a canonical stored zip (read by
 * the same strict reader) of a plaintext manifest and parts: an index, then each table's
 * rows as NDJSON cut into chunks, so no table is ever one giant string. When the PC has
 * keys, every part is AES-256-GCM encrypted under a fresh key wrapped to the PC's own ECDH
 * public key, exactly as a package key is wrapped to its receiver; the additional data binds
 * each part to this backup and its name. The manifest repeats, in clear, only what a person
 * needs to pick the right file (who made it, when); the encrypted index repeats those fields
 * too, so they are checked once the backup is decrypted.
 */

export const BACKUP_EXTENSION = 'zbbak';
export const BACKUP_FORMAT = 'zbbak';
export const BACKUP_FORMAT_VERSION = 1;
/** Plaintext bytes per table chunk. */
export const BACKUP_CHUNK_BYTES = 1024 * 1024;
/** One NDJSON line holds one row, an attachment's bytes included (base64: 4/3 of the 256 MiB part limit). */
const MAX_ROW_CHARS = 360 * 1024 * 1024;
const MANIFEST_FILE = 'manifest.json';
const INDEX_FILE = 'index.bin';
const ENCRYPTION_SCHEME = 'ecdh-p256-hkdf-sha256-aes-256-gcm';

/** Who made a backup: the installation row's identity. */
export interface BackupOrigin {
  role: string;
  name: string;
  ownerId: string;
}

interface StoredPart {
  name: string;
  bytes: number;
  sha256: string;
  /** Base64 GCM nonce, when encrypted. */
  iv?: string;
}

interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  version: number;
  backupId: string;
  createdAt: string;
  schemaVersion: number;
  origin: BackupOrigin | null;
  encryption: { scheme: string; keyId: string; wrappedKey: WrappedKey } | null;
  index: StoredPart;
  parts: StoredPart[];
}

interface BackupIndex {
  backupId: string;
  createdAt: string;
  schemaVersion: number;
  origin: BackupOrigin | null;
  tables: { table: string; rows: number; parts: string[] }[];
}

/** What a backup holds, shown before a restore. */
export interface BackupSummary {
  backupId: string;
  createdAt: string;
  schemaVersion: number;
  origin: BackupOrigin | null;
  encrypted: boolean;
  /** The key it is encrypted to, or null. */
  keyId: string | null;
  /** Rows per table. */
  counts: Record<string, number>;
}

export interface OpenedBackup {
  summary: BackupSummary;
  /** Every table's rows, as they were stored. */
  tables: Map<string, unknown[]>;
}

/**
 * One table's rows encoded as they are read, so a large table is never held as objects:
 * `add` is synchronous, for a database cursor inside the read transaction (where nothing
 * asynchronous but the database may be awaited); encryption happens later, chunk by chunk.
 */
export class BackupTableWriter {
  rows = 0;
  readonly chunks: Uint8Array[] = [];
  private readonly chunker: NdjsonChunker;

  constructor(
    readonly table: string,
    chunkBytes: number = BACKUP_CHUNK_BYTES,
  ) {
    this.chunker = new NdjsonChunker(chunkBytes, (chunk) => this.chunks.push(chunk));
  }

  /** Throws BackupError 'unsupported-value' for a row that could not be given back exactly. */
  add(row: unknown): void {
    this.chunker.push(toJsonValue(row, `${this.table}[${this.rows}]`));
    this.rows += 1;
  }

  end(): this {
    this.chunker.end();
    return this;
  }
}

export interface BackupInput {
  createdAt: string;
  schemaVersion: number;
  origin: BackupOrigin | null;
  /** The tables, in the order they are written, each ended. */
  tables: readonly BackupTableWriter[];
  /** This PC's own public keys; null writes an unencrypted backup (a PC before enrolment has none). */
  encryptTo: PublicKeySet | null;
}

/** The additional-data scope of a backup's parts: never the id of a package. */
const scopeOf = (backupId: string) => `zbbak:${backupId}`;

class PartStore {
  readonly entries: [string, Uint8Array][] = [];
  constructor(
    private readonly key: PackageKey | null,
    private readonly scope: string,
  ) {}

  async add(name: string, plaintext: Uint8Array): Promise<StoredPart> {
    let data = plaintext;
    let iv: string | undefined;
    if (this.key) {
      const sealed = await encryptPart(this.key, this.scope, name, plaintext);
      data = sealed.ciphertext;
      iv = toBase64(sealed.iv);
    }
    this.entries.push([name, data]);
    return { name, bytes: data.length, sha256: await sha256Hex(data), ...(iv ? { iv } : {}) };
  }
}

/** The backup file's bytes: the tables' chunks sealed (encrypted when there is a key) into parts. */
export async function writeBackup(input: BackupInput): Promise<Uint8Array> {
  const backupId = crypto.randomUUID();
  const key = input.encryptTo ? await newPackageKey() : null;
  const store = new PartStore(key, scopeOf(backupId));
  const parts: StoredPart[] = [];
  const tables: BackupIndex['tables'] = [];
  for (const table of input.tables) {
    const entry = { table: table.table, rows: table.rows, parts: [] as string[] };
    // Each plaintext chunk is let go once sealed.
    for (let chunk = table.chunks.shift(); chunk; chunk = table.chunks.shift()) {
      const part = await store.add(`tables/${String(parts.length + 1).padStart(6, '0')}.bin`, chunk);
      parts.push(part);
      entry.parts.push(part.name);
    }
    tables.push(entry);
  }
  const fields = { backupId, createdAt: input.createdAt, schemaVersion: input.schemaVersion, origin: input.origin };
  const index = await store.add(INDEX_FILE, utf8(JSON.stringify({ ...fields, tables } satisfies BackupIndex)));
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    version: BACKUP_FORMAT_VERSION,
    ...fields,
    encryption:
      key && input.encryptTo
        ? { scheme: ENCRYPTION_SCHEME, keyId: input.encryptTo.keyId, wrappedKey: await wrapPackageKey(key, input.encryptTo.encryption, scopeOf(backupId), input.encryptTo.keyId) }
        : null,
    index,
    parts,
  };
  // The index was stored last (it lists the parts) but goes first, after the manifest.
  const indexEntry = store.entries.pop()!;
  return writeZip([[MANIFEST_FILE, utf8(JSON.stringify(manifest, null, 2))], indexEntry, ...store.entries]);
}

const damaged = (detail: string) => new BackupError('damaged', detail);

function asOrigin(x: unknown): BackupOrigin | null {
  if (x === null) return null;
  if (!isRecord(x) || !isText(x.role) || typeof x.name !== 'string' || !isText(x.ownerId)) throw damaged('origin');
  return { role: x.role, name: x.name, ownerId: x.ownerId };
}

function asPart(x: unknown, encrypted: boolean): StoredPart {
  if (!isRecord(x) || !isText(x.name) || !Number.isSafeInteger(x.bytes) || !isText(x.sha256)) throw damaged('part');
  if (encrypted && !isText(x.iv)) throw damaged('part iv');
  return { name: x.name, bytes: x.bytes as number, sha256: x.sha256, ...(encrypted ? { iv: x.iv as string } : {}) };
}

function parseJson(bytes: Uint8Array, what: string): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw damaged(`${what} is not JSON`);
  }
}

function readArchive(bytes: Uint8Array): { manifest: BackupManifest; entries: Map<string, Uint8Array> } {
  let entries: Map<string, Uint8Array>;
  try {
    entries = readZip(bytes);
  } catch (error) {
    throw new BackupError('not-a-backup', (error as Error).message);
  }
  const manifestBytes = entries.get(MANIFEST_FILE);
  if (!manifestBytes) throw new BackupError('not-a-backup', 'no manifest');
  const raw = parseJson(manifestBytes, 'manifest');
  if (!isRecord(raw) || raw.format !== BACKUP_FORMAT) throw new BackupError('not-a-backup', 'format');
  if (typeof raw.version === 'number' && raw.version > BACKUP_FORMAT_VERSION) throw new BackupError('format-too-new');
  if (raw.version !== BACKUP_FORMAT_VERSION) throw damaged('version');
  if (!isText(raw.backupId) || !isText(raw.createdAt) || !Number.isSafeInteger(raw.schemaVersion) || !Array.isArray(raw.parts)) throw damaged('manifest fields');
  let encryption: BackupManifest['encryption'] = null;
  if (raw.encryption !== null) {
    const e = raw.encryption;
    if (!isRecord(e) || e.scheme !== ENCRYPTION_SCHEME || !isText(e.keyId) || !isRecord(e.wrappedKey)) throw damaged('encryption');
    encryption = { scheme: e.scheme, keyId: e.keyId, wrappedKey: e.wrappedKey as unknown as WrappedKey };
  }
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    version: BACKUP_FORMAT_VERSION,
    backupId: raw.backupId,
    createdAt: raw.createdAt,
    schemaVersion: raw.schemaVersion as number,
    origin: asOrigin(raw.origin),
    encryption,
    index: asPart(raw.index, encryption !== null),
    parts: raw.parts.map((part) => asPart(part, encryption !== null)),
  };
  // Exactly the entries the manifest lists: nothing added, nothing missing, nothing twice.
  const listed = [MANIFEST_FILE, manifest.index.name, ...manifest.parts.map((part) => part.name)];
  if (manifest.index.name !== INDEX_FILE || new Set(listed).size !== listed.length || listed.length !== entries.size || !listed.every((name) => entries.has(name))) {
    throw damaged('entries differ from the manifest');
  }
  return { manifest, entries };
}

/** Who made the backup and when, from its manifest alone (not yet checked: shown to choose a file, or to say whose it is). */
export function readBackupHeader(bytes: Uint8Array): { backupId: string; createdAt: string; origin: BackupOrigin | null; encrypted: boolean; keyId: string | null } {
  const { manifest } = readArchive(bytes);
  return { backupId: manifest.backupId, createdAt: manifest.createdAt, origin: manifest.origin, encrypted: manifest.encryption !== null, keyId: manifest.encryption?.keyId ?? null };
}

export interface OpenOptions {
  /** The schema version of this app: a backup of a newer one cannot be read. */
  schemaVersion: number;
  /** The oldest version this app can upgrade a backup from (default: only its own). */
  oldestSchemaVersion?: number;
  /** This PC's own key, to decrypt an encrypted backup; undefined on a PC without keys. */
  ownKey?: { keyId: string; encryptionPrivateKey: SyncCryptoKey };
}

function sameOrigin(a: BackupOrigin | null, b: unknown): boolean {
  if (a === null || b === null) return a === b;
  return isRecord(b) && a.role === b.role && a.name === b.name && a.ownerId === b.ownerId;
}

/**
 * Reads and checks a whole backup: every part's size, hash and (when encrypted) tag, the
 * index against the manifest, and every table's row count. Nothing is returned unless all of
 * it holds, so a restore never starts from a backup that would fail halfway.
 */
export async function openBackup(bytes: Uint8Array, options: OpenOptions): Promise<OpenedBackup> {
  const { manifest, entries } = readArchive(bytes);
  if (manifest.schemaVersion > options.schemaVersion) throw new BackupError('schema-too-new');
  if (manifest.schemaVersion < (options.oldestSchemaVersion ?? options.schemaVersion)) throw new BackupError('schema-too-old');
  const scope = scopeOf(manifest.backupId);
  let key: SyncCryptoKey | null = null;
  if (manifest.encryption) {
    if (!options.ownKey) throw new BackupError('needs-key');
    if (options.ownKey.keyId !== manifest.encryption.keyId) throw new BackupError('foreign-key');
    key = await unwrapPackageKey(manifest.encryption.wrappedKey, options.ownKey.encryptionPrivateKey, scope, manifest.encryption.keyId);
    if (!key) throw damaged('the key does not unwrap');
  }

  async function readPart(part: StoredPart): Promise<Uint8Array> {
    const data = entries.get(part.name)!;
    if (data.length !== part.bytes || (await sha256Hex(data)) !== part.sha256) throw damaged(`${part.name} hash`);
    if (!key) return data;
    const iv = fromBase64(part.iv!);
    const plaintext = iv ? await decryptPart(key, scope, part.name, iv, data) : null;
    if (!plaintext) throw damaged(`${part.name} does not decrypt`);
    return plaintext;
  }

  const index = parseJson(await readPart(manifest.index), 'index');
  if (!isRecord(index) || index.backupId !== manifest.backupId || index.createdAt !== manifest.createdAt || index.schemaVersion !== manifest.schemaVersion) {
    throw damaged('index differs from the manifest');
  }
  if (!sameOrigin(manifest.origin, index.origin) || !Array.isArray(index.tables)) throw damaged('index origin or tables');
  const byName = new Map(manifest.parts.map((part) => [part.name, part]));
  const inOrder: string[] = [];
  const tables = new Map<string, unknown[]>();
  const counts: Record<string, number> = {};
  for (const entry of index.tables) {
    if (!isRecord(entry) || !isText(entry.table) || !Number.isSafeInteger(entry.rows) || !Array.isArray(entry.parts) || tables.has(entry.table)) throw damaged('index table');
    const reader = new NdjsonReader(MAX_ROW_CHARS);
    try {
      for (const name of entry.parts) {
        const part = typeof name === 'string' ? byName.get(name) : undefined;
        if (!part) throw damaged('index names an unknown part');
        inOrder.push(part.name);
        reader.push(await readPart(part));
      }
      reader.end();
    } catch (error) {
      throw error instanceof BackupError ? error : damaged(`${entry.table}: ${(error as Error).message}`);
    }
    if (reader.items.length !== entry.rows) throw damaged(`${entry.table} row count`);
    tables.set(entry.table, reader.items.map(fromJsonValue));
    counts[entry.table] = entry.rows;
  }
  // Every part belongs to exactly one table, in the manifest's order: none dropped, moved or repeated.
  if (inOrder.length !== manifest.parts.length || inOrder.some((name, i) => name !== manifest.parts[i]!.name)) throw damaged('parts out of order');
  return {
    summary: {
      backupId: manifest.backupId,
      createdAt: manifest.createdAt,
      schemaVersion: manifest.schemaVersion,
      origin: manifest.origin,
      encrypted: key !== null,
      keyId: manifest.encryption?.keyId ?? null,
      counts,
    },
    tables,
  };
}
