/**
 * Fields every stored domain record carries. Sync (USB packages) relies on them:
 * a stable id across PCs, the branch that owns the record, timestamps for review,
 * and a tombstone instead of a physical delete, so that a delete can travel in a
 * package like any other change.
 */
export interface BaseRecord {
  /** UUID v4, assigned once on creation and never reused. */
  id: string;
  /** Id of the branch that owns the record. */
  branchId: string;
  /** ISO 8601 instant. */
  createdAt: string;
  /** ISO 8601 instant of the last change, including the change that deleted it. */
  updatedAt: string;
  /** Tombstone: true once deleted. Deleted records stay stored so the delete can sync. */
  deleted: boolean;
  /**
   * Hybrid logical clock stamp of the last change (shared/sync/hlc), set by the write that
   * stored it; absent on records written before sync existed, which count as oldest.
   */
  hlc?: string;
}

// A record of every key (not a bare list) so that a field added to BaseRecord fails to compile here.
const BASE_FIELD_SET = { id: true, branchId: true, createdAt: true, updatedAt: true, deleted: true, hlc: true } satisfies Record<keyof BaseRecord, true>;

/** The base fields by name, for code that must tell them apart from a record's content. */
export const BASE_RECORD_FIELDS = Object.keys(BASE_FIELD_SET) as readonly (keyof BaseRecord)[];

/** The part of a record its author supplies; the base fields are stamped for them. */
export type RecordInput<T extends BaseRecord> = Omit<T, keyof BaseRecord>;

export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

export function newId(): string {
  return crypto.randomUUID();
}

export function stampNew<T extends BaseRecord>(
  input: RecordInput<T>,
  branchId: string,
  clock: Clock = systemClock,
): T {
  const now = clock().toISOString();
  return { ...input, id: newId(), branchId, createdAt: now, updatedAt: now, deleted: false } as T;
}

export function stampChange<T extends BaseRecord>(
  record: T,
  patch: Partial<RecordInput<T>>,
  clock: Clock = systemClock,
): T {
  return { ...record, ...patch, updatedAt: clock().toISOString() };
}

export function stampDeleted<T extends BaseRecord>(record: T, clock: Clock = systemClock): T {
  return { ...record, deleted: true, updatedAt: clock().toISOString() };
}

/**
 * The calendar day a record was first stored (its creation instant's date). For a member,
 * the day the app began keeping their records: what fell due before it is not known to
 * the app (a roster brought in mid-year rarely carries every date of the year so far).
 */
export function recordedFrom(record: Pick<BaseRecord, 'createdAt'>): string {
  return record.createdAt.slice(0, 10);
}
