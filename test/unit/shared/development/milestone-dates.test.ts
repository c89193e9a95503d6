import { describe, expect, it } from 'vitest';
import { DEFAULT_WORKING_DAY_CALENDAR as CAL } from '../../../../shared/calendar/working-days';
import {
  admissionEarliest,
  joinDateOf,
  publicityEndOf,
  publicityRequiredEnd,
  recorded,
  talkDeadline,
} from '../../../../shared/development/milestone-dates';
import { NATIONAL_RULE_SET } from '../../../../shared/rules/rule-set';
import { memberInput } from '../support/member-fixture';

const RULES = NATIONAL_RULE_SET.rules.development;

describe('milestone dates', () => {
  it('starts no clock from a half-typed date', () => {
    expect(recorded('2025-13-01')).toBeNull();
    expect(recorded('')).toBeNull();
    expect(talkDeadline(memberInput({}, { appliedOn: '2025-1-5' }), RULES)).toBeNull();
  });

  it('counts the publicity from its first day when that is a working day', () => {
    const member = memberInput({}, { publicityStart: '2025-03-10' });
    expect(publicityEndOf(member, RULES, CAL)).toEqual({ date: '2025-03-14', provisional: false });
    expect(admissionEarliest(member, RULES, CAL)).toEqual({ date: '2025-03-17', provisional: false });
  });

  it('does not count a publicity starting on a Saturday before Monday', () => {
    const member = memberInput({}, { publicityStart: '2025-03-08' });
    expect(publicityEndOf(member, RULES, CAL)?.date).toBe('2025-03-14');
    expect(admissionEarliest(member, RULES, CAL)?.date).toBe('2025-03-17');
  });

  it('keeps the required end apart from a longer recorded end', () => {
    const member = memberInput({}, { publicityStart: '2025-03-10', publicityEnd: '2025-03-20' });
    expect(publicityEndOf(member, RULES, CAL)?.date).toBe('2025-03-20');
    expect(publicityRequiredEnd(member, RULES, CAL)?.date).toBe('2025-03-14');
  });

  it('takes the join date from the member, else from the admission vote', () => {
    expect(joinDateOf(memberInput({ joinedOn: '2024-07-01' }, { admissionVoteOn: '2024-07-02' }))).toBe('2024-07-01');
    expect(joinDateOf(memberInput({}, { admissionVoteOn: '2024-07-02' }))).toBe('2024-07-02');
    expect(joinDateOf(memberInput())).toBeNull();
  });
});
