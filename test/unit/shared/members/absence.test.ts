import { describe, expect, it } from 'vitest';
import { absenceError, isAwayOn, reachesTransferMonths, type AbsenceForm, type MemberAbsence } from '../../../../shared/members/absence';
import { expectedMembers, awayMembers } from '../../../../shared/meetings/attendance';
import { NATIONAL_RULE_SET } from '../../../../shared/rules/national-rule-set';
import { memberRecord } from '../support/member-fixture';
import { branchRecord } from '../support/meeting-fixture';

const RULES = NATIONAL_RULE_SET.rules;
const form = (patch: Partial<AbsenceForm> = {}): AbsenceForm => ({ from: '2026-03-01', until: '2026-05-31', place: '北京协和医院心内科', reason: '进修', certificate: '', duesArrangement: 'prepaid', duesNote: '', ...patch });
const stored = (patch: Partial<MemberAbsence> = {}): MemberAbsence => ({ ...form(), id: 'absence-1', ...patch });

describe('外出党员', () => {
  const away = memberRecord({ name: '进修者', stage: 'full', joinedOn: '2010-07-01', absences: [stored()] });
  const open = memberRecord({ name: '援疆者', stage: 'full', joinedOn: '2010-07-01', absences: [stored({ from: '2026-09-01', until: '' })] });
  const home = memberRecord({ name: '在岗者', stage: 'full', joinedOn: '2010-07-01' });

  it('is away from the first day through the last, or open-ended', () => {
    expect([isAwayOn(away, '2026-02-28'), isAwayOn(away, '2026-03-01'), isAwayOn(away, '2026-05-31'), isAwayOn(away, '2026-06-01')]).toEqual([false, true, true, false]);
    expect(isAwayOn(open, '2030-01-01')).toBe(true);
    expect(isAwayOn(home, '2026-04-01')).toBe(false);
  });

  it('is not expected at a meeting held while away, but is offered to add; expected again after returning', () => {
    const branch = branchRecord('2026-01-01');
    const members = [away, open, home];
    expect(expectedMembers('branch', branch, members, '', '2026-04-10').map((member) => member.name)).toEqual(['援疆者', '在岗者']);
    expect(awayMembers(members, '2026-04-10').map((member) => member.name)).toEqual(['进修者']);
    expect(expectedMembers('branch', branch, members, '', '2026-06-01').map((member) => member.name)).toEqual(['进修者', '援疆者', '在岗者']);
    expect(expectedMembers('branch', branch, members, '', '2026-09-01').map((member) => member.name)).toEqual(['进修者', '在岗者']);
  });

  it('warns to transfer the relationship from the rule’s 6 months, at the boundary', () => {
    expect(reachesTransferMonths({ from: '2026-03-01', until: '2026-08-31' }, '2026-12-07', RULES)).toBe(false);
    expect(reachesTransferMonths({ from: '2026-03-01', until: '2026-09-01' }, '2026-12-07', RULES)).toBe(true);
    // Open-ended: counted to today.
    expect(reachesTransferMonths({ from: '2026-06-08', until: '' }, '2026-12-07', RULES)).toBe(false);
    expect(reachesTransferMonths({ from: '2026-06-07', until: '' }, '2026-12-07', RULES)).toBe(true);
  });

  it('refuses, in Chinese, a period back to front, no place, an overlap or a day off the roster', () => {
    expect(absenceError(home, form())).toBeNull();
    expect(absenceError(home, form({ until: '2026-02-01' }))).toBe('返回日期不能早于外出日期。');
    expect(absenceError(home, form({ place: ' ' }))).toContain('请填写外出地点');
    expect(absenceError(away, form({ from: '2026-05-01', until: '' }))).toContain('时间重叠');
    // Its own period may be corrected (the return date once known).
    expect(absenceError(away, form({ until: '2026-06-15' }), 'absence-1')).toBeNull();
    const left = memberRecord({ name: '已转出', stage: 'full', transfers: [{ direction: 'out', date: '2026-02-01', counterpart: '外院', note: '' }] });
    expect(absenceError(left, form())).toBe('已转出在 2026-03-01 不在本支部名册中。');
  });
});
