import { describe, expect, it } from 'vitest';
// First: it installs fake-indexeddb, which Dexie looks for when it is first imported.
import { databasePerTest, freshDatabase } from '../support/test-database';
import Dexie, { type Table } from 'dexie';
import { LOCAL_TABLES, LedgerDatabase, SYNC_BOOKKEEPING_TABLES } from '../../../../renderer/src/db/database';
import { SCHEMA_VERSIONS, CURRENT_SCHEMA_VERSION } from '../../../../renderer/src/db/schema';
import { schemaV1 } from '../../../../renderer/src/db/schema/v1';
import { createBranchRepository } from '../../../../renderer/src/features/branch/data/branch-repository';

const database = databasePerTest();

/**
 * A field is queryable through its own index, or as the first part of a compound one,
 * read with a range over the rest (as the audit repository does for a branch's log).
 */
function queryableBy(table: Table, field: string): boolean {
  return table.schema.indexes.some((index) => index.name === field || (Array.isArray(index.keyPath) && index.keyPath[0] === field));
}

describe('schema versions', () => {
  it('are listed oldest first without gaps, each with stores', () => {
    expect(SCHEMA_VERSIONS.map((schema) => schema.version)).toEqual(
      Array.from({ length: SCHEMA_VERSIONS.length }, (_, index) => index + 1),
    );
    expect(CURRENT_SCHEMA_VERSION).toBe(SCHEMA_VERSIONS.length);
  });

  it('give every synced table the indexes sync relies on', async () => {
    const db = database();
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    const synced = db.tables.filter((table) => !LOCAL_TABLES.includes(table.name) && !SYNC_BOOKKEEPING_TABLES.includes(table.name));
    expect(synced.map((table) => table.name).sort()).toEqual([
      'activities',
      'assessmentReports',
      'assessmentResults',
      'attachments',
      'auditLog',
      'awards',
      'branchDocuments',
      'branchPlans',
      'branches',
      'developmentReviews',
      'documentReceipts',
      'documents',
      'duesBases',
      'duesPayments',
      'duesRemittances',
      'electionReviews',
      'elections',
      'meetingReviews',
      'meetings',
      'memberActivities',
      'memberAppraisals',
      'members',
      'monthlyReportReturns',
      'monthlyReports',
      'noteConfirmations',
      'notices',
      'planReturns',
      'studyNotebooks',
      'talks',
      'transferOrders',
      'transferRequests',
    ]);
    for (const table of synced) {
      expect(table.schema.primKey.name, table.name).toBe('id');
      expect(queryableBy(table, 'branchId'), `${table.name}.branchId`).toBe(true);
      expect(queryableBy(table, 'updatedAt'), `${table.name}.updatedAt`).toBe(true);
    }
  });
});

describe('upgrading a version 1 database', () => {
  it('keeps its rows and adds the new stores, empty and writable', async () => {
    const name = freshDatabase().name;
    const v1 = new Dexie(name);
    v1.version(schemaV1.version).stores(schemaV1.stores);
    const branch = {
      id: 'b-1',
      branchId: 'b-1',
      name: '内科第一党支部',
      parentOrganizationName: '市人民医院党委',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      deleted: false,
    };
    const installation = { key: 'this-pc', role: 'branch', name: '内科第一党支部', parentOrganizationName: '市人民医院党委', ownerId: 'b-1', setupAt: '2026-01-01T00:00:00.000Z' };
    await v1.table('branches').add(branch);
    await v1.table('installation').add(installation);
    v1.close();

    const db = new LedgerDatabase(name);
    try {
      await db.open();
      expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
      expect(await db.installation.toArray()).toEqual([installation]);
      expect(await db.branches.toArray()).toEqual([branch]);
      expect([await db.members.count(), await db.auditLog.count(), await db.preferences.count()]).toEqual([0, 0, 0]);

      // The migrated branch is edited like any other, with its change audited.
      const updated = await createBranchRepository(db, { actor: () => '王书记' }).updateBranch('b-1', { isJoint: true });
      expect(updated).toMatchObject({ id: 'b-1', name: '内科第一党支部', isJoint: true });
      expect(await db.auditLog.toArray()).toEqual([
        expect.objectContaining({ recordId: 'b-1', action: 'update', actor: '王书记', changes: [{ field: 'isJoint', before: undefined, after: true }] }),
      ]);
    } finally {
      await db.delete();
    }
  });
});

describe('upgrading a version 4 database to sync (version 5)', () => {
  it('queues every record written before, so the first package carries them', async () => {
    const name = freshDatabase().name;
    const v4 = new Dexie(name);
    for (const schema of SCHEMA_VERSIONS.filter((version) => version.version <= 4)) v4.version(schema.version).stores(schema.stores);
    const stamp = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', deleted: false };
    await v4.table('installation').add({ key: 'this-pc', role: 'branch', name: '内科党支部', parentOrganizationName: '', ownerId: 'b-1', setupAt: stamp.createdAt });
    await v4.table('branches').add({ id: 'b-1', branchId: 'b-1', name: '内科党支部', parentOrganizationName: '', ...stamp });
    await v4.table('members').bulkAdd([
      { id: 'm-1', branchId: 'b-1', name: '李强', ...stamp },
      { id: 'm-2', branchId: 'b-1', name: '张敏', ...stamp, deleted: true },
    ]);
    v4.close();

    const db = new LedgerDatabase(name);
    try {
      await db.open();
      const [row] = await db.changeLog.toArray();
      expect(row).toMatchObject({ stream: 'central', seq: 1 });
      expect(row!.changes.map((change) => `${change.table}/${change.id}`).sort()).toEqual(['branches/b-1', 'members/m-1', 'members/m-2']);
      expect(await db.syncState.get('clock')).toMatchObject({ lastSeq: { central: 3 } });
    } finally {
      await db.delete();
    }
  });
});
