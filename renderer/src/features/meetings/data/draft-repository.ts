import type { MeetingDraft } from '../../../../../shared/meetings/meeting-types';
import type { LedgerDatabase } from '../../../db/database';
import { ledgerDb } from '../../../db/ledger-db';

/**
 * Meeting drafts: the form as typed, written on every pause in typing. Local to this PC
 * and never audited or synced: a draft is not yet a record.
 */
export function createDraftRepository(db: LedgerDatabase) {
  return {
    save: (draft: MeetingDraft): Promise<string> => db.meetingDrafts.put(draft),

    get: (id: string): Promise<MeetingDraft | undefined> => db.meetingDrafts.get(id),

    /** Unfinished drafts of the branch, newest first (a copy: a live query's result is frozen). */
    async list(branchId: string): Promise<MeetingDraft[]> {
      const drafts = await db.meetingDrafts.where('branchId').equals(branchId).toArray();
      return [...drafts].sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    },

    discard: (id: string): Promise<void> => db.meetingDrafts.delete(id),
  };
}

export type DraftRepository = ReturnType<typeof createDraftRepository>;

export const draftRepository = createDraftRepository(ledgerDb);
