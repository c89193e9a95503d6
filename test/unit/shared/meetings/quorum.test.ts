import { describe, expect, it } from 'vitest';
import { admissionVoteCheck, committeeQuorum, exceeds, meetingRuleChecks, smallestExceeding } from '../../../../shared/meetings/quorum';
import { NATIONAL_RULE_SET } from '../../../../shared/rules/national-rule-set';
import { memberRecord } from '../support/member-fixture';
import { attendanceOf, branchRecord, meetingRecord } from '../support/meeting-fixture';

const rules = NATIONAL_RULE_SET.rules.meetings;
const half = { numerator: 1, denominator: 2 };

describe('more than a fraction', () => {
  it.each([
    [3, 6, false],
    [4, 6, true],
    [3, 5, true],
    [2, 5, false],
    [0, 0, false],
  ])('%i of %i is more than half: %s', (count, whole, expected) => {
    expect(exceeds(count, whole, half)).toBe(expected);
  });

  it.each([
    [5, 3],
    [6, 4],
    [7, 4],
    [1, 1],
  ])('of %i, at least %i', (whole, needed) => {
    expect(smallestExceeding(whole, half)).toBe(needed);
  });
});

describe('支委会 quorum', () => {
  const seats = ['s1', 's2', 's3', 's4'].map((memberId, index) => ({ role: (['secretary', 'deputySecretary', 'organization', 'publicity'] as const)[index]!, memberId }));
  const branch = branchRecord('2026-01-01', { committee: seats });

  it('fails at exactly half present and names how many are needed', () => {
    const meeting = meetingRecord('committeeMeeting', '2026-02-01', { attendance: attendanceOf({ s1: 'present', s2: 'present', s3: 'absent', s4: 'leave' }) });
    const check = committeeQuorum(meeting, branch, rules);
    expect(check.ok).toBe(false);
    expect(check.message).toContain('须至少 3 名委员到会');
    expect(check.message).toContain('中国共产党支部工作条例');
  });

  it('passes with more than half, counting only committee members', () => {
    const meeting = meetingRecord('committeeMeeting', '2026-02-01', {
      attendance: attendanceOf({ s1: 'present', s2: 'present', s3: 'present', s4: 'absent', guest: 'present' }),
    });
    expect(committeeQuorum(meeting, branch, rules)).toMatchObject({ ok: true, message: '支部委员 4 名，到会 3 名，超过半数，会议有效。' });
  });
});

describe('admission vote', () => {
  const members = [1, 2, 3, 4, 5].map((n) => memberRecord({ name: `正式${n}`, stage: 'full' }));
  const probationary = memberRecord({ name: '预备', stage: 'probationary' });
  const attendance = attendanceOf(Object.fromEntries([...members, probationary].map((member) => [member.id, 'present'])));
  const vote = (inFavour: number) => ({ motion: '接收张三为中共预备党员', isAdmission: true, inFavour, against: 0, abstain: 0, resolution: '' });
  const meeting = meetingRecord('partyMemberAssembly', '2026-02-01', { attendance });
  const roster = [...members, probationary];

  it('needs in favour more than half of the full members entitled to vote (预备 do not vote)', () => {
    expect(admissionVoteCheck(meeting, vote(3), roster, rules).ok).toBe(true);
    const failed = admissionVoteCheck(meeting, vote(2), roster, rules);
    expect(failed.ok).toBe(false);
    expect(failed.message).toContain('有表决权的正式党员 5 名，赞成 2 票，须至少 3 票赞成');
  });

  it('is checked for admission votes only, and quorum for 支委会 only', () => {
    const withVotes = { ...meeting, votes: [vote(3), { ...vote(1), isAdmission: false, motion: '其他事项' }] };
    expect(meetingRuleChecks(withVotes, branchRecord('2026-01-01'), roster, rules).map((check) => check.code)).toEqual(['ADMISSION_VOTE']);
  });
});
