import { newId } from '../records/base-record';
import type { ExcellentMark, StudyNote, StudyNoteInput } from './study-types';

export type NoteMap = Readonly<Record<string, StudyNote>>;

/**
 * Pure edits of a notebook's notes. Each returns a new map and never touches the notes it
 * does not concern; a note keeps its id through every edit.
 */

/** The notes by date, those of one day in the order they were typed (their order in the map). */
export function notesInOrder(notes: NoteMap): StudyNote[] {
  return Object.values(notes)
    .map((note, position) => ({ note, position }))
    .sort((a, b) => a.note.date.localeCompare(b.note.date) || a.position - b.position)
    .map(({ note }) => note);
}

export function withNoteAdded(notes: NoteMap, input: StudyNoteInput, id: string = newId()): { notes: Record<string, StudyNote>; note: StudyNote } {
  const note: StudyNote = { ...input, materialTitle: input.materialTitle.trim(), id, excellent: null };
  return { notes: { ...notes, [id]: note }, note };
}

function existing(notes: NoteMap, noteId: string): StudyNote {
  const note = notes[noteId];
  if (!note) throw new Error('这条学习笔记不存在或已被删除。');
  return note;
}

/** A note's content replaced; its id and excellent mark stay. */
export function withNoteChanged(notes: NoteMap, noteId: string, input: StudyNoteInput): Record<string, StudyNote> {
  const note = existing(notes, noteId);
  return { ...notes, [noteId]: { ...note, ...input, materialTitle: input.materialTitle.trim() } };
}

export function withNoteRemoved(notes: NoteMap, noteId: string): Record<string, StudyNote> {
  existing(notes, noteId);
  const { [noteId]: _removed, ...rest } = notes;
  return rest;
}

/** 优秀学习笔记: set with a comment, or cleared with null. */
export function withExcellentMark(notes: NoteMap, noteId: string, mark: ExcellentMark | null): Record<string, StudyNote> {
  return { ...notes, [noteId]: { ...existing(notes, noteId), excellent: mark } };
}
