import { noteConfirmation, type NoteConfirmationRecord } from '../../../../../shared/study/note-confirmation';
import type { LedgerDatabase } from '../../../db/database';
import { ledgerDb } from '../../../db/ledger-db';
import { createRecordRepository, type RecordRepositoryOptions } from '../../../db/record-repository';
import { withOperator } from '../../../core/preferences/preferences-repository';

export class ConfirmationRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfirmationRefusedError';
  }
}

/**
 * Central office: 确认 of 优秀学习笔记. A confirmation is a record of its own under the note's
 * id, owned by the note's branch, so it is queued in that branch's stream and travels in its
 * next return package without touching the branch's notebook.
 */
export function createNoteConfirmationRepository(db: LedgerDatabase, options?: Partial<RecordRepositoryOptions>) {
  const records = createRecordRepository(db, 'noteConfirmations', withOperator(db, options));

  return {
    /** Confirms, or with a new opinion confirms again, a note its branch marked excellent; refused whole otherwise. */
    async confirm(notebookId: string, noteId: string, opinion: string, confirmedBy: string, at: Date = new Date()): Promise<NoteConfirmationRecord> {
      const notebook = await db.studyNotebooks.get(notebookId);
      if (!notebook) throw new ConfirmationRefusedError('找不到这本学习笔记，可能已被支部删除。');
      const result = noteConfirmation(notebook, noteId, opinion, confirmedBy, at);
      if (!result.ok) throw new ConfirmationRefusedError(result.reason);
      return records.put(notebook.branchId, noteId, result.content);
    },
  };
}

export const noteConfirmationRepository = createNoteConfirmationRepository(ledgerDb);
