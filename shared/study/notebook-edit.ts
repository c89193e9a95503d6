import { newId } from '../records/base-record';
import type { ExcellentMark, StudyNote, StudyNoteInput } from './study-types';

/**
 * Pure edits of a notebook's notes. Notes stay in date order (then in the order typed),
 * which is the order the notebook prints in; each keeps its id through every edit.
 */
function inDateOrder(notes: StudyNote[]): StudyNote[] {
  return notes.map((note, position) => ({ note, position })).sort((a, b) => a.note.date.localeCompare(b.note.date) || a.position - b.position).map(({ note }) => note);
}

export function withNoteAdded(notes: readonly StudyNote[], input: StudyNoteInput, id: string = newId()): { notes: StudyNote[]; note: StudyNote } {
  const note: StudyNote = { ...input, materialTitle: input.materialTitle.trim(), id, excellent: null };
  return { notes: inDateOrder([...notes, note]), note };
}

function withNote(notes: readonly StudyNote[], noteId: string, change: (note: StudyNote) => StudyNote): StudyNote[] {
  if (!notes.some((note) => note.id === noteId)) throw new Error('这条学习笔记不存在或已被删除。');
  return inDateOrder(notes.map((note) => (note.id === noteId ? change(note) : note)));
}

/** A note's content replaced; its id and excellent mark stay. The date must keep the notebook's year (the caller moves it otherwise). */
export function withNoteChanged(notes: readonly StudyNote[], noteId: string, input: StudyNoteInput): StudyNote[] {
  return withNote(notes, noteId, (note) => ({ ...note, ...input, materialTitle: input.materialTitle.trim() }));
}

export function withNoteRemoved(notes: readonly StudyNote[], noteId: string): StudyNote[] {
  if (!notes.some((note) => note.id === noteId)) throw new Error('这条学习笔记不存在或已被删除。');
  return notes.filter((note) => note.id !== noteId);
}

/** 优秀学习笔记: set with a comment, or cleared with null. */
export function withExcellentMark(notes: readonly StudyNote[], noteId: string, mark: ExcellentMark | null): StudyNote[] {
  return withNote(notes, noteId, (note) => ({ ...note, excellent: mark }));
}
