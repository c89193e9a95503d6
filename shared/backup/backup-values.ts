import { fromBase64, toBase64 } from '../sync/bytes';
import { BackupError } from './backup-errors';

/**
 * Stored rows as JSON and back, exactly: IndexedDB keeps byte arrays (attachments,
 * quarantined packages) and properties set to undefined, which JSON would turn into
 * objects of numbers and drop. Both are written as one-key tag objects. Anything else
 * JSON cannot hold (a Date, a Blob, a CryptoKey) makes the backup fail rather than be
 * silently wrong; the schema stores none of them outside syncKeys, which is not backed up.
 */

const BYTES = '$bytes';
const UNDEFINED = '$undefined';

function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

export function toJsonValue(value: unknown, path = ''): unknown {
  if (value === undefined) return { [UNDEFINED]: true };
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new BackupError('unsupported-value', `${path}: ${value}`);
    return value;
  }
  if (typeof value !== 'object') throw new BackupError('unsupported-value', `${path}: ${typeof value}`);
  if (value instanceof Uint8Array) return { [BYTES]: toBase64(value) };
  if (Array.isArray(value)) return value.map((item, index) => toJsonValue(item, `${path}[${index}]`));
  if (!isPlainObject(value)) throw new BackupError('unsupported-value', `${path}: ${Object.prototype.toString.call(value)}`);
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = toJsonValue(item, `${path}.${key}`);
  return out;
}

export function fromJsonValue(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(fromJsonValue);
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === 1 && keys[0] === UNDEFINED && record[UNDEFINED] === true) return undefined;
  if (keys.length === 1 && keys[0] === BYTES) {
    const bytes = typeof record[BYTES] === 'string' ? fromBase64(record[BYTES]) : null;
    if (!bytes) throw new BackupError('damaged', 'bad $bytes value');
    return bytes;
  }
  const out: Record<string, unknown> = {};
  for (const key of keys) out[key] = fromJsonValue(record[key]);
  return out;
}
