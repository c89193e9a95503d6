import type { BranchRecord } from '../branch/branch';
import type { MemberRecord } from '../members/member';
import type { MeetingRecord } from '../meetings/meeting-types';
import type { NoteTarget, RuleGroups } from '../rules/rule-types';
import { noteTargetFor, writtenStudyOf, type WrittenStudy } from './note-words';
import { meetingCredits, type MeetingCredit } from './meeting-credits';
import { recordedFrom } from '../records/base-record';
import { expectedHoursToDate, paceStatus, type PaceStatus } from './study-pace';
import { studyTargetOf, type StudyRole, type StudyTarget } from './study-targets';
import { STUDY_FORMS, type StudyForm, type StudyNotebookRecord, type StudyNote } from './study-types';

const MONTHS = 12;

/** The ledger reads as the branch reports: the committee first, then members, then 发展对象, each by name. */
const ROLE_ORDER: Record<StudyRole, number> = { leader: 0, member: 1, candidate: 2 };

export interface MemberStudyRow {
  member: MemberRecord;
  target: StudyTarget;
  /** Hours from the member's own notes, by form. */
  byForm: Record<StudyForm, number>;
  /** From 党课/主题党日 attended on the day, and from make-ups (补课). */
  fromMeetings: number;
  fromMakeUps: number;
  /** 期初学时 typed for the year (hours before the app kept records); undefined while none is. */
  opening: number | undefined;
  total: number;
  /** Notes and meeting credits by month, January first. */
  byMonth: number[];
  expectedToDate: number;
  status: PaceStatus;
  noteCount: number;
  excellentCount: number;
  /** 字数 of the year's notes and the 心得体会 among them, against the ledger's noteTarget. */
  written: WrittenStudy;
  credits: MeetingCredit[];
}

/** Bands of hours as a share of the member's own target, for the distribution chart. */
export const SHARE_BANDS = [
  { label: '不足25%', below: 0.25 },
  { label: '25–50%', below: 0.5 },
  { label: '50–75%', below: 0.75 },
  { label: '75–100%', below: 1 },
  { label: '达标', below: Infinity },
] as const;

export interface BranchStudySummary {
  memberCount: number;
  averageHours: number;
  totalHours: number;
  /** Members per SHARE_BANDS band. */
  distribution: number[];
  belowTarget: number;
  behind: number;
  /** Branch hours by month: from notes and from meetings. */
  notesByMonth: number[];
  meetingsByMonth: number[];
}

export interface StudyLedger {
  year: number;
  /** Words and 心得体会 a member writes this year, for the branch's kind; undefined when none is set. */
  noteTarget: NoteTarget | undefined;
  rows: MemberStudyRow[];
  summary: BranchStudySummary;
}

function emptyByForm(): Record<StudyForm, number> {
  return Object.fromEntries(STUDY_FORMS.map((form) => [form, 0])) as Record<StudyForm, number>;
}

const monthIndex = (date: string) => Number(date.slice(5, 7)) - 1;
const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

function notesOfYear(notebooks: readonly StudyNotebookRecord[], year: number): { notes: Map<string, StudyNote[]>; opening: Map<string, number> } {
  const notes = new Map<string, StudyNote[]>();
  const opening = new Map<string, number>();
  for (const notebook of notebooks) {
    if (notebook.deleted || notebook.year !== year) continue;
    const list = notes.get(notebook.memberId);
    if (list) list.push(...Object.values(notebook.notes));
    else notes.set(notebook.memberId, Object.values(notebook.notes));
    if (notebook.openingHours !== undefined) opening.set(notebook.memberId, (opening.get(notebook.memberId) ?? 0) + notebook.openingHours);
  }
  return { notes, opening };
}

function memberRow(member: MemberRecord, target: StudyTarget, notes: readonly StudyNote[], opening: number | undefined, credits: MeetingCredit[], year: number, today: string, graceDays: number): MemberStudyRow {
  const byForm = emptyByForm();
  const byMonth = new Array<number>(MONTHS).fill(0);
  for (const note of notes) {
    byForm[note.form] += note.hours;
    byMonth[monthIndex(note.date)]! += note.hours;
  }
  for (const credit of credits) byMonth[monthIndex(credit.date)]! += credit.hours;
  const fromMeetings = sum(credits.filter((credit) => !credit.makeUp).map((credit) => credit.hours));
  const fromMakeUps = sum(credits.filter((credit) => credit.makeUp).map((credit) => credit.hours));
  const total = sum(Object.values(byForm)) + fromMeetings + fromMakeUps + (opening ?? 0);
  // Without 期初学时, what came before the member's records is unknown: the pace starts with them.
  const countedFrom = opening === undefined ? recordedFrom(member) : '';
  return {
    member,
    target,
    byForm,
    fromMeetings,
    fromMakeUps,
    opening,
    total,
    byMonth,
    expectedToDate: expectedHoursToDate(target.hours, year, today, target.fromMonth, target.throughMonth, countedFrom),
    status: paceStatus(total, target.hours, year, today, graceDays, target.fromMonth, target.throughMonth, countedFrom),
    noteCount: notes.length,
    excellentCount: notes.filter((note) => note.excellent).length,
    written: writtenStudyOf(notes),
    credits,
  };
}

function summaryOf(rows: readonly MemberStudyRow[], notesByMonth: number[], meetingsByMonth: number[]): BranchStudySummary {
  const distribution = new Array<number>(SHARE_BANDS.length).fill(0);
  for (const row of rows) {
    const share = row.target.hours === 0 ? 1 : row.total / row.target.hours;
    distribution[SHARE_BANDS.findIndex((band) => share < band.below)]! += 1;
  }
  const totalHours = sum(rows.map((row) => row.total));
  return {
    memberCount: rows.length,
    totalHours,
    averageHours: rows.length === 0 ? 0 : totalHours / rows.length,
    distribution,
    belowTarget: rows.filter((row) => row.total < row.target.hours).length,
    behind: rows.filter((row) => row.status === 'behind' || row.status === 'missed').length,
    notesByMonth,
    meetingsByMonth,
  };
}

/**
 * Whether a meeting can credit hours in `year`: a credit is dated on the meeting's day or a
 * make-up's, so a meeting with neither in the year is skipped before its credits are made
 * (years of meetings would otherwise make every credit of every year, to keep one year's).
 */
function mayCreditYear(meeting: MeetingRecord, yearText: string): boolean {
  return meeting.startAt.startsWith(yearText) || meeting.makeUps.some((makeUp) => makeUp.date.startsWith(yearText));
}

/**
 * The 学时台账 of a year: every person with a target, their notes by form and their
 * credits from meetings, against the target and the year-to-date pace; and the branch's
 * totals. Recomputed from the records on every read, so it is always what they say.
 */
export function studyLedger(input: {
  branch: BranchRecord;
  members: readonly MemberRecord[];
  notebooks: readonly StudyNotebookRecord[];
  meetings: readonly MeetingRecord[];
  year: number;
  today: string;
  rules: Pick<RuleGroups, 'study' | 'development'>;
}): StudyLedger {
  const { branch, members, year, today, rules } = input;
  const { notes, opening } = notesOfYear(input.notebooks, year);
  const credits = new Map<string, MeetingCredit[]>();
  const yearText = String(year);
  for (const credit of meetingCredits(input.meetings.filter((meeting) => mayCreditYear(meeting, yearText)), rules.study)) {
    if (Number(credit.date.slice(0, 4)) !== year) continue;
    const list = credits.get(credit.memberId);
    if (list) list.push(credit);
    else credits.set(credit.memberId, [credit]);
  }
  const notesByMonth = new Array<number>(MONTHS).fill(0);
  const meetingsByMonth = new Array<number>(MONTHS).fill(0);
  const rows: MemberStudyRow[] = [];
  for (const member of members) {
    const target = studyTargetOf(member, branch, rules, year);
    if (!target) continue;
    const memberNotes = notes.get(member.id) ?? [];
    const memberCredits = credits.get(member.id) ?? [];
    for (const note of memberNotes) notesByMonth[monthIndex(note.date)]! += note.hours;
    for (const credit of memberCredits) meetingsByMonth[monthIndex(credit.date)]! += credit.hours;
    rows.push(memberRow(member, target, memberNotes, opening.get(member.id), memberCredits, year, today, rules.study.paceGraceDays.value));
  }
  rows.sort((a, b) => ROLE_ORDER[a.target.role] - ROLE_ORDER[b.target.role] || a.member.name.localeCompare(b.member.name, 'zh-CN'));
  return { year, noteTarget: noteTargetFor(branch, rules.study, year), rows, summary: summaryOf(rows, notesByMonth, meetingsByMonth) };
}

/** Hours for display: whole numbers bare, halves with one decimal (12, 12.5). */
export function formatHours(hours: number): string {
  return Number.isInteger(hours) ? String(hours) : hours.toFixed(1);
}
