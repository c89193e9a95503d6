import type { MeetingContentFields } from '../../../../../shared/meetings/new-meeting';
import type { MeetingConfirmation, MeetingRecord } from '../../../../../shared/meetings/meeting-types';
import type { Clock } from '../../../../../shared/records/base-record';
import type { LedgerDatabase } from '../../../db/database';
import { ledgerDb } from '../../../db/ledger-db';
import { createRecordRepository, type RecordRepositoryOptions } from '../../../db/record-repository';
import { withOperator } from '../../../core/preferences/preferences-repository';
import { createAttachmentRepository } from '../../../core/attachments/attachment-repository';
import { changeLogTables } from '../../../db/change-log';

/** What the meeting form edits: everything but the stamps, the signatures and the central office's review. */
export type MeetingContent = MeetingContentFields;

export class MeetingLockedError extends Error {
  constructor(sessionName: string) {
    super(`“${sessionName}”已由主持人和记录人签字确认，不能直接改动。如需更正，请先点击“修改”解除确认（会记入修改记录）。`);
    this.name = 'MeetingLockedError';
  }
}

export function createMeetingRepository(db: LedgerDatabase, options?: Partial<RecordRepositoryOptions>, clock?: Clock) {
  const records = createRecordRepository(db, 'meetings', withOperator(db, options));
  const attachments = createAttachmentRepository(db, clock);

  async function unlocked(id: string): Promise<MeetingRecord> {
    const meeting = await records.find(id);
    if (!meeting) throw new Error('这条会议记录不存在或已被删除。');
    if (meeting.confirmation) throw new MeetingLockedError(meeting.sessionName);
    return meeting;
  }

  /**
   * Stores the form's content under the draft's id: a new meeting keeps the id its draft
   * had, so that attachments saved while typing already point at it.
   */
  async function save(branchId: string, id: string, content: MeetingContent): Promise<MeetingRecord> {
    const stored = await records.find(id);
    if (!stored) return records.create(branchId, { ...content, confirmation: null, review: null }, { id });
    await unlocked(id);
    return records.update(id, content);
  }

  return {
    /** The branch's meetings without deleted ones, in no particular order. */
    list: (branchId: string): Promise<MeetingRecord[]> => records.listByBranch(branchId),

    get: (id: string): Promise<MeetingRecord | undefined> => records.find(id),

    save,

    /**
     * 保存 in the editor: the draft becomes the record, files added and then taken off the
     * list are released and the draft is gone, in one transaction. The screens reading
     * meetings, drafts and files then change once, not once per write.
     */
    saveDraft(branchId: string, id: string, content: MeetingContent): Promise<MeetingRecord> {
      return db.transaction('rw', [db.meetings, db.attachments, db.meetingDrafts, db.preferences, ...changeLogTables(db)], async () => {
        const saved = await save(branchId, id, content);
        await attachments.releaseUnlisted(id, content.attachmentIds);
        await db.meetingDrafts.delete(id);
        return saved;
      });
    },

    /** 签字确认: locks the record against edits until someone chooses 修改. */
    async confirm(id: string, confirmation: MeetingConfirmation): Promise<MeetingRecord> {
      await unlocked(id);
      return records.update(id, { confirmation });
    },

    /** 修改: lifts the lock; the audit log keeps who signed, when, and who reopened it. */
    reopen: (id: string): Promise<MeetingRecord> => records.update(id, { confirmation: null }),

    /**
     * Make-ups come after the meeting, often after it was signed, so they are allowed on a
     * confirmed record: they add to it without changing what the minutes say.
     */
    async setMakeUps(id: string, makeUps: MeetingRecord['makeUps']): Promise<MeetingRecord> {
      return records.update(id, { makeUps });
    },

    async remove(id: string): Promise<void> {
      await unlocked(id);
      await records.remove(id);
    },
  };
}

export type MeetingRepository = ReturnType<typeof createMeetingRepository>;

export const meetingRepository = createMeetingRepository(ledgerDb);
