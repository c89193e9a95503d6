import type { SchemaVersion } from './schema-version';

/**
 * Version 2: the member roster, the audit log and local preferences. Only new stores,
 * so no upgrade function: rows written by version 1 stay as they are.
 *
 * Every index is written on every put, and the audit log doubles every write, so each
 * store has only the indexes a query needs:
 * - members: branchId (the roster), updatedAt (sync: changed since), idNumber (a
 *   person's record by ID number, also across branches on the central office PC).
 *   Stage, party group and name are filtered in memory within one branch's roster, which
 *   is read whole anyway; indexing them would slow every roster import for no query.
 * - auditLog: [branchId+at+id] pages a branch's history newest first. The id makes
 *   every key distinct: an import writes hundreds of entries with one instant, and a
 *   page must start right after the previous one inside such a group (with [branchId+at]
 *   alone each page scans the group again: paging the 6000 entries of a 3000-member
 *   import, 100 at a time, did not finish in two minutes under fake-indexeddb; with the
 *   id it takes 0.3 s). Entries of one branch are read as a range over this index
 *   ([branchId, minKey]..[branchId, maxKey]), so branchId has no index of its own.
 *   (Dexie's derived where('branchId') on a three-part index fails under fake-indexeddb;
 *   where('[branchId+at]') works.) recordId gives one record's history; updatedAt is the
 *   sync contract of every synced table.
 * - preferences: local settings (the operator's name), keyed by name, never synced.
 */
export const schemaV2: SchemaVersion = {
  version: 2,
  stores: {
    members: 'id, branchId, updatedAt, idNumber',
    auditLog: 'id, updatedAt, recordId, [branchId+at+id]',
    preferences: 'key',
  },
};
