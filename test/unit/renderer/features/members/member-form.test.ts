import { describe, expect, it } from 'vitest';
import { validateMember } from '../../../../../shared/members/member-validation';
import { blankMember, mergeFormValues, withIdDerivedFields } from '../../../../../renderer/src/features/members/member-form';
import { fieldPathToName, formErrorsOf } from '../../../../../renderer/src/shell/form-errors';

describe('member form', () => {
  it('starts a new person as a full member who still needs a name, a birth date and both membership dates', () => {
    expect(Object.keys(validateMember(blankMember(), '2026-11-24')).sort()).toEqual(['birthDate', 'fullMembershipOn', 'joinedOn', 'name']);
  });

  it('turns dotted validation paths into form name paths, list indexes as numbers', () => {
    expect(fieldPathToName('transfers.0.date')).toEqual(['transfers', 0, 'date']);
    expect(fieldPathToName('development.appliedOn')).toEqual(['development', 'appliedOn']);
  });

  it('clears fields that were in error and are no longer', () => {
    expect(formErrorsOf({ name: '请填写姓名。' }, ['phone'])).toEqual([
      { name: ['phone'], errors: [] },
      { name: ['name'], errors: ['请填写姓名。'] },
    ]);
  });

  it('reads birth date and gender from a valid ID number only where the birth date is blank', () => {
    const member = { ...blankMember(), idNumber: '11010519491231002X' };
    expect(withIdDerivedFields(member)).toEqual({ birthDate: '1949-12-31', gender: 'female' });
    expect(withIdDerivedFields({ ...member, birthDate: '1950-01-01' })).toEqual({});
    expect(withIdDerivedFields({ ...member, idNumber: '110105194912310021' })).toEqual({});
  });

  it('keeps nested milestones the form did not touch', () => {
    const start = { ...blankMember(), development: { ...blankMember().development, appliedOn: '2026-01-05' } };
    const merged = mergeFormValues(start, { name: '王芳', development: { activistOn: '2026-06-01' } as never });
    expect(merged.development).toMatchObject({ appliedOn: '2026-01-05', activistOn: '2026-06-01' });
    expect(merged.name).toBe('王芳');
  });
});
