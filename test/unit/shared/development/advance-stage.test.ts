import { describe, expect, it } from 'vitest';
import { advanceStage } from '../../../../shared/development/pipeline';
import { NATIONAL_RULE_SET, type RuleSet } from '../../../../shared/rules/rule-set';
import { memberInput, memberRecord } from '../support/member-fixture';

describe('advanceStage', () => {
  it('makes an applicant an activist dated onDate, leaving the input untouched', () => {
    const applicant = memberInput({}, { appliedOn: '2025-01-10' });
    const activist = advanceStage(applicant, '2025-07-01');
    expect(activist).toEqual({ ...applicant, stage: 'activist', development: { ...applicant.development, activistOn: '2025-07-01' } });
    expect(applicant.stage).toBe('applicant');
    expect(applicant.development.activistOn).toBe('');
  });

  it('makes an activist a candidate', () => {
    const candidate = advanceStage(memberInput({ stage: 'activist' }), '2025-07-01');
    expect(candidate).toMatchObject({ stage: 'candidate', development: { candidateOn: '2025-07-01' } });
  });

  it('admits a candidate: the vote date is also the join date', () => {
    const probationary = advanceStage(memberInput({ stage: 'candidate' }), '2025-10-10');
    expect(probationary).toMatchObject({ stage: 'probationary', joinedOn: '2025-10-10', development: { admissionVoteOn: '2025-10-10' } });
  });

  it('dates 转正 at the end of probation, not at the vote', () => {
    const probationary = memberInput({ stage: 'probationary', joinedOn: '2024-07-01' }, { admissionVoteOn: '2024-07-01' });
    expect(advanceStage(probationary, '2025-07-05')).toMatchObject({
      stage: 'full',
      fullMembershipOn: '2025-07-01',
      development: { fullMembershipVoteOn: '2025-07-05' },
    });
    const extended = { ...probationary, development: { ...probationary.development, probationExtensionMonths: 6 } };
    expect(advanceStage(extended, '2026-01-10').fullMembershipOn).toBe('2026-01-01');
  });

  it('uses the probation length of the rule set given', () => {
    const local: RuleSet = structuredClone(NATIONAL_RULE_SET);
    local.rules.development.probationYears.value = 2;
    const probationary = memberInput({ stage: 'probationary', joinedOn: '2024-07-01' });
    expect(advanceStage(probationary, '2026-07-05', local).fullMembershipOn).toBe('2026-07-01');
  });

  it('falls back to the vote date when the join date is unknown', () => {
    expect(advanceStage(memberInput({ stage: 'probationary' }), '2025-07-05').fullMembershipOn).toBe('2025-07-05');
  });

  it('keeps a stored record a record', () => {
    const record = memberRecord({ stage: 'activist' });
    const next = advanceStage(record, '2025-07-01');
    expect(next).toMatchObject({ id: record.id, branchId: record.branchId, stage: 'candidate' });
  });

  it('refuses to advance a full member', () => {
    expect(() => advanceStage(memberInput({ stage: 'full' }), '2025-07-01')).toThrow('已是正式党员，没有下一阶段。');
  });
});
