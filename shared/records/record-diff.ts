import { BASE_RECORD_FIELDS } from './base-record';

/** One changed field. `field` is a dotted path into nested objects, e.g. 'development.activistOn'. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

type Fields = Record<string, unknown>;

/** Only plain objects are descended into; class instances would lose their meaning as paths. */
function isPlainObject(value: unknown): value is Fields {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Keys of both sides, first side's order first, so that changes read in the record's own order. */
function keysOf(before: Fields, after: Fields): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])];
}

/**
 * Structural equality of stored values: primitives, arrays and plain objects. A key
 * holding undefined counts as absent, as it does once the record is stored and read back.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  }
  if (isPlainObject(a) && isPlainObject(b)) return keysOf(a, b).every((key) => sameValue(a[key], b[key]));
  return false;
}

function collect(path: string, before: unknown, after: unknown, into: FieldChange[]): void {
  if (sameValue(before, after)) return;
  // An object that appears or disappears is descended into as well, so that a field has
  // the same path whether it was created, changed or removed.
  const nested = (isPlainObject(before) || before === undefined) && (isPlainObject(after) || after === undefined);
  if (nested) {
    const found = into.length;
    const from = (before ?? {}) as Fields;
    const to = (after ?? {}) as Fields;
    for (const key of keysOf(from, to)) collect(`${path}.${key}`, from[key], to[key], into);
    // An empty object appearing or disappearing has no leaves to report: report it whole.
    if (into.length > found) return;
  }
  into.push({ field: path, before, after });
}

/**
 * The fields that differ between two versions of a record, for the audit log and for
 * showing what an import will change. Nested objects are compared field by field and
 * reported by dotted path; arrays are compared structurally and reported whole, since
 * an index path ('transfers.0') would blame every later item when one is inserted.
 * The base fields are ignored by default: they change on every write.
 */
export function diffRecords(
  before: object,
  after: object,
  ignore: readonly string[] = BASE_RECORD_FIELDS,
): FieldChange[] {
  const skip = new Set(ignore);
  const from = before as Fields;
  const to = after as Fields;
  const changes: FieldChange[] = [];
  for (const key of keysOf(from, to)) {
    if (!skip.has(key)) collect(key, from[key], to[key], changes);
  }
  return changes;
}
