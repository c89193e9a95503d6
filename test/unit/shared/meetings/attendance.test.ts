import { describe, expect, it } from 'vitest';
import {
  attendanceCounts,
  attendanceFor,
  attendanceSummary,
  branchOwedMakeUps,
  expectedMembers,
  formatRate,
  owedMakeUps,
} from '../../../../shared/meetings/attendance';
import { memberRecord } from '../support/member-fixture';
import { attendanceOf, branchRecord, meetingRecord } from '../support/meeting-fixture';

const full = memberRecord({ name: '正式', stage: 'full', partyGroupId: 'g1' });
const probationary = memberRecord({ name: '预备', stage: 'probationary', partyGroupId: 'g2' });
const activist = memberRecord({ name: '积极分子', stage: 'activist', partyGroupId: 'g1' });
const gone = { ...memberRecord({ name: '已删除', stage: 'full' }), deleted: true };
const roster = [full, probationary, activist, gone];
const branch = branchRecord('2026-01-01', { committee: [{ role: 'secretary', memberId: full.id }] });

describe('expected members', () => {
  it('are the live members (正式 and 预备) of the scope, never pipeline people', () => {
    expect(expectedMembers('branch', branch, roster, '', '2026-05-01').map((member) => member.name)).toEqual(['正式', '预备']);
    expect(expectedMembers('committee', branch, roster, '', '2026-05-01').map((member) => member.name)).toEqual(['正式']);
    expect(expectedMembers('partyGroup', branch, roster, 'g2', '2026-05-01').map((member) => member.name)).toEqual(['预备']);
  });

  it('list the committee in seat order, once each, whatever the roster order', () => {
    const deputy = memberRecord({ name: '副书记', stage: 'full' });
    const seated = branchRecord('2026-01-01', {
      committee: [
        { role: 'secretary', memberId: full.id },
        { role: 'deputySecretary', memberId: deputy.id },
        { role: 'organization', memberId: full.id },
        { role: 'publicity', memberId: activist.id },
      ],
    });
    expect(expectedMembers('committee', seated, [deputy, ...roster], '', '2026-05-01').map((member) => member.name)).toEqual(['正式', '副书记']);
  });

  it('keep what was marked when the list is rebuilt, and start new people as present', () => {
    const marked = attendanceOf({ [probationary.id]: 'leave', 'someone-else': 'absent' });
    expect(attendanceFor([full, probationary], marked)).toEqual([
      { memberId: full.id, status: 'present', note: '' },
      { memberId: probationary.id, status: 'leave', leaveReason: 'duty', note: '' },
    ]);
  });
});

describe('attendance maths', () => {
  it('counts 应到, 实到, 请假, 缺席 and the rate', () => {
    const attendance = attendanceOf({ a: 'present', b: 'present', c: 'leave', d: 'absent', e: 'present', f: 'present', g: 'present' });
    expect(attendanceCounts(attendance)).toEqual({ expected: 7, present: 5, leave: 1, absent: 1, rate: 5 / 7 });
    expect(attendanceSummary(attendance)).toBe('应到 7 人，实到 5 人，请假 1 人，缺席 1 人，出席率 71.4%');
  });

  it('has no rate when nobody was expected', () => {
    expect(attendanceCounts([]).rate).toBeNull();
    expect(formatRate(null)).toBe('—');
    expect(attendanceSummary([])).toBe('尚未登记出席情况');
  });

  it.each([
    [2 / 3, '66.7%'],
    [1, '100.0%'],
    [0, '0.0%'],
    [0.8575, '85.8%'],
  ])('formats %d as %s', (rate, text) => {
    expect(formatRate(rate)).toBe(text);
  });
});

describe('make-ups owed', () => {
  const missed = attendanceOf({ a: 'present', b: 'leave', c: 'absent' });

  it('are owed by everyone on leave or absent until a make-up is recorded', () => {
    const meeting = meetingRecord('partyLecture', '2026-03-01', {
      attendance: missed,
      makeUps: [{ id: 'm', memberId: 'b', date: '2026-03-05', method: 'replay', note: '' }],
    });
    expect(owedMakeUps(meeting)).toEqual(['c']);
  });

  it('are not owed for 谈心谈话, which is rescheduled instead', () => {
    expect(owedMakeUps(meetingRecord('heartToHeartTalk', '2026-03-01', { attendance: missed }))).toEqual([]);
  });

  it('are counted per person across the branch, ignoring deleted meetings', () => {
    const meetings = [
      meetingRecord('partyMemberAssembly', '2026-03-01', { attendance: missed }),
      meetingRecord('themedPartyDay', '2026-03-10', { attendance: attendanceOf({ c: 'absent', d: 'leave' }) }),
      meetingRecord('themedPartyDay', '2026-03-20', { attendance: attendanceOf({ z: 'absent' }), deleted: true }),
    ];
    const { owed, people } = branchOwedMakeUps(meetings);
    expect(owed).toHaveLength(4);
    expect(people).toBe(3);
  });
});
