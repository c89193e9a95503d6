import type { Table } from 'dexie';
import {
  stampChange,
  stampDeleted,
  stampNew,
  systemClock,
  type BaseRecord,
  type Clock,
  type RecordInput,
} from '../../../shared/records/base-record';

export class RecordNotFoundError extends Error {
  constructor(id: string) {
    super(`记录不存在或已删除（${id}）`);
    this.name = 'RecordNotFoundError';
  }
}

/**
 * The operations every synced table shares. Deletes are tombstones, so that a
 * delete can travel in a sync package; reads hide tombstones.
 */
export function createRecordRepository<T extends BaseRecord>(table: Table<T, string>, clock: Clock = systemClock) {
  async function getLive(id: string): Promise<T> {
    const record = await table.get(id);
    if (!record || record.deleted) throw new RecordNotFoundError(id);
    return record;
  }

  return {
    async listByBranch(branchId: string): Promise<T[]> {
      const rows = await table.where('branchId').equals(branchId).toArray();
      return rows.filter((row) => !row.deleted);
    },

    async find(id: string): Promise<T | undefined> {
      const record = await table.get(id);
      return record && !record.deleted ? record : undefined;
    },

    async create(branchId: string, input: RecordInput<T>): Promise<T> {
      const record = stampNew<T>(input, branchId, clock);
      await table.add(record);
      return record;
    },

    async update(id: string, patch: Partial<RecordInput<T>>): Promise<T> {
      return table.db.transaction('rw', table, async () => {
        const next = stampChange(await getLive(id), patch, clock);
        await table.put(next);
        return next;
      });
    },

    async remove(id: string): Promise<void> {
      await table.db.transaction('rw', table, async () => {
        await table.put(stampDeleted(await getLive(id), clock));
      });
    },
  };
}

export type RecordRepository<T extends BaseRecord> = ReturnType<typeof createRecordRepository<T>>;
