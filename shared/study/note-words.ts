import type { BranchRecord } from '../branch/branch';
import { ruleAsOf } from '../rules/rule-history';
import type { NoteTarget, StudyRules } from '../rules/rule-types';
import type { StudyNote } from './study-types';

/** Han characters (CJK unified ideographs and their extensions, compatibility ideographs). */
const HAN = /\p{Script=Han}/u;
/** A run of letters or digits of another script: one word, as a word processor counts it. */
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * 字数 as WPS and Word count it for Chinese text: every Han character is one, every run of
 * other letters or digits ("PDCA", "2026") is one; punctuation and spaces are none.
 */
export function noteWordCount(text: string): number {
  let count = 0;
  for (const match of text.matchAll(WORD)) {
    const run = match[0];
    const han = [...run].filter((character) => HAN.test(character)).length;
    // Han characters count one each; what is left of the run between them counts as words.
    count += han + run.split(/\p{Script=Han}+/u).filter(Boolean).length;
  }
  return count;
}

export interface WrittenStudy {
  /** 字数 of all the year's notes, 心得体会 included. */
  words: number;
  /** Notes of the 心得体会 kind. */
  reflections: number;
}

export function writtenStudyOf(notes: readonly Pick<StudyNote, 'text' | 'kind'>[]): WrittenStudy {
  return {
    words: notes.reduce((total, note) => total + noteWordCount(note.text), 0),
    reflections: notes.filter((note) => note.kind === 'reflection').length,
  };
}

/**
 * The year's written-study target for a member of this branch: by the branch's kind, from the
 * rule in effect on 1 January. Undefined when the branch has not said its kind or the office
 * sets nothing for it (both numbers 0).
 */
export function noteTargetFor(branch: Pick<BranchRecord, 'kind'>, rules: Pick<StudyRules, 'noteTargets'>, year: number): NoteTarget | undefined {
  if (!branch.kind) return undefined;
  const target = ruleAsOf(rules.noteTargets, `${year}-01-01`).value[branch.kind];
  return target.words === 0 && target.reflections === 0 ? undefined : target;
}
