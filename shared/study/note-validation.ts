import { compareDates, isValidDate } from '../dates';
import type { StudyRules } from '../rules/rule-types';
import { STUDY_FORMS, STUDY_KINDS, type StudyNoteInput } from './study-types';

/** Notes are entered to the half hour: the finest step a secretary reports, and exact in floating point. */
export const HOURS_STEP = 0.5;
export const MATERIAL_TITLE_MAX = 100;
/** A long handwritten reflection is a few thousand characters; this stops a pasted book. */
export const NOTE_TEXT_MAX = 20_000;

export type NoteErrors = Partial<Record<keyof StudyNoteInput, string>>;

/** What is wrong with a note, field by field in Chinese; empty when it may be stored. */
export function noteErrors(input: StudyNoteInput, rules: Pick<StudyRules, 'noteMaxHours'>, today: string): NoteErrors {
  const errors: NoteErrors = {};
  if (!isValidDate(input.date)) errors.date = '请填写学习日期（YYYY-MM-DD）。';
  else if (compareDates(input.date, today) > 0) errors.date = '学习日期不能晚于今天。';
  const title = input.materialTitle.trim();
  if (title === '') errors.materialTitle = '请填写学习材料名称。';
  else if (title.length > MATERIAL_TITLE_MAX) errors.materialTitle = `学习材料名称不超过 ${MATERIAL_TITLE_MAX} 个字。`;
  if (!(STUDY_KINDS as readonly string[]).includes(input.kind)) errors.kind = '请选择材料类别。';
  if (!(STUDY_FORMS as readonly string[]).includes(input.form)) errors.form = '请选择学习形式。';
  const max = rules.noteMaxHours.value;
  if (!Number.isFinite(input.hours) || input.hours <= 0) errors.hours = '请填写学时（大于 0）。';
  else if (input.hours > max) errors.hours = `单条记录最多 ${max} 学时；更长的培训请分条登记。`;
  else if (!Number.isInteger(input.hours / HOURS_STEP)) errors.hours = '学时按半小时登记，例如 1、1.5、2。';
  if (input.text.length > NOTE_TEXT_MAX) errors.text = `笔记内容不超过 ${NOTE_TEXT_MAX} 个字。`;
  return errors;
}

/** The first error as one sentence, for a batch that names the member it concerns. */
export function firstNoteError(errors: NoteErrors): string | undefined {
  return Object.values(errors)[0];
}

/** 期初学时 is a year's hours at most: more than a full year of weekly training days is a typo. */
export const OPENING_HOURS_MAX = 400;

/** What is wrong with an opening balance of 学时, in Chinese; undefined when it may be stored. */
export function openingHoursError(hours: number): string | undefined {
  if (!Number.isFinite(hours) || hours < 0) return '期初学时不能为负数。';
  if (hours > OPENING_HOURS_MAX) return `期初学时最多 ${OPENING_HOURS_MAX}。`;
  if (!Number.isInteger(hours / HOURS_STEP)) return '学时按半小时登记，例如 1、1.5、2。';
  return undefined;
}
