import { describe, expect, it } from 'vitest';
import { NATIONAL_RULE_SET } from '../../../../shared/rules/national-rule-set';
import { studyTargetOf } from '../../../../shared/study/study-targets';
import { branchRecord } from '../support/meeting-fixture';
import { memberRecord } from '../support/member-fixture';

const rules = NATIONAL_RULE_SET.rules;

describe('studyTargetOf', () => {
  const secretary = memberRecord({ stage: 'full' });
  const discipline = memberRecord({ stage: 'probationary' });
  const branch = branchRecord('2026-01-01', {
    committee: [
      { role: 'secretary', memberId: secretary.id },
      { role: 'discipline', memberId: discipline.id },
    ],
  });

  it('gives committee members the leaders’ 56 学时, whatever their membership', () => {
    expect(studyTargetOf(secretary, branch, rules)).toMatchObject({ role: 'leader', hours: 56 });
    expect(studyTargetOf(discipline, branch, rules)).toMatchObject({ role: 'leader', hours: 56 });
  });

  it('gives full and probationary members 32 学时, 发展对象 the 24 of their short training', () => {
    expect(studyTargetOf(memberRecord({ stage: 'full' }), branch, rules)).toMatchObject({ role: 'member', hours: 32 });
    expect(studyTargetOf(memberRecord({ stage: 'probationary' }), branch, rules)).toMatchObject({ role: 'member', hours: 32 });
    expect(studyTargetOf(memberRecord({ stage: 'candidate' }), branch, rules)).toMatchObject({ role: 'candidate', hours: 24 });
  });

  it('sets no target for applicants and activists', () => {
    expect(studyTargetOf(memberRecord({ stage: 'applicant' }), branch, rules)).toBeUndefined();
    expect(studyTargetOf(memberRecord({ stage: 'activist' }), branch, rules)).toBeUndefined();
  });

  it('follows the rule set', () => {
    const changed = structuredClone(rules);
    changed.study.memberAnnualHours.value = 40;
    expect(studyTargetOf(memberRecord({ stage: 'full' }), branch, changed)?.hours).toBe(40);
  });
});
