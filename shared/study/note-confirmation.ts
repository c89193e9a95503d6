import type { BaseRecord } from '../records/base-record';
import { notesInOrder } from './notebook-edit';
import type { StudyNote, StudyNotebookRecord } from './study-types';

/** The longest opinion the central office may write on a confirmation. */
export const CONFIRMATION_OPINION_MAX = 500;

/**
 * The central office's confirmation of one 优秀学习笔记, a record of its own under the note's
 * id (note ids are UUIDs), owned by the note's branch and written only by the central office.
 * It is kept apart from the notebook for the reason meeting reviews are (docs/architecture.md):
 * the notebook is the branch's, and a confirmation stored inside it would collide with notes
 * typed at the branch meanwhile.
 */
export interface NoteConfirmationRecord extends BaseRecord {
  notebookId: string;
  memberId: string;
  /** The material confirmed, so a list of confirmations reads without the notebook. */
  materialTitle: string;
  confirmedBy: string;
  /** ISO instant */
  confirmedAt: string;
  opinion: string;
}

export type NoteConfirmationContent = Omit<NoteConfirmationRecord, keyof BaseRecord>;

/**
 * What confirming a note stores, or the Chinese reason it may not be confirmed: only a note
 * the branch marked excellent, and an opinion within the limit.
 */
export function noteConfirmation(
  notebook: StudyNotebookRecord,
  noteId: string,
  opinion: string,
  confirmedBy: string,
  at: Date,
): { ok: true; content: NoteConfirmationContent } | { ok: false; reason: string } {
  const note = notebook.deleted ? undefined : notebook.notes[noteId];
  if (!note) return { ok: false, reason: '找不到这篇学习笔记，可能已被支部删除。' };
  if (!note.excellent) return { ok: false, reason: '这篇学习笔记未被支部评为优秀，不能确认。' };
  const text = opinion.trim();
  if ([...text].length > CONFIRMATION_OPINION_MAX) return { ok: false, reason: `确认意见不能超过 ${CONFIRMATION_OPINION_MAX} 个字。` };
  return {
    ok: true,
    content: { notebookId: notebook.id, memberId: notebook.memberId, materialTitle: note.materialTitle, confirmedBy, confirmedAt: at.toISOString(), opinion: text },
  };
}

/** 组织部门已确认（confirmed by, on）：opinion — as the branch's notebook and its print view say it. */
export function describeConfirmation(confirmation: Pick<NoteConfirmationRecord, 'confirmedBy' | 'confirmedAt' | 'opinion'>): string {
  const opinion = confirmation.opinion ? `：${confirmation.opinion}` : '';
  return `组织部门已确认（${confirmation.confirmedBy}，${confirmation.confirmedAt.slice(0, 10)}）${opinion}`;
}

/** One note a branch marked excellent, with the central office's confirmation when there is one. */
export interface ExcellentNoteEntry {
  branchId: string;
  notebookId: string;
  memberId: string;
  note: StudyNote & { excellent: NonNullable<StudyNote['excellent']> };
  confirmation: NoteConfirmationRecord | null;
}

/**
 * Every note marked excellent in the notebooks of a year: those waiting for confirmation
 * first, then the confirmed ones, each group newest first.
 */
export function excellentNotes(notebooks: readonly StudyNotebookRecord[], confirmations: ReadonlyMap<string, NoteConfirmationRecord>, year: number): ExcellentNoteEntry[] {
  const entries: ExcellentNoteEntry[] = [];
  for (const notebook of notebooks) {
    if (notebook.deleted || notebook.year !== year) continue;
    for (const note of notesInOrder(notebook.notes)) {
      if (!note.excellent) continue;
      const confirmation = confirmations.get(note.id);
      entries.push({
        branchId: notebook.branchId,
        notebookId: notebook.id,
        memberId: notebook.memberId,
        note: note as ExcellentNoteEntry['note'],
        confirmation: confirmation && !confirmation.deleted ? confirmation : null,
      });
    }
  }
  const pendingFirst = (entry: ExcellentNoteEntry) => (entry.confirmation ? 1 : 0);
  return entries.sort((a, b) => pendingFirst(a) - pendingFirst(b) || b.note.date.localeCompare(a.note.date));
}
