import type { BaseRecord } from '../records/base-record';

/** 心得体会 (reflection) is a kind of its own: hospitals ask a number of them a year (study.noteTargets). */
export const STUDY_KINDS = ['partyRules', 'speeches', 'documents', 'professional', 'reflection', 'other'] as const;
export type StudyKind = (typeof STUDY_KINDS)[number];

export const STUDY_KIND_LABELS: Record<StudyKind, string> = {
  partyRules: '党章党规',
  speeches: '重要讲话',
  documents: '文件精神',
  professional: '业务学习',
  reflection: '心得体会',
  other: '其他',
};

export const STUDY_FORMS = ['collective', 'selfStudy', 'online', 'trainingCourse'] as const;
export type StudyForm = (typeof STUDY_FORMS)[number];

export const STUDY_FORM_LABELS: Record<StudyForm, string> = {
  collective: '集中学习',
  selfStudy: '自学',
  online: '线上学习',
  trainingCourse: '培训班',
};

/** 优秀学习笔记: the branch's mark, with why. */
export interface ExcellentMark {
  comment: string;
  markedBy: string;
  /** ISO instant */
  markedAt: string;
}

/** One entry of a member's 学习笔记本. */
export interface StudyNote {
  /** A UUID, stable through edits: the central office's confirmation is stored under it. */
  id: string;
  /** YYYY-MM-DD, within the notebook's year. */
  date: string;
  materialTitle: string;
  kind: StudyKind;
  /** 学时, in steps of half an hour. */
  hours: number;
  form: StudyForm;
  /** Plain text; line breaks are kept as typed and printed. */
  text: string;
  /** A photo or scan of the handwritten page (a row of the attachments store), or ''. */
  attachmentId: string;
  excellent: ExcellentMark | null;
}

/**
 * A member's 学习笔记本 for one calendar year: every note of the year inside one stored
 * value. A hospital holds about 750k notes over five years; as a row each they would be
 * the largest store by far and the slowest to import, as 3,000 members × 5 years they
 * are 15k values.
 *
 * Notes are keyed by their id, not listed: the audit log's field diff then names the one
 * note and field that changed ('notes.<id>.hours') instead of copying the whole year's
 * notes into every entry, and sync can merge a notebook note by note. notesInOrder()
 * gives them in date order for screens and print.
 *
 * Only the branch writes a notebook. The central office's confirmation of an excellent
 * note is a record of its own (note-confirmation.ts), not a field of the notebook.
 */
export interface StudyNotebookRecord extends BaseRecord {
  memberId: string;
  year: number;
  notes: Record<string, StudyNote>;
  /**
   * 期初学时: hours of the year completed before the branch kept its records in this app,
   * typed by the secretary (a branch starting mid-year brings the year so far). Counted in
   * the ledger's total and shown apart; absent while none was recorded, and then the pace
   * runs only from the day the member's records began.
   */
  openingHours?: number;
}

/** What a note form supplies: the id and the excellent mark are kept by the notebook. */
export type StudyNoteInput = Omit<StudyNote, 'id' | 'excellent'>;

/**
 * One notebook per member per year, so its id is derived from both: two writes racing to
 * open the same year's notebook meet on one key instead of splitting the year in two.
 * Member ids are UUIDs, so the id is unique across every branch too.
 */
export function notebookIdOf(memberId: string, year: number): string {
  return `notebook-${memberId}-${year}`;
}
