import { describe, expect, it } from 'vitest';
import { NATIONAL_RULE_SET } from '../../../../shared/rules/national-rule-set';
import { monthsOnBooks, proRatedHours, studyTargetOf } from '../../../../shared/study/study-targets';
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

  it('pro-rates the year’s target by the months on the books for a member admitted or transferred in during it', () => {
    const admitted = memberRecord({ stage: 'probationary', joinedOn: '2026-07-15' });
    expect(studyTargetOf(admitted, branch, rules, 2026)).toMatchObject({ role: 'member', hours: 16, fromMonth: 7 });
    expect(studyTargetOf(admitted, branch, rules, 2026)!.description).toContain('按在册 6 个月折算：32 × 6/12，取整到半学时为 16 学时');
    // The next year is a whole one.
    expect(studyTargetOf(admitted, branch, rules, 2027)).toMatchObject({ hours: 32, fromMonth: 1 });
    // Without a year (no ledger), the whole target.
    expect(studyTargetOf(admitted, branch, rules)).toMatchObject({ hours: 32, fromMonth: 1 });
    const movedIn = memberRecord({ stage: 'full', joinedOn: '2001-07-01', transfers: [{ direction: 'in', date: '2026-03-10', counterpart: '外科党支部', note: '' }] });
    expect(studyTargetOf(movedIn, branch, rules, 2026)).toMatchObject({ hours: 27, fromMonth: 3 });
  });

  it('pro-rates the target of a member who transferred out or left the Party during the year, and sets none after', () => {
    const out = { direction: 'out' as const, date: '2026-07-10', counterpart: '市第二医院党委', note: '', letterNumber: '2026-031' };
    const movedOut = memberRecord({ stage: 'full', joinedOn: '2001-07-01', transfers: [out] });
    // January to July (the month of the transfer still counts): 32 × 7/12 = 18.67 → 19.
    expect(studyTargetOf(movedOut, branch, rules, 2026)).toMatchObject({ role: 'member', hours: 19, fromMonth: 1, throughMonth: 7 });
    expect(studyTargetOf(movedOut, branch, rules, 2026)!.description).toContain('2026 年 7 月转出或出党，按在册 7 个月折算');
    expect(studyTargetOf(movedOut, branch, rules, 2027)).toBeUndefined();
    const arrivedAndLeft = memberRecord({ stage: 'full', joinedOn: '2001-07-01', transfers: [{ direction: 'in', date: '2026-03-02', counterpart: '', note: '' }, out] });
    expect(studyTargetOf(arrivedAndLeft, branch, rules, 2026)).toMatchObject({ hours: 13.5, fromMonth: 3, throughMonth: 7 });
  });

  it('pro-rates a leader’s 56 too, but never the 发展对象’s short training', () => {
    const newSecretary = { ...secretary, joinedOn: '2026-10-01' };
    expect(studyTargetOf(newSecretary, branch, rules, 2026)).toMatchObject({ role: 'leader', hours: 14, fromMonth: 10 });
    const candidate = memberRecord({ stage: 'candidate', transfers: [{ direction: 'in', date: '2026-09-01', counterpart: '', note: '' }] });
    expect(studyTargetOf(candidate, branch, rules, 2026)).toMatchObject({ role: 'candidate', hours: 24, fromMonth: 1 });
  });
});

describe('monthsOnBooks and proRatedHours', () => {
  it('counts the months on the roster from the admission month on, a transfer out or an ending closing them', () => {
    const transfers = [
      { direction: 'in' as const, date: '2025-11-01', counterpart: '', note: '' },
      { direction: 'out' as const, date: '2026-09-01', counterpart: '', note: '' },
    ];
    // Left on 1 September: August is the last month on the books.
    expect(monthsOnBooks(memberRecord({ joinedOn: '2001-02-20', transfers }), 2026)).toEqual({ fromMonth: 1, throughMonth: 8, count: 8 });
    expect(monthsOnBooks(memberRecord({ joinedOn: '2026-05-20', transfers }), 2026)).toEqual({ fromMonth: 5, throughMonth: 8, count: 4 });
    expect(monthsOnBooks(memberRecord({ joinedOn: '', transfers: [] }), 2026)).toEqual({ fromMonth: 1, throughMonth: 12, count: 12 });
    expect(monthsOnBooks(memberRecord({ joinedOn: '2026-01-31', transfers: [] }), 2026)).toEqual({ fromMonth: 1, throughMonth: 12, count: 12 });
    expect(monthsOnBooks(memberRecord({ joinedOn: '2001-02-20', transfers }), 2027)).toBeNull();
    const died = memberRecord({ joinedOn: '2001-02-20', ending: { kind: 'died', date: '2026-03-15', reason: '病故', document: '' } });
    expect(monthsOnBooks(died, 2026)).toEqual({ fromMonth: 1, throughMonth: 3, count: 3 });
  });

  it('rounds up to the half hour and is the whole target for twelve months', () => {
    expect(proRatedHours(32, 12)).toBe(32);
    expect(proRatedHours(32, 1)).toBe(3); // 2.67 → 3
    expect(proRatedHours(32, 10)).toBe(27); // 26.67 → 27
    expect(proRatedHours(56, 11)).toBe(51.5); // 51.33 → 51.5
    expect(proRatedHours(56, 3)).toBe(14);
  });
});
