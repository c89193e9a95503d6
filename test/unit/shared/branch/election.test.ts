import { describe, expect, it } from 'vitest';
import { attendanceSuffices, ballotErrors, candidateMarginError, minimumCandidates, minimumPresent, tallyElection, tallyRevote } from '../../../../shared/branch/election-counts';
import { approvedCommittee, electionStage, electionSummary, meetingErrors, meetingOutcome, planErrors, votersOn, type ElectionMeeting, type ElectionRecord } from '../../../../shared/branch/election';
import type { MemberRecord } from '../../../../shared/members/member';
import { NATIONAL_RULE_SET } from '../../../../shared/rules/rule-set';

const rules = NATIONAL_RULE_SET.rules.branch;
const fourFifths = rules.electionAttendance.value;
const half = rules.electionMajority.value;
const margin = rules.electionCandidateMargin.value;

describe('差额: candidates exceed the seats by at least 20% of the seats, rounded up', () => {
  it('reads 1/5 and more than half from the rule set', () => {
    expect(margin).toEqual({ numerator: 1, denominator: 5 });
    expect(half).toEqual({ numerator: 1, denominator: 2 });
  });

  it.each([
    [1, 2],
    [3, 4], // 3 × 20% = 0.6 → 1 more
    [5, 6], // exactly 1
    [6, 8], // 1.2 → 2
    [7, 9], // 1.4 → 2
  ])('%i seats need %i candidates', (seats, candidates) => {
    expect(minimumCandidates(seats, margin)).toBe(candidates);
    expect(candidateMarginError(seats, candidates, margin)).toBeNull();
    expect(candidateMarginError(seats, candidates - 1, margin)).not.toBeNull();
  });

  it('says how many more candidates are needed', () => {
    expect(candidateMarginError(5, 5, margin)).toBe('实行差额选举，候选人数应多于应选人数且差额不少于应选人数的 20%：应选 5 人，候选人至少 6 人，现有 5 人，还需增加 1 人。');
    expect(candidateMarginError(3, 2, margin)).toContain('还需增加 2 人');
  });
});

describe('4/5 attendance: more than 4/5 of those due to attend with a vote', () => {
  it('exactly 4/5 present is not enough; one more is; one fewer is not', () => {
    expect(attendanceSuffices(8, 10, fourFifths)).toBe(false);
    expect(attendanceSuffices(9, 10, fourFifths)).toBe(true);
    expect(attendanceSuffices(7, 10, fourFifths)).toBe(false);
    expect(minimumPresent(10, fourFifths)).toBe(9);
  });

  it('where 4/5 is not whole, the next count above it', () => {
    // 4/5 of 12 = 9.6: 10 present suffice, 9 do not.
    expect(minimumPresent(12, fourFifths)).toBe(10);
    expect(attendanceSuffices(10, 12, fourFifths)).toBe(true);
    expect(attendanceSuffices(9, 12, fourFifths)).toBe(false);
  });

  it('nobody due to attend is never a valid election', () => {
    expect(attendanceSuffices(0, 0, fourFifths)).toBe(false);
  });
});

describe('elected: more votes in favour than half of those entitled to attend (应到会), not of those present', () => {
  it('30 entitled, 25 present: 15 votes are not elected, 16 are', () => {
    const tally = tallyElection({ a: 16, b: 15, c: 14 }, 30, 2, half);
    expect(tally.elected).toEqual(['a']);
    expect(tally.unfilled).toBe(1);
    expect(tally.threshold).toEqual({ votes: 15, of: 30 });
    // 15 of 25 present would be more than half of those present: still not elected.
    expect(tallyElection({ b: 15 }, 30, 1, half).elected).toEqual([]);
    expect(tallyElection({ b: 16 }, 30, 1, half).elected).toEqual(['b']);
  });

  it('an odd base: more than 12.5 of 25 entitled is 13', () => {
    expect(tallyElection({ a: 12, b: 13 }, 25, 2, half)).toMatchObject({ elected: ['b'], unfilled: 1 });
  });

  it('exactly half is not elected; one more is', () => {
    const tally = tallyElection({ a: 5, b: 6 }, 10, 2, half);
    expect(tally.elected).toEqual(['b']);
    expect(tally.unfilled).toBe(1);
  });

  it('more over the threshold than seats: by votes, down to the seats', () => {
    expect(tallyElection({ a: 9, b: 8, c: 7, d: 6 }, 10, 3, half)).toMatchObject({ elected: ['a', 'b', 'c'], tied: [], unfilled: 0 });
  });

  it('a tie at the last seat elects none of the tied: they are voted on again', () => {
    expect(tallyElection({ a: 9, b: 7, c: 7 }, 10, 2, half)).toMatchObject({ elected: ['a'], tied: ['b', 'c'], unfilled: 1 });
  });

  it('a tie that fits the seats elects both', () => {
    expect(tallyElection({ a: 9, b: 7, c: 7, d: 2 }, 10, 3, half)).toMatchObject({ elected: ['a', 'b', 'c'], tied: [], unfilled: 0 });
  });

  it('再次投票 between the tied: the most votes win, with no threshold; a new tie stays tied', () => {
    expect(tallyRevote({ b: 3, c: 2 }, 1)).toMatchObject({ elected: ['b'], tied: [], unfilled: 0, threshold: null });
    expect(tallyRevote({ b: 2, c: 2 }, 1)).toMatchObject({ elected: [], tied: ['b', 'c'], unfilled: 1 });
  });
});

describe('ballots', () => {
  it('refuses more votes than voters present, and more in all than the ballots carry', () => {
    expect(ballotErrors({ a: 11 }, { a: '张三' }, 10, 3)).toEqual(['张三 得票 11 张，多于实到会有选举权的 10 人。']);
    expect(ballotErrors({ a: 10, b: 10, c: 10, d: 1 }, {}, 10, 3)[0]).toContain('多于 10 张选票最多可投的 30 张');
    expect(ballotErrors({ a: 10, b: 10, c: 10 }, {}, 10, 3)).toEqual([]);
  });
});

const member = (id: string, stage: MemberRecord['stage'], extra: Partial<MemberRecord> = {}) =>
  ({ id, name: `党员${id}`, stage, transfers: [], deleted: false, ...extra }) as unknown as MemberRecord;

describe('who votes: 预备党员 have no vote (第五条)', () => {
  const members = [member('1', 'full'), member('2', 'full'), member('3', 'probationary'), member('4', 'activist'), member('5', 'full', { deleted: true })];

  it('counts full members on the roster only', () => {
    expect(votersOn(members, '2026-12-01').map((each) => each.id)).toEqual(['1', '2']);
  });

  it('a probationary member cannot be a candidate', () => {
    const eligible = new Set(votersOn(members, '2026-12-01').map((each) => each.id));
    const errors = planErrors({ requestedOn: '2026-11-01', seats: 1, candidateIds: ['1', '3'], note: '' }, eligible, rules, '2026-12-01');
    expect(errors).toContain('候选人只能是本支部的正式党员（预备党员没有被选举权）。');
  });
});

function election(ids: string[]): ElectionRecord {
  return {
    id: 'e1', branchId: 'b', createdAt: '', updatedAt: '', deleted: false,
    plan: { requestedOn: '2026-09-01', seats: 3, candidateIds: ['1', '2', '3', '4'], note: '' },
    planSubmission: 1, resultSubmission: 0, appliedOn: '',
    names: Object.fromEntries(ids.map((id) => [id, `党员${id}`])),
  };
}

function meeting(patch: Partial<ElectionMeeting> = {}): ElectionMeeting {
  const voterIds = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11'];
  return {
    heldOn: '2026-10-10', voterIds,
    excused: [{ memberId: '11', reason: '外出学习半年以上' }],
    presentIds: voterIds.slice(0, 9),
    votes: { '1': 9, '2': 8, '3': 6, '4': 2 },
    roles: { '1': 'secretary', '2': 'organization', '3': 'publicity' },
    termStart: '2026-10-10', termEnd: '2029-10-09', reportedOn: '2026-10-11',
    ...patch,
  };
}

describe('the election meeting', () => {
  const record = election(['1', '2', '3', '4']);

  it('an excused member leaves the base: 9 of 10 present is valid, 3 elected', () => {
    const outcome = meetingOutcome(meeting(), record.plan, rules, record.names);
    expect(outcome).toMatchObject({ expected: 10, present: 9, needed: 9, valid: true, furtherRound: '' });
    expect(outcome.elected).toEqual(['1', '2', '3']);
    expect(meetingErrors(record, meeting(), rules, '2026-12-01')).toEqual([]);
  });

  it('without the excusal 9 of 11 still exceeds 8.8; 8 present of 10 is invalid', () => {
    expect(meetingOutcome(meeting({ excused: [] }), record.plan, rules, record.names).valid).toBe(true);
    const errors = meetingErrors(record, meeting({ presentIds: ['1', '2', '3', '4', '5', '6', '7', '8'] }), rules, '2026-12-01');
    expect(errors[0]).toBe('有选举权的到会人数须超过应到会人数的五分之四：应到 10 人，至少 9 人到会，实到 8 人，选举无效。');
  });

  it('a probationary member present is not counted (not among the voters)', () => {
    const outcome = meetingOutcome(meeting({ presentIds: ['1', '2', '3', '4', '5', '6', '7', '8', 'p1'] }), record.plan, rules, record.names);
    expect(outcome.present).toBe(8);
    expect(outcome.valid).toBe(false);
  });

  it('with 10 entitled and 9 present, 5 votes are half of those entitled: not elected (they were more than half of 9)', () => {
    const outcome = meetingOutcome(meeting({ votes: { '1': 9, '2': 8, '3': 5, '4': 2 } }), record.plan, rules, record.names);
    expect(outcome.threshold).toEqual({ votes: 5, of: 10 });
    expect(outcome.elected).toEqual(['1', '2']);
    expect(outcome.next).toEqual({ kind: 'byElection', seats: 1, candidateIds: ['3', '4'] });
  });

  it('too few elected: says a further round is needed and refuses the result until it is recorded', () => {
    const errors = meetingErrors(record, meeting({ votes: { '1': 9, '2': 8, '3': 4, '4': 4 } }), rules, '2026-12-01');
    expect(errors).toEqual(['尚未选足名额：赞成票超过应到会有选举权人数半数的只有 2 人，尚缺 1 个名额，应对不足的名额另行选举。请登记另行选举的得票后再报批。']);
  });

  it('另行选举 for the open seat, on the same base, completes the result', () => {
    const firstRound = { '1': 9, '2': 8, '3': 4, '4': 4 };
    const byElection = (votes: Record<string, number>) => meeting({ votes: firstRound, furtherRounds: [{ kind: 'byElection', candidateIds: ['3', '4'], votes }] });
    // 5 of 10 entitled is not enough in the further round either: one more round is asked for.
    const short = meetingOutcome(byElection({ '3': 5, '4': 4 }), record.plan, rules, record.names);
    expect(short.elected).toEqual(['1', '2']);
    expect(short.furtherRound).toBe('各轮合计当选 2 人，尚缺 1 个名额，应对不足的名额另行选举。');
    const done = meetingOutcome(byElection({ '3': 6, '4': 3 }), record.plan, rules, record.names);
    expect(done).toMatchObject({ elected: ['1', '2', '3'], next: null, furtherRound: '', roundErrors: [] });
    expect(done.electedVotes).toEqual({ '1': 9, '2': 8, '3': 6 });
    expect(done.rounds.map((round) => [round.kind, round.seats])).toEqual([['first', 3], ['byElection', 1]]);
    expect(meetingErrors(record, byElection({ '3': 6, '4': 3 }), rules, '2026-12-01')).toEqual([]);
    // The further round's ballots carry one name each: 9 present cast at most 9.
    expect(meetingErrors(record, byElection({ '3': 6, '4': 4 }), rules, '2026-12-01')).toEqual(['第 2 轮（另行选举）：得票合计 10 张，多于 9 张选票最多可投的 9 张（每张选票所选人数不超过应选 1 人）。']);
  });

  it('另行选举 among those not elected only, with at least as many as the open seats', () => {
    const round = (candidateIds: string[]) => meeting({ votes: { '1': 9, '2': 8, '3': 4, '4': 4 }, furtherRounds: [{ kind: 'byElection', candidateIds, votes: {} }] });
    expect(meetingOutcome(round(['1', '3']), record.plan, rules, record.names).roundErrors).toEqual(['第 2 轮（另行选举）：另行选举的候选人只能是请示名单中尚未当选的候选人。']);
    expect(meetingOutcome(round([]), record.plan, rules, record.names).roundErrors).toEqual(['第 2 轮（另行选举）：另行选举应选 1 人，候选人至少 1 人，现有 0 人。']);
  });

  it('a round no longer needed, or of the wrong kind, is refused', () => {
    const filled = meeting({ furtherRounds: [{ kind: 'byElection', candidateIds: ['4'], votes: { '4': 6 } }] });
    expect(meetingErrors(record, filled, rules, '2026-12-01')).toEqual(['第 2 轮（另行选举）：名额已选足，不需要这一轮，请删除。']);
    const tied = meeting({ votes: { '1': 9, '2': 8, '3': 6, '4': 6 }, furtherRounds: [{ kind: 'byElection', candidateIds: ['3', '4'], votes: {} }] });
    expect(meetingOutcome(tied, record.plan, rules, record.names).roundErrors).toEqual(['第 2 轮（另行选举）：此时应就票数相等的 党员3、党员4 再次投票，请删除这一轮后重新登记。']);
  });

  it('a tie at the last seat asks for another vote between the tied; the revote decides by most votes', () => {
    const outcome = meetingOutcome(meeting({ votes: { '1': 9, '2': 8, '3': 6, '4': 6 } }), record.plan, rules, record.names);
    expect(outcome.furtherRound).toBe('党员3、党员4 得票相等（6 票），争 1 个名额，应就票数相等的被选举人再次投票。');
    expect(outcome.next).toEqual({ kind: 'revote', seats: 1, candidateIds: ['3', '4'] });
    const revoted = meeting({ votes: { '1': 8, '2': 7, '3': 6, '4': 6 }, furtherRounds: [{ kind: 'revote', candidateIds: ['3', '4'], votes: { '3': 4, '4': 5 } }] });
    expect(meetingOutcome(revoted, record.plan, rules, record.names)).toMatchObject({ elected: ['1', '2', '4'], next: null });
    expect(meetingErrors(record, { ...revoted, roles: { '1': 'secretary', '2': 'organization', '4': 'publicity' } }, rules, '2026-12-01')).toEqual([]);
  });

  it('needs a 书记 among the roles and one person per role', () => {
    const errors = meetingErrors(record, meeting({ roles: { '1': 'organization', '2': 'organization', '3': 'publicity' } }), rules, '2026-12-01');
    expect(errors).toEqual(['同一职务只能由一人担任。', '新一届支部委员会须有书记。']);
  });

  it('the approved committee, in role order, with the term', () => {
    expect(approvedCommittee(meeting({ roles: { '3': 'publicity', '1': 'secretary', '2': 'deputySecretary' } }))).toEqual({
      committee: [{ role: 'secretary', memberId: '1' }, { role: 'deputySecretary', memberId: '2' }, { role: 'publicity', memberId: '3' }],
      termStart: '2026-10-10',
      termEnd: '2029-10-09',
    });
  });
});

describe('what the office reads of an election', () => {
  const record = election(['1', '2', '3', '4']);

  it('the plan alone until the result is reported, then the meeting, its 4/5 and who was elected', () => {
    expect(electionSummary({ ...record, meeting: meeting() }, rules)).toBe('应选 3 人，候选人 4 人：党员1、党员2、党员3、党员4');
    expect(electionSummary({ ...record, meeting: meeting(), resultSubmission: 1 }, rules)).toBe(
      '应选 3 人，候选人 4 人：党员1、党员2、党员3、党员4；2026-10-10 选举，应到 10 人，实到 9 人，超过五分之四（至少 9 人），选举有效；当选 党员1（书记，9 票）、党员2（组织委员，8 票）、党员3（宣传委员，6 票）',
    );
  });

  it('a result reached in a further round says so, with the votes of the round that elected', () => {
    const reached = meeting({ votes: { '1': 9, '2': 8, '3': 4, '4': 4 }, furtherRounds: [{ kind: 'byElection', candidateIds: ['3', '4'], votes: { '3': 7, '4': 2 } }] });
    expect(electionSummary({ ...record, meeting: reached, resultSubmission: 1 }, rules)).toContain('选举有效，共 2 轮投票（含另行选举）；当选 党员1（书记，9 票）、党员2（组织委员，8 票）、党员3（宣传委员，7 票）');
  });

  it('an invalid meeting says so with the count it needed', () => {
    const short = meeting({ presentIds: ['1', '2', '3', '4', '5', '6', '7', '8'] });
    expect(electionSummary({ ...record, meeting: short, resultSubmission: 1 }, rules)).toContain('应到 10 人，实到 8 人，未超过五分之四（须至少 9 人），选举无效');
  });
});

describe('stages', () => {
  const decision = (submission: number, agreed: boolean) => ({ submission, agreed, on: '2026-09-08', document: '', opinion: '', reviewer: '' });
  it('follows the 请示, its 批复, the result and its 批复; a resubmission awaits a new 批复', () => {
    const base = { planSubmission: 1, resultSubmission: 0, appliedOn: '' };
    expect(electionStage(base, undefined)).toBe('planPending');
    expect(electionStage(base, { plan: decision(1, false) })).toBe('planReturned');
    expect(electionStage({ ...base, planSubmission: 2 }, { plan: decision(1, false) })).toBe('planPending');
    expect(electionStage(base, { plan: decision(1, true) })).toBe('meeting');
    const reported = { ...base, resultSubmission: 1, meeting: meeting() };
    expect(electionStage(reported, { plan: decision(1, true) })).toBe('resultPending');
    expect(electionStage(reported, { plan: decision(1, true), result: decision(1, true) })).toBe('approved');
    expect(electionStage({ ...reported, appliedOn: '2026-10-20' }, { plan: decision(1, true), result: decision(1, true) })).toBe('applied');
  });
});
