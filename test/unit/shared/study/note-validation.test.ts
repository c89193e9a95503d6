import { describe, expect, it } from 'vitest';
import { NATIONAL_RULE_SET } from '../../../../shared/rules/national-rule-set';
import { firstNoteError, noteErrors } from '../../../../shared/study/note-validation';
import type { StudyNoteInput } from '../../../../shared/study/study-types';

const rules = NATIONAL_RULE_SET.rules.study;
const valid: StudyNoteInput = { date: '2026-03-05', materialTitle: '二十大报告', kind: 'speeches', hours: 2, form: 'collective', text: '第一行\n第二行', attachmentId: '' };
const errorsOf = (patch: Partial<StudyNoteInput>) => noteErrors({ ...valid, ...patch }, rules, '2026-03-10');

describe('noteErrors', () => {
  it('accepts a complete note, an empty text included', () => {
    expect(errorsOf({})).toEqual({});
    expect(errorsOf({ text: '' })).toEqual({});
  });

  it('refuses a missing or future date', () => {
    expect(errorsOf({ date: '2026-02-30' }).date).toBe('请填写学习日期（YYYY-MM-DD）。');
    expect(errorsOf({ date: '2026-03-11' }).date).toBe('学习日期不能晚于今天。');
  });

  it('refuses a blank or overlong material title', () => {
    expect(errorsOf({ materialTitle: '  ' }).materialTitle).toBe('请填写学习材料名称。');
    expect(errorsOf({ materialTitle: '字'.repeat(101) }).materialTitle).toBe('学习材料名称不超过 100 个字。');
  });

  it('takes hours in half hours, above zero and up to the rule’s maximum', () => {
    expect(errorsOf({ hours: 0 }).hours).toBe('请填写学时（大于 0）。');
    expect(errorsOf({ hours: Number.NaN }).hours).toBe('请填写学时（大于 0）。');
    expect(errorsOf({ hours: 1.25 }).hours).toBe('学时按半小时登记，例如 1、1.5、2。');
    expect(errorsOf({ hours: 40.5 }).hours).toBe('单条记录最多 40 学时；更长的培训请分条登记。');
    expect(errorsOf({ hours: 40 })).toEqual({});
  });

  it('refuses an unknown kind or form', () => {
    expect(errorsOf({ kind: 'gossip' as StudyNoteInput['kind'] }).kind).toBe('请选择材料类别。');
    expect(errorsOf({ form: 'dream' as StudyNoteInput['form'] }).form).toBe('请选择学习形式。');
    expect(firstNoteError(errorsOf({ form: 'dream' as StudyNoteInput['form'] }))).toBe('请选择学习形式。');
  });
});
