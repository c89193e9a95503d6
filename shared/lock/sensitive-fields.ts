import { decryptField, encryptField, isEncryptedField } from './field-cipher';

/**
 * The fields kept encrypted at rest while the app lock is set: a member's 身份证号 and
 * 电话, in the member record and in the audit log's entries about members (which copy
 * the values written). Names stay clear so that search by name and every count still
 * work without the key.
 */
export const SENSITIVE_MEMBER_FIELDS = ['idNumber', 'phone'] as const;
const SENSITIVE = new Set<string>(SENSITIVE_MEMBER_FIELDS);

type Transform = (field: string, value: string) => string;

type Row = Record<string, unknown>;

/** The row with each sensitive text field transformed; the same object when nothing changes. */
function mapMemberRow<T>(row: T, transform: Transform): T {
  let out: Row | undefined;
  for (const field of SENSITIVE_MEMBER_FIELDS) {
    const value = (row as Row)[field];
    if (typeof value !== 'string') continue;
    const next = transform(field, value);
    if (next !== value) (out ??= { ...(row as Row) })[field] = next;
  }
  return (out ?? row) as T;
}

interface ChangeLike {
  field: string;
  before: unknown;
  after: unknown;
}

/** An audit entry about a member with the sensitive values of its changes transformed; the same object when nothing changes. */
function mapAuditEntry<T>(entry: T, transform: Transform): T {
  const { table, changes } = entry as { table?: unknown; changes?: unknown };
  if (table !== 'members' || !Array.isArray(changes)) return entry;
  let touched = false;
  const mapped = (changes as ChangeLike[]).map((change) => {
    if (!change || !SENSITIVE.has(change.field)) return change;
    const apply = (value: unknown) => (typeof value === 'string' ? transform(change.field, value) : value);
    const next = { ...change, before: apply(change.before), after: apply(change.after) };
    if (next.before === change.before && next.after === change.after) return change;
    touched = true;
    return next;
  });
  return touched ? ({ ...(entry as Row), changes: mapped } as T) : entry;
}

export type SensitiveTable = 'members' | 'auditLog';

export function isSensitiveTable(name: string): name is SensitiveTable {
  return name === 'members' || name === 'auditLog';
}

const MAPPERS: Record<SensitiveTable, <T>(row: T, transform: Transform) => T> = { members: mapMemberRow, auditLog: mapAuditEntry };

/** The row as stored under the key: its clear sensitive values sealed (sealed ones kept). */
export function sealSensitive<T>(table: SensitiveTable, row: T, key: Uint8Array): T {
  return MAPPERS[table](row, (field, value) => encryptField(key, field, value));
}

/** The row as read with the key: its sealed values opened. */
export function openSensitive<T>(table: SensitiveTable, row: T, key: Uint8Array): T {
  return MAPPERS[table](row, (field, value) => decryptField(key, field, value));
}

/** Whether the row holds a sensitive value in clear (to be sealed while the lock is set). */
export function hasClearSensitive(table: SensitiveTable, row: unknown): boolean {
  let found = false;
  MAPPERS[table](row, (_field, value) => {
    if (value !== '' && !isEncryptedField(value)) found = true;
    return value;
  });
  return found;
}

/** Whether the row holds a sealed value (which only the key opens). */
export function hasSealedSensitive(table: SensitiveTable, row: unknown): boolean {
  let found = false;
  MAPPERS[table](row, (_field, value) => {
    if (isEncryptedField(value)) found = true;
    return value;
  });
  return found;
}
