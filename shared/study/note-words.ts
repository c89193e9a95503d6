import type { BranchRecord } from '../branch/branch';
import { ruleAsOf } from '../rules/rule-history';
import type { NoteTarget, StudyRules } from '../rules/rule-types';
import type { StudyNote } from './study-types';

/** Han characters (CJK unified ideographs and their extensions, compatibility ideographs). */
const HAN = /\p{Script=Han}/u;
/** A letter or digit of any script: a run of those not Han is one word, as a word processor counts it. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** What a character is for counting: the common ranges without a regular expression (a note is thousands of them). */
function kindOf(code: number, character: string): 'han' | 'word' | 'none' {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) ? 'word' : 'none';
  if (code >= 0x4e00 && code <= 0x9fff) return 'han';
  if (!LETTER_OR_DIGIT.test(character)) return 'none';
  return HAN.test(character) ? 'han' : 'word';
}

/**
 * 字数 as WPS and Word count it for Chinese text: every Han character is one, every run of
 * other letters or digits ("PDCA", "2026") is one; punctuation and spaces are none.
 * One pass over the characters: the 学时台账 of a hospital counts years of notes.
 */
export function noteWordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (const character of text) {
    const kind = kindOf(character.codePointAt(0)!, character);
    if (kind === 'han') count += 1;
    else if (kind === 'word' && !inWord) count += 1;
    inWord = kind === 'word';
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
