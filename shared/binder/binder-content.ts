import type { ElectionRecord } from '../branch/election';
import type { MakeUpEntry, MeetingRecord } from '../meetings/meeting-types';
import { PLAN_KINDS, type PlanContent } from '../plans/plan';
import type { MemberRecord } from '../members/member';
import { isOnRoster } from '../members/roster-periods';
import { notesInOrder } from '../study/notebook-edit';
import { notebookIdOf, type StudyNote, type StudyNotebookRecord } from '../study/study-types';

/**
 * What of a branch's records goes into its binder for a year: the selections the binder's
 * sections are made of, pure so that a test can say which meetings and people a year holds.
 */

/** The day the binder's stocks are taken: 31 December, or today while the year runs. */
export function binderAsOf(year: number, today: string): string {
  const yearEnd = `${year}-12-31`;
  return today < yearEnd ? today : yearEnd;
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'zh-CN');

/** Party members (正式 and 预备) on the roster on the day, by name: the 党员名册 of the binder. */
export function rosterAsOf<T extends Pick<MemberRecord, 'name' | 'stage' | 'transfers' | 'ending' | 'deleted'>>(members: readonly T[], asOf: string): T[] {
  return members.filter((member) => !member.deleted && (member.stage === 'full' || member.stage === 'probationary') && isOnRoster(member, asOf)).sort(byName);
}

/**
 * People whose development the year's dossiers show: those on the roster on the day who are
 * not yet full members, and those who became full members within the year. By name.
 */
export function developmentPeople<T extends Pick<MemberRecord, 'name' | 'stage' | 'fullMembershipOn' | 'transfers' | 'ending' | 'deleted'>>(
  members: readonly T[],
  year: number,
  asOf: string,
): T[] {
  return members
    .filter((member) => !member.deleted && isOnRoster(member, asOf) && (member.stage !== 'full' || member.fullMembershipOn.startsWith(`${year}-`)))
    .sort(byName);
}

/** The year's meeting records in the order they were held. */
export function meetingsOfYear<T extends Pick<MeetingRecord, 'startAt' | 'deleted'>>(meetings: readonly T[], year: number): T[] {
  return meetings.filter((meeting) => !meeting.deleted && meeting.startAt.startsWith(`${year}-`)).sort((a, b) => a.startAt.localeCompare(b.startAt));
}

/** A meeting's line in the table of contents: 2026-03-12 2026年3月支部委员会. */
export function meetingEntry(meeting: Pick<MeetingRecord, 'startAt' | 'sessionName'>): string {
  return `${meeting.startAt.slice(0, 10)} ${meeting.sessionName}`;
}

/** Records dated in the year (YYYY-MM-DD `date`), oldest first. */
export function datedInYear<T extends { date: string; deleted: boolean }>(records: readonly T[], year: number): T[] {
  return records.filter((record) => !record.deleted && record.date.startsWith(`${year}-`)).sort((a, b) => a.date.localeCompare(b.date));
}

/** Assessment periods of the year ('2026', '2026-Q1' …) that the office has published, the year first, then quarters in order. */
export function publishedOfYear<T extends { period: string; published: unknown | null; deleted: boolean }>(results: readonly T[], year: number): T[] {
  const key = String(year);
  return results
    .filter((result) => !result.deleted && result.published !== null && (result.period === key || result.period.startsWith(`${key}-`)))
    .sort((a, b) => (a.period === key ? -1 : b.period === key ? 1 : a.period.localeCompare(b.period)));
}

/** Files the binder draws as pictures under their meeting; any other file (a PDF scan) is listed by name in the record only. */
const DRAWN_IMAGE_TYPES: ReadonlySet<string> = new Set(['image/jpeg', 'image/png', 'image/webp']);

/** A meeting's attachments that the binder draws, in the order the record lists them. */
export function drawnImages<T extends { mimeType: string }>(attachments: readonly T[]): T[] {
  return attachments.filter((attachment) => DRAWN_IMAGE_TYPES.has(attachment.mimeType));
}

/** 补课 done in the year, whichever year the meeting made up for was held in, by date: each with its meeting. */
export function makeUpsOfYear<T extends Pick<MeetingRecord, 'startAt' | 'deleted' | 'makeUps'>>(meetings: readonly T[], year: number): { makeUp: MakeUpEntry; meeting: T }[] {
  return meetings
    .filter((meeting) => !meeting.deleted)
    .flatMap((meeting) => meeting.makeUps.filter((makeUp) => makeUp.date.startsWith(`${year}-`)).map((makeUp) => ({ makeUp, meeting })))
    .sort((a, b) => a.makeUp.date.localeCompare(b.makeUp.date) || a.meeting.startAt.localeCompare(b.meeting.startAt));
}

/** The year's plans and summary as sent to the office (a draft never sent is not part of the 台账), 计划 before 总结. */
export function plansOfYear<T extends Pick<PlanContent, 'year' | 'kind' | 'submittedAt'> & { deleted: boolean }>(plans: readonly T[], year: number): T[] {
  return plans.filter((plan) => !plan.deleted && plan.year === year && plan.submittedAt !== '').sort((a, b) => PLAN_KINDS.indexOf(a.kind) - PLAN_KINDS.indexOf(b.kind));
}

/** 换届 whose election meeting was held in the year, in the order held. */
export function electionsOfYear<T extends Pick<ElectionRecord, 'meeting' | 'deleted'>>(elections: readonly T[], year: number): T[] {
  return elections
    .filter((election) => !election.deleted && election.meeting?.heldOn.startsWith(`${year}-`))
    .sort((a, b) => a.meeting!.heldOn.localeCompare(b.meeting!.heldOn));
}

/**
 * Each member's 学习笔记本 of the year, in the order of the year's 学时 rows: the member's row
 * with the notes of their notebook for the year in date order (none when they kept none).
 */
export function notebooksOfYear<Row extends { member: { id: string } }>(
  rows: readonly Row[],
  notebooks: readonly Pick<StudyNotebookRecord, 'id' | 'notes' | 'deleted'>[],
  year: number,
): { row: Row; notes: StudyNote[] }[] {
  const byId = new Map(notebooks.filter((book) => !book.deleted).map((book) => [book.id, book]));
  return rows.map((row) => {
    const notebook = byId.get(notebookIdOf(row.member.id, year));
    return { row, notes: notebook ? notesInOrder(notebook.notes) : [] };
  });
}

/** Lines of an A4 page a notebook's notes may fill in the binder, kept below a full page so that no block spills onto a next one. */
export const NOTEBOOK_PAGE_LINES = 34;

/** Lines a notebook's opening takes: its title, the hours table and one line per meeting credited. */
export function notebookHeadLines(credits: number): number {
  return 8 + credits;
}

/**
 * A note's height in printed lines, estimated: its rows (date, material, comment) and its text
 * at about 40 characters a line, each paragraph from a new line.
 */
export function noteLines(note: Pick<StudyNote, 'text' | 'excellent'>): number {
  const text = note.text.split('\n').reduce((sum, paragraph) => sum + Math.max(1, Math.ceil(paragraph.length / 40)), 0);
  return 6 + text + (note.excellent ? 4 : 0);
}

/**
 * A member's notes cut into pages for the binder: the first page holds the notebook's opening
 * (`headLines`) and the notes that fit after it, perhaps none; the others hold notes only. A
 * block that never spills keeps the printed pages as the contents number them; a single note
 * longer than a page stays whole on a page of its own.
 */
export function notesByPage<T extends Pick<StudyNote, 'text' | 'excellent'>>(notes: readonly T[], headLines: number, pageLines: number = NOTEBOOK_PAGE_LINES): T[][] {
  const pages: T[][] = [[]];
  let room = pageLines - headLines;
  for (const note of notes) {
    const height = noteLines(note);
    if (height > room && (pages.length === 1 || pages.at(-1)!.length > 0)) {
      pages.push([]);
      room = pageLines;
    }
    pages.at(-1)!.push(note);
    room -= height;
  }
  return pages;
}
