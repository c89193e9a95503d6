import { firstNoteError, noteErrors, openingHoursError } from '../../../../../shared/study/note-validation';
import { notesInOrder, withExcellentMark, withNoteAdded, withNoteChanged, withNoteRemoved } from '../../../../../shared/study/notebook-edit';
import type { NoteConfirmationRecord } from '../../../../../shared/study/note-confirmation';
import { notebookIdOf, type StudyNote, type StudyNoteInput, type StudyNotebookRecord } from '../../../../../shared/study/study-types';
import type { StudyRules } from '../../../../../shared/rules/rule-types';
import { systemClock, type Clock } from '../../../../../shared/records/base-record';
import { NATIONAL_RULE_SET } from '../../../../../shared/rules/national-rule-set';
import { localToday } from '../../../core/today';
import type { LedgerDatabase } from '../../../db/database';
import { ledgerDb } from '../../../db/ledger-db';
import { createRecordRepository, type RecordRepositoryOptions, type RecordUpdate } from '../../../db/record-repository';
import { withOperator } from '../../../core/preferences/preferences-repository';
import { createAttachmentRepository } from '../../../core/attachments/attachment-repository';

/** A note that may not be stored; the message says why, in Chinese, and nothing was written. */
export class NoteRejectedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NoteRejectedError';
  }
}

const yearOf = (date: string) => Number(date.slice(0, 4));

/**
 * 学习笔记本: one stored value per member per year, every write audited through the record
 * repository. The notebook's id comes from the member and the year, so the first note of
 * a year creates it and every later one updates it.
 */
export interface NotebookRepositoryOptions extends Partial<RecordRepositoryOptions> {
  /** The rules a note is checked against: the national defaults until a received rule set is applied. */
  rules?: Pick<StudyRules, 'noteMaxHours'>;
}

export function createNotebookRepository(db: LedgerDatabase, options: NotebookRepositoryOptions = {}) {
  const recordOptions = withOperator(db, options);
  const records = createRecordRepository(db, 'studyNotebooks', recordOptions);
  const clock: Clock = options.clock ?? systemClock;
  const attachments = createAttachmentRepository(db, clock);
  const rules = options.rules ?? NATIONAL_RULE_SET.rules.study;

  function checked(input: StudyNoteInput, who?: string): StudyNoteInput {
    // The PC's local date, as the form shows it: a note typed at 23:30 is today's.
    const today = localToday(clock());
    const problem = firstNoteError(noteErrors(input, rules, today));
    if (problem) throw new NoteRejectedError(who ? `${who}：${problem}` : problem);
    return input;
  }

  async function live(notebookId: string): Promise<StudyNotebookRecord> {
    const notebook = await records.find(notebookId);
    if (!notebook) throw new NoteRejectedError('这本学习笔记不存在或已被删除。');
    return notebook;
  }

  /** Drops the photos of the notebook that no note lists any more (a note removed, a photo replaced). */
  async function releasePhotos(notebook: StudyNotebookRecord): Promise<void> {
    const listed = Object.values(notebook.notes).map((note) => note.attachmentId).filter((id) => id !== '');
    await attachments.releaseUnlisted(notebook.id, listed);
  }

  return {
    /** Every live notebook of the branch, all years: a branch holds a few hundred at most. */
    list: (branchId: string): Promise<StudyNotebookRecord[]> => records.listByBranch(branchId),

    get: (notebookId: string): Promise<StudyNotebookRecord | undefined> => records.find(notebookId),

    /** The central office's confirmations of the branch's excellent notes, by note id, as its return packages brought them. */
    async confirmations(branchId: string): Promise<Map<string, NoteConfirmationRecord>> {
      const rows = await db.noteConfirmations.where('branchId').equals(branchId).toArray();
      return new Map(rows.filter((row) => !row.deleted).map((row) => [row.id, row]));
    },

    /**
     * One note for each entry (batch entry of one material for many members), in one
     * transaction: every notebook is written or none is, and a refused note (named by the
     * entry's `name`) writes nothing at all.
     */
    async addNotes(branchId: string, entries: ReadonlyArray<{ memberId: string; input: StudyNoteInput; name?: string }>): Promise<StudyNote[]> {
      for (const entry of entries) checked(entry.input, entry.name);
      const ids = [...new Set(entries.map((entry) => notebookIdOf(entry.memberId, yearOf(entry.input.date))))];
      const stored = new Map((await db.studyNotebooks.bulkGet(ids)).filter((row): row is StudyNotebookRecord => !!row && !row.deleted).map((row) => [row.id, row]));
      const pending = new Map<string, { memberId: string; year: number; notes: StudyNotebookRecord['notes']; isNew: boolean }>();
      const added: StudyNote[] = [];
      for (const { memberId, input } of entries) {
        const year = yearOf(input.date);
        const id = notebookIdOf(memberId, year);
        const current = pending.get(id) ?? { memberId, year, notes: stored.get(id)?.notes ?? {}, isNew: !stored.has(id) };
        const { notes, note } = withNoteAdded(current.notes, input);
        pending.set(id, { ...current, notes });
        added.push(note);
      }
      const adds = [...pending].filter(([, book]) => book.isNew).map(([id, book]) => ({ id, memberId: book.memberId, year: book.year, notes: book.notes }));
      const updates: RecordUpdate<StudyNotebookRecord>[] = [...pending].filter(([, book]) => !book.isNew).map(([id, book]) => ({ id, patch: { notes: book.notes } }));
      await records.importMany(branchId, { adds, updates });
      return added;
    },

    /**
     * 期初学时 of a year per member (hours before the app kept records), in one transaction:
     * a notebook is created where the year has none; null clears a balance. A refused value
     * (named by the entry's `name`) writes nothing at all. Audited as the notebook's
     * openingHours field, so the ledger and the history both say it was typed as an opening.
     */
    async setOpeningHours(branchId: string, year: number, entries: ReadonlyArray<{ memberId: string; hours: number | null; name?: string }>): Promise<void> {
      for (const entry of entries) {
        const problem = entry.hours === null ? undefined : openingHoursError(entry.hours);
        if (problem) throw new NoteRejectedError(entry.name ? `${entry.name}：${problem}` : problem);
      }
      const ids = entries.map((entry) => notebookIdOf(entry.memberId, year));
      const stored = await db.studyNotebooks.bulkGet(ids);
      const adds = entries.flatMap((entry, index) => {
        const book = stored[index];
        return (!book || book.deleted) && entry.hours !== null ? [{ id: ids[index]!, memberId: entry.memberId, year, notes: {}, openingHours: entry.hours }] : [];
      });
      const updates: RecordUpdate<StudyNotebookRecord>[] = entries.flatMap((entry, index) => {
        const book = stored[index];
        if (!book || book.deleted) return [];
        return [{ id: book.id, patch: { openingHours: entry.hours ?? undefined } }];
      });
      await records.importMany(branchId, { adds, updates });
    },

    /** A note's content replaced. The year stays: a note belongs to its year's notebook. */
    async changeNote(notebookId: string, noteId: string, input: StudyNoteInput): Promise<StudyNotebookRecord> {
      const notebook = await live(notebookId);
      checked(input);
      if (yearOf(input.date) !== notebook.year) {
        throw new NoteRejectedError(`这条笔记记在 ${notebook.year} 年的笔记本里，日期不能改到其他年份；请删除后在新日期重新登记。`);
      }
      const updated = await records.update(notebookId, { notes: withNoteChanged(notebook.notes, noteId, input) });
      await releasePhotos(updated);
      return updated;
    },

    /** Removes a note; the audit log keeps its content, so 修改记录 shows what was removed. */
    async removeNote(notebookId: string, noteId: string): Promise<StudyNotebookRecord> {
      const notebook = await live(notebookId);
      const updated = await records.update(notebookId, { notes: withNoteRemoved(notebook.notes, noteId) });
      await releasePhotos(updated);
      return updated;
    },

    /** 优秀学习笔记 with the branch's comment, marked by the operator of this PC; null clears it. */
    async markExcellent(notebookId: string, noteId: string, comment: string | null): Promise<StudyNotebookRecord> {
      const notebook = await live(notebookId);
      if (comment !== null && comment.trim() === '') throw new NoteRejectedError('请填写推荐理由（评语）。');
      const value = comment === null ? null : { comment: comment.trim(), markedBy: await recordOptions.actor(), markedAt: clock().toISOString() };
      return records.update(notebookId, { notes: withExcellentMark(notebook.notes, noteId, value) });
    },

    /** A photo of a handwritten page, checked like a meeting's files, stored under the notebook. */
    attachPhoto: (branchId: string, memberId: string, date: string, fileName: string, bytes: Uint8Array) =>
      attachments.add(branchId, notebookIdOf(memberId, yearOf(date)), 'photo', fileName, bytes),

    photo: (attachmentId: string) => attachments.content(attachmentId),

    notesInOrder,
  };
}

export type NotebookRepository = ReturnType<typeof createNotebookRepository>;

export const notebookRepository = createNotebookRepository(ledgerDb);
