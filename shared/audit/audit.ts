import { newId, type BaseRecord } from '../records/base-record';
import { diffRecords, type FieldChange } from '../records/record-diff';

export type { FieldChange } from '../records/record-diff';

export type AuditAction = 'create' | 'update' | 'delete';

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = { create: '新增', update: '修改', delete: '删除' };

/**
 * Who changed what, and when, for one write to one record. Entries are immutable:
 * they are only ever added, never changed or deleted, so the log can be trusted as
 * the history of the branch's records.
 */
export interface AuditEntry extends BaseRecord {
  /** The table the record lives in, e.g. 'members'. */
  table: string;
  recordId: string;
  action: AuditAction;
  /** ISO 8601 instant of the write; equal to the written record's updatedAt. */
  at: string;
  /** The operator's name as set on this PC (or '系统' for writes the app makes itself). */
  actor: string;
  changes: FieldChange[];
}

/**
 * The fields stamped on every write. Unlike the full base set they leave the tombstone
 * in, so that a delete reads as `deleted: false → true`.
 */
const STAMP_FIELDS = ['id', 'branchId', 'createdAt', 'updatedAt', 'hlc'] as const satisfies readonly (keyof BaseRecord)[];

export interface AuditedWrite<T extends BaseRecord> {
  table: string;
  action: AuditAction;
  /** The stored version before the write; absent for a create. */
  before?: T;
  after: T;
  actor: string;
}

/** What changed: a create lists every field it set, other writes the fields that differ. */
export function auditChanges<T extends BaseRecord>(before: T | undefined, after: T): FieldChange[] {
  return before ? diffRecords(before, after, STAMP_FIELDS) : diffRecords({}, after);
}

/** The audit entry for a write. It belongs to the written record's branch and carries its instant. */
export function auditEntryFor<T extends BaseRecord>(write: AuditedWrite<T>): AuditEntry {
  const at = write.after.updatedAt;
  return {
    id: newId(),
    branchId: write.after.branchId,
    createdAt: at,
    updatedAt: at,
    deleted: false,
    table: write.table,
    recordId: write.after.id,
    action: write.action,
    at,
    actor: write.actor,
    changes: auditChanges(write.before, write.after),
  };
}
