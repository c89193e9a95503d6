import { describe, expect, it } from 'vitest';
import { diffRecords, sameValue } from '../../../../shared/records/record-diff';
import { memberRecord } from '../support/member-fixture';

describe('sameValue', () => {
  it('compares arrays and plain objects by content, at any depth', () => {
    expect(sameValue({ a: [1, { b: '2' }] }, { a: [1, { b: '2' }] })).toBe(true);
    expect(sameValue({ a: [1, { b: '2' }] }, { a: [1, { b: '3' }] })).toBe(false);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue([], {})).toBe(false);
    expect(sameValue(0, '')).toBe(false);
    expect(sameValue(Number.NaN, Number.NaN)).toBe(true);
  });

  it('treats a key holding undefined as absent, as storage does', () => {
    expect(sameValue({ a: 1, b: undefined }, { a: 1 })).toBe(true);
  });
});

describe('diffRecords', () => {
  it('reports a changed nested field by its dotted path, and nothing else', () => {
    const before = memberRecord({ stage: 'applicant' });
    const after = {
      ...before,
      stage: 'activist' as const,
      development: { ...before.development, activistOn: '2026-03-01' },
      updatedAt: '2026-03-01T08:00:00.000Z',
    };
    expect(diffRecords(before, after)).toEqual([
      { field: 'stage', before: 'applicant', after: 'activist' },
      { field: 'development.activistOn', before: '', after: '2026-03-01' },
    ]);
  });

  it('compares arrays structurally and reports them whole', () => {
    const before = memberRecord({}, { contacts: ['王芳'] });
    const same = { ...before, development: { ...before.development, contacts: ['王芳'] } };
    expect(diffRecords(before, same)).toEqual([]);

    const added = { ...before, development: { ...before.development, contacts: ['王芳', '李强'] } };
    expect(diffRecords(before, added)).toEqual([{ field: 'development.contacts', before: ['王芳'], after: ['王芳', '李强'] }]);

    const transfer = { direction: 'in' as const, date: '2025-06-01', counterpart: '市中医院党委', note: '' };
    expect(diffRecords(before, { ...before, transfers: [transfer] })).toEqual([{ field: 'transfers', before: [], after: [transfer] }]);
  });

  it('ignores the base fields by default, and whatever it is told to ignore', () => {
    const before = memberRecord();
    const after = { ...before, id: 'x', branchId: 'y', createdAt: 'z', updatedAt: 'w', deleted: true, phone: '13900139000' };
    expect(diffRecords(before, after).map((change) => change.field)).toEqual(['phone']);
    expect(diffRecords(before, after, ['phone', 'id', 'branchId', 'createdAt', 'updatedAt']).map((change) => change.field)).toEqual([
      'deleted',
    ]);
  });

  it('lists every leaf of a new record with before undefined, in the record order', () => {
    const changes = diffRecords({}, { name: '张三', development: { appliedOn: '2025-01-02', contacts: [] } }, []);
    expect(changes).toEqual([
      { field: 'name', before: undefined, after: '张三' },
      { field: 'development.appliedOn', before: undefined, after: '2025-01-02' },
      { field: 'development.contacts', before: undefined, after: [] },
    ]);
  });

  it('reports fields that appear or disappear, an empty object whole', () => {
    expect(diffRecords({ departments: ['内科'] }, {})).toEqual([{ field: 'departments', before: ['内科'], after: undefined }]);
    expect(diffRecords({}, { extra: {} })).toEqual([{ field: 'extra', before: undefined, after: {} }]);
    expect(diffRecords({ a: { b: { c: 1 } } }, { a: { b: { c: 2, d: 3 } } })).toEqual([
      { field: 'a.b.c', before: 1, after: 2 },
      { field: 'a.b.d', before: undefined, after: 3 },
    ]);
  });
});
