import { describe, expect, it } from 'vitest';
import { displayValue, fieldLabel } from '../../../../../renderer/src/features/audit/field-labels';

describe('audit field labels', () => {
  it('names roster fields by their column header and milestones by their label', () => {
    expect(fieldLabel('idNumber')).toBe('身份证号');
    expect(fieldLabel('development.activistOn')).toBe('确定为入党积极分子日期');
    expect(fieldLabel('transfers.0.date')).toBe('组织关系转接');
    expect(fieldLabel('unknownField')).toBe('unknownField');
  });

  it('shows values as a secretary reads them, ID numbers masked', () => {
    expect(displayValue('idNumber', '11010519491231002X')).not.toContain('19491231');
    expect(displayValue('stage', 'activist')).toBe('入党积极分子');
    expect(displayValue('gender', 'female')).toBe('女');
    expect(displayValue('retired', true)).toBe('是');
    expect(displayValue('phone', '')).toBe('（空）');
    expect(displayValue('partyGroups', [{ id: 'g', name: '一组' }, { id: 'h', name: '二组' }])).toBe('一组、二组');
  });

  it('names a study note’s field whatever the note’s id, and shows its kind and form in Chinese', () => {
    expect(fieldLabel('notes.4f1c-9a.hours')).toBe('学习笔记·学时');
    expect(fieldLabel('notes.4f1c-9a.excellent.comment')).toBe('学习笔记·优秀学习笔记');
    expect(displayValue('notes.4f1c-9a.kind', 'speeches')).toBe('重要讲话');
    expect(displayValue('notes.4f1c-9a.form', 'trainingCourse')).toBe('培训班');
    expect(displayValue('notes.4f1c-9a.hours', 2)).toBe('2');
  });

  it('names a party group by its id through the lookup, and says when it no longer exists', () => {
    const lookup = (id: string) => (id === 'g1' ? '第一党小组' : undefined);
    expect(displayValue('partyGroupId', 'g1', lookup)).toBe('第一党小组');
    expect(displayValue('partyGroupId', 'gone', lookup)).toBe('（已删除的党小组）');
  });
});
