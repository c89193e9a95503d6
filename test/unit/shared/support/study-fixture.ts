import type { StudyNote, StudyNotebookRecord } from '../../../../shared/study/study-types';
import { notebookIdOf } from '../../../../shared/study/study-types';

let sequence = 0;

/** A stored note on a date, with whatever else the test sets. */
export function studyNote(date: string, hours: number, patch: Partial<StudyNote> = {}): StudyNote {
  sequence += 1;
  return {
    id: `note-${sequence}`,
    date,
    materialTitle: '《中国共产党章程》',
    kind: 'partyRules',
    hours,
    form: 'selfStudy',
    text: '',
    attachmentId: '',
    excellent: null,
    ...patch,
  };
}

/** A member's stored notebook for the notes' year. */
export function notebookOf(memberId: string, year: number, notes: StudyNote[], patch: Partial<StudyNotebookRecord> = {}): StudyNotebookRecord {
  return {
    id: notebookIdOf(memberId, year),
    branchId: 'branch-1',
    createdAt: `${year}-01-02T08:00:00.000Z`,
    updatedAt: `${year}-01-02T08:00:00.000Z`,
    deleted: false,
    memberId,
    year,
    notes: Object.fromEntries(notes.map((note) => [note.id, note])),
    ...patch,
  };
}
