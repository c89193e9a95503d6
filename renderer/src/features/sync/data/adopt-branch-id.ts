import { encodeHlc } from '../../../../../shared/sync/hlc';
import { TO_CENTRAL_STREAM, type ChangeRef, type ClockRow } from '../../../db/change-log';
import { BRANCH_SYNCED_TABLES, type LedgerDatabase } from '../../../db/database';

/** Local tables that carry the branch id but never travel. */
const LOCAL_BRANCH_TABLES = ['auditLog', 'meetingDrafts'] as const;

/**
 * Gives this branch PC the id the central office assigned in its enrolment file. Until then
 * the branch used the id made at setup, which no other PC has ever seen (nothing can be sent
 * before enrolment), so every record is moved to the new id in one transaction, restamped
 * with a clock of the new node, and queued afresh as new for the first package.
 */
export async function adoptBranchId(db: LedgerDatabase, oldId: string, newId: string, now: Date): Promise<void> {
  const hlc = encodeHlc({ wallMs: now.getTime(), counter: 0, node: newId });
  const synced = BRANCH_SYNCED_TABLES.map((name) => db.table(name));
  const local = LOCAL_BRANCH_TABLES.map((name) => db.table(name));
  await db.transaction('rw', [...synced, ...local, db.meetingFacts, db.installation, db.changeLog, db.syncState], async () => {
    const changes: ChangeRef[] = [];
    for (const table of synced) {
      const rows = (await table.toArray()) as { id: string; branchId: string; hlc?: string }[];
      const moved = rows.map((row) => ({ ...row, id: row.id === oldId ? newId : row.id, branchId: row.branchId === oldId ? newId : row.branchId, hlc }));
      if (table.name === 'branches') await table.delete(oldId);
      await table.bulkPut(moved);
      changes.push(...moved.map((row) => ({ table: table.name, id: row.id, baseHlc: null, changedFields: [] })));
    }
    for (const table of local) {
      await table.toCollection().modify((row: { branchId: string; recordId?: string }) => {
        if (row.branchId === oldId) row.branchId = newId;
        if (row.recordId === oldId) row.recordId = newId;
      });
    }
    // The meetings' facts followed them to the new id (meeting-facts-middleware.ts); the old id's are left behind.
    await db.meetingFacts.delete(oldId);
    await db.installation.update('this-pc', { ownerId: newId });
    await db.changeLog.clear();
    if (changes.length > 0) await db.changeLog.add({ stream: TO_CENTRAL_STREAM, seq: 1, hlc, changes });
    const clock: ClockRow = { key: 'clock', hlc, lastSeq: { [TO_CENTRAL_STREAM]: changes.length } };
    await db.syncState.put(clock);
  });
}
