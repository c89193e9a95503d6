import type { SchemaVersion } from './schema-version';

/**
 * Version 1. Never edit a released version: add schema/v2.ts with the new stores
 * and an upgrade function, and list it in schema/index.ts. Databases made by
 * every earlier version must keep opening.
 */
export const schemaV1: SchemaVersion = {
  version: 1,
  stores: {
    // What this PC is (branch or central office). Local only, never synced.
    installation: 'key',
    branches: 'id, branchId, updatedAt',
  },
};
