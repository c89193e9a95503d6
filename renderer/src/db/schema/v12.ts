import type { SchemaVersion } from './schema-version';

/**
 * Version 12: 谈心谈话 as records of their own (shared/talks/talk.ts), written only by the
 * branch and sent in its 报送包. Only a new store, so no upgrade function. `date` is indexed:
 * the yearly coverage reads one year's talks.
 */
export const schemaV12: SchemaVersion = {
  version: 12,
  stores: {
    talks: 'id, branchId, updatedAt, date',
  },
};
