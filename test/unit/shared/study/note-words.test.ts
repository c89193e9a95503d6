import { describe, expect, it } from 'vitest';
import { NATIONAL_RULE_SET } from '../../../../shared/rules/national-rule-set';
import { ruleChangedFrom } from '../../../../shared/rules/rule-history';
import type { NoteTargets } from '../../../../shared/rules/rule-types';
import { noteTargetFor, noteWordCount, writtenStudyOf } from '../../../../shared/study/note-words';

const national = NATIONAL_RULE_SET.rules.study;

/** The office's targets (20,000 字 and 3 心得体会 for 行政, 10,000 and 2 for 临床) from a date. */
function localTargets(effectiveFrom: string) {
  const value: NoteTargets = { ...national.noteTargets.value, administrative: { words: 20000, reflections: 3 }, clinical: { words: 10000, reflections: 2 } };
  return { noteTargets: ruleChangedFrom(national.noteTargets, { value, description: '院党委规定', source: { regulation: '院党委规定', article: '' }, effectiveFrom }) };
}

describe('字数 of a study note', () => {
  it('counts each Han character and each run of other letters or digits once; punctuation and spaces not at all', () => {
    expect(noteWordCount('学习贯彻党的二十大精神。')).toBe(11);
    expect(noteWordCount('运用 PDCA 循环，2026 年完成 3 项改进！')).toBe(2 + 1 + 2 + 1 + 3 + 1 + 3);
    expect(noteWordCount('用PDCA方法')).toBe(4);
    expect(noteWordCount('  \n——、“”  ')).toBe(0);
  });

  it('counts as the definition by runs does (Han one each, each run of other letters or digits one), on text of every kind', () => {
    // The definition written out by regular expressions, as the count once was: the one-pass count must agree with it.
    const byRuns = (text: string) =>
      [...text.matchAll(/[\p{L}\p{N}]+/gu)].reduce((sum, [run]) => sum + [...run].filter((c) => /\p{Script=Han}/u.test(c)).length + run.split(/\p{Script=Han}+/u).filter(Boolean).length, 0);
    const pieces = ['学', '习', 'PDCA', '2026', ' ', '，', '。', '〇', '々', '⺀', '𠀀', 'é', 'Ω', 'ｄ', '１', '\n', '—', 'ア', '한', '٣', '😀', 'x'];
    let seed = 7;
    for (let sample = 0; sample < 500; sample += 1) {
      let text = '';
      for (let index = 0; index < 12; index += 1) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        text += pieces[seed % pieces.length];
      }
      expect(noteWordCount(text), text).toBe(byRuns(text));
    }
    expect(noteWordCount('〇々𠀀é')).toBe(4);
  });

  it('sums the year and counts 心得体会 apart', () => {
    const written = writtenStudyOf([
      { text: '一二三四五', kind: 'documents' },
      { text: '心得：七八九', kind: 'reflection' },
      { text: '体会', kind: 'reflection' },
    ]);
    expect(written).toEqual({ words: 5 + 5 + 2, reflections: 2 });
  });
});

describe('the year’s target for the branch kind', () => {
  it('is the office’s value for the kind, none when the kind is unset or nothing is set for it', () => {
    const rules = localTargets('2026-01-01');
    expect(noteTargetFor({ kind: 'clinical' }, rules, 2026)).toEqual({ words: 10000, reflections: 2 });
    expect(noteTargetFor({ kind: 'administrative' }, rules, 2026)).toEqual({ words: 20000, reflections: 3 });
    expect(noteTargetFor({}, rules, 2026)).toBeUndefined();
    expect(noteTargetFor({ kind: 'logistics' }, rules, 2026)).toBeUndefined();
    expect(noteTargetFor({ kind: 'clinical' }, national, 2026)).toBeUndefined();
  });

  it('applies from the year after a change published mid-year, unless dated back to 1 January', () => {
    expect(noteTargetFor({ kind: 'clinical' }, localTargets('2026-06-15'), 2026)).toBeUndefined();
    expect(noteTargetFor({ kind: 'clinical' }, localTargets('2026-06-15'), 2027)).toEqual({ words: 10000, reflections: 2 });
  });
});
