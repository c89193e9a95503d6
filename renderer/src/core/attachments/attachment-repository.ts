import { sha256Hex } from '../../../../shared/hash';
import { checkAttachment, MEETING_FILES, type AttachmentAccept } from '../../../../shared/meetings/attachment-check';
import type { AttachmentKind, AttachmentRecord } from '../../../../shared/meetings/meeting-types';
import { newId, systemClock, type Clock } from '../../../../shared/records/base-record';
import { changeLogTables, trackWrites } from '../../db/change-log';
import type { LedgerDatabase } from '../../db/database';
import { ledgerDb } from '../../db/ledger-db';

export class AttachmentRejectedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AttachmentRejectedError';
  }
}

/** An attachment without its bytes, for lists. */
export type AttachmentSummary = Omit<AttachmentRecord, 'bytes'>;

function summaryOf({ bytes: _bytes, ...summary }: AttachmentRecord): AttachmentSummary {
  return summary;
}

/**
 * Scans and photos of a meeting. They are written as soon as they are picked, under the
 * meeting's id (which a new meeting's draft already has), so a draft only carries ids.
 * Each write is queued for sync with its change-log row in the same transaction.
 */
export function createAttachmentRepository(db: LedgerDatabase, clock: Clock = systemClock) {
  return {
    /** `accept`: what the owner takes (a meeting's images and PDFs by default; a document's Word and Excel too). */
    async add(branchId: string, meetingId: string, kind: AttachmentKind, fileName: string, bytes: Uint8Array, accept: AttachmentAccept = MEETING_FILES): Promise<AttachmentSummary> {
      const check = checkAttachment(fileName, bytes, accept);
      if (!check.ok) throw new AttachmentRejectedError(check.message);
      const now = clock().toISOString();
      const record: AttachmentRecord = {
        id: newId(),
        branchId,
        createdAt: now,
        updatedAt: now,
        deleted: false,
        meetingId,
        kind,
        fileName,
        mimeType: check.mimeType,
        size: bytes.length,
        sha256: await sha256Hex(bytes),
        bytes,
      };
      await db.transaction('rw', [db.attachments, ...changeLogTables(db)], async () => {
        await trackWrites(db, [{ table: 'attachments', after: record }], new Date(now));
        await db.attachments.add(record);
      });
      return summaryOf(record);
    },

    /**
     * A copy of a stored file for another branch's record (the central office sending a
     * transferred member's note photos to the new branch): a record of its own, owned by
     * that branch, queued in its stream. '' when the file is not held here.
     */
    async copy(sourceId: string, branchId: string, ownerRecordId: string): Promise<string> {
      const source = await db.attachments.get(sourceId);
      if (!source || source.deleted || source.bytes.length === 0) return '';
      const instant = clock();
      const now = instant.toISOString();
      const { hlc: _hlc, ...content } = source;
      const record: AttachmentRecord = { ...content, id: newId(), branchId, meetingId: ownerRecordId, createdAt: now, updatedAt: now, deleted: false };
      await db.transaction('rw', [db.attachments, ...changeLogTables(db)], async () => {
        await trackWrites(db, [{ table: 'attachments', after: record }], instant);
        await db.attachments.add(record);
      });
      return record.id;
    },

    /** The live attachments among these ids, in the given order, without their bytes. */
    async summaries(ids: readonly string[]): Promise<AttachmentSummary[]> {
      const rows = await db.attachments.bulkGet([...ids]);
      return rows.filter((row): row is AttachmentRecord => !!row && !row.deleted).map(summaryOf);
    },

    async content(id: string): Promise<AttachmentRecord | undefined> {
      const row = await db.attachments.get(id);
      return row && !row.deleted ? row : undefined;
    },

    /**
     * Tombstones the meeting's attachments that its stored record does not list: those of a
     * discarded draft, or removed in the form. The bytes go; the tombstone stays for sync.
     */
    async releaseUnlisted(meetingId: string, listedIds: readonly string[]): Promise<number> {
      const keep = new Set(listedIds);
      const instant = clock();
      const now = instant.toISOString();
      return db.transaction('rw', [db.attachments, ...changeLogTables(db)], async () => {
        const rows = await db.attachments.where('meetingId').equals(meetingId).toArray();
        const writes = rows
          .filter((row) => !row.deleted && !keep.has(row.id))
          .map((before) => ({ table: 'attachments', before, after: { ...before, deleted: true, updatedAt: now, bytes: new Uint8Array(0), size: 0 } }));
        await trackWrites(db, writes, instant);
        const released = writes.map((write) => write.after);
        await db.attachments.bulkPut(released);
        return released.length;
      });
    },
  };
}

export type AttachmentRepository = ReturnType<typeof createAttachmentRepository>;

export const attachmentRepository = createAttachmentRepository(ledgerDb);
