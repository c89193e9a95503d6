import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSESSMENT_SCHEME, DEFAULT_MEMBER_POINTS } from '../../../../shared/assessment/default-scheme';
import { activityError, type MemberActivityRecord } from '../../../../shared/assessment/member-activity';
import { memberPoints } from '../../../../shared/assessment/member-points';
import { NATIONAL_RULE_SET } from '../../../../shared/rules/national-rule-set';
import { attendanceOf, meetingRecord } from '../support/meeting-fixture';
import { thirdQuarterBranch } from './assessment-fixture';

const stamp = { branchId: 'branch-1', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', deleted: false };
let next = 0;
function activity(memberId: string, kind: MemberActivityRecord['kind'], date: string, hours = 0): MemberActivityRecord {
  next += 1;
  return { ...stamp, id: `activity-${next}`, memberId, kind, date, title: '义诊进社区', hours, note: '' };
}

describe('党员积分', () => {
  it('counts attendance, make-ups, 学时, volunteer hours and posts by the scheme, each up to its cap, and ranks the branch', () => {
    const records = thirdQuarterBranch();
    const [a, b, c, d] = records.members;
    // 丁 missed the 党课 of 5 September and made it up on the 20th.
    records.meetings[4]!.makeUps = [{ id: 'mu-1', memberId: d!.id, date: '2026-09-20', method: 'selfStudy', note: '' }];
    const activities = [
      activity(a!.id, 'volunteer', '2026-09-01', 4),
      activity(b!.id, 'volunteer', '2026-05-01', 30),
      activity(c!.id, 'volunteer', '2025-12-20', 8), // last year: not counted
      activity(c!.id, 'pioneerPost', '2026-03-01'),
      activity(c!.id, 'pioneerPost', '2026-06-01'),
      ...['2026-04-01', '2026-05-01', '2026-06-01'].map((date) => activity(c!.id, 'modelPost', date)),
      { ...activity(d!.id, 'volunteer', '2026-08-01', 6), deleted: true },
    ];
    const rows = memberPoints(DEFAULT_MEMBER_POINTS, { ...records, activities, year: 2026, today: '2026-10-10', rules: NATIONAL_RULE_SET.rules });
    const line = (name: string, itemId: string) => rows.find((row) => row.name === name)!.lines.find((entry) => entry.itemId === itemId)!;

    // Only the four full members; the 发展对象 and the applicant have no 积分. 乙 and 丙 were talked with
    // by 甲 in May (the fixture's talk records): one 组织生活 more each; 甲 held it, 丁's 函询 is no talk.
    expect(rows.map((row) => [row.rank, row.name, row.total])).toEqual([
      // 乙: 5 meetings + 1 talk, 32 + 1.5 学时 = 33.5 → 16.8, 30 volunteer hours capped at 20.
      [1, '党员乙', 42.8],
      // 丙: 5 meetings + 1 talk, 22 + 1.5 = 23.5 学时 → 11.8, two 先锋岗 (10), three 示范岗 capped at 10.
      [2, '党员丙', 37.8],
      // 甲: 5 meetings, 30 + 1.5 = 31.5 学时 → 15.8, 4 volunteer hours.
      [3, '党员甲', 24.8],
      // 丁: 3 meetings (leave at one 支委会, absent from the 党课), one make-up (0.5), its 1.5 学时 (0.8).
      [4, '党员丁', 4.3],
    ]);
    expect(line('党员乙', 'mp-volunteer')).toEqual({ itemId: 'mp-volunteer', units: 30, points: 20, capped: true });
    expect(line('党员丙', 'mp-model')).toMatchObject({ units: 3, points: 10, capped: true });
    expect(line('党员丙', 'mp-volunteer')).toMatchObject({ units: 0, points: 0, capped: false });
    expect(line('党员丁', 'mp-make-up')).toMatchObject({ units: 1, points: 0.5 });
    expect(line('党员丁', 'mp-attendance')).toMatchObject({ units: 3, points: 3 });
    expect(line('党员乙', 'mp-attendance')).toMatchObject({ units: 6, points: 6 });
  });

  it('counts 谈心谈话 from the talk records: a legacy meeting of that type only in a year without any', () => {
    const records = thirdQuarterBranch();
    const [a, , , d] = records.members;
    // A meeting recorded as 谈心谈话 in June (before the talk records), 甲 with 丁, both present.
    records.meetings = [...records.meetings, meetingRecord('heartToHeartTalk', '2026-06-01', { attendance: attendanceOf({ [a!.id]: 'present', [d!.id]: 'present' }) })];
    const attendance = (talks: typeof records.talks) => {
      const rows = memberPoints(DEFAULT_MEMBER_POINTS, { ...records, talks, activities: [], year: 2026, today: '2026-10-10', rules: NATIONAL_RULE_SET.rules });
      return Object.fromEntries(rows.map((row) => [row.name, row.lines.find((entry) => entry.itemId === 'mp-attendance')!.units]));
    };
    // With the year's talk (甲 with 乙 and 丙): the legacy meeting is not counted; 乙 and 丙 have 5 meetings + 1 talk, 甲 (谈话人) and 丁 5 and 3.
    expect(attendance(records.talks)).toEqual({ 党员甲: 5, 党员乙: 6, 党员丙: 6, 党员丁: 3 });
    // Without talk records that year (only 丁's 函询, which is no talk): the legacy meeting counts for 甲 and 丁.
    expect(attendance(records.talks.filter((talk) => talk.kind === 'inquiry'))).toEqual({ 党员甲: 6, 党员乙: 5, 党员丙: 5, 党员丁: 4 });
    // A deleted talk is no talk either.
    expect(attendance(records.talks.map((talk) => ({ ...talk, deleted: true })))).toMatchObject({ 党员乙: 5, 党员丁: 4 });
  });

  it('gives equal totals the same rank and reads the weights from the scheme', () => {
    const records = thirdQuarterBranch();
    const attendanceOnly = [{ ...DEFAULT_MEMBER_POINTS[0]!, pointsPerUnit: 2, maxPoints: 8 }];
    const rows = memberPoints(attendanceOnly, { ...records, activities: [], year: 2026, today: '2026-10-10', rules: NATIONAL_RULE_SET.rules });
    // 甲, 乙, 丙 attended 5 meetings (10, capped at 8); 丁 3 (6).
    expect(rows.map((row) => [row.rank, row.total])).toEqual([[1, 8], [1, 8], [1, 8], [4, 6]]);
    expect(DEFAULT_ASSESSMENT_SCHEME.memberPoints.reduce((sum, item) => sum + item.maxPoints, 0)).toBe(100);
  });

  it('refuses an activity that cannot be counted, in Chinese', () => {
    const base = { memberId: 'm1', kind: 'volunteer' as const, date: '2026-10-01', title: '义诊进社区', hours: 2, note: '' };
    expect(activityError(base, '2026-10-10')).toBeNull();
    expect(activityError({ ...base, hours: 0 }, '2026-10-10')).toBe('志愿服务时长应为 0.5 至 24 小时，以半小时计。');
    expect(activityError({ ...base, hours: 1.2 }, '2026-10-10')).toBe('志愿服务时长应为 0.5 至 24 小时，以半小时计。');
    expect(activityError({ ...base, date: '2026-10-11' }, '2026-10-10')).toBe('日期 2026-10-11 晚于今天，不能登记尚未发生的活动。');
    expect(activityError({ ...base, kind: 'pioneerPost' }, '2026-10-10')).toBe('先锋岗、示范岗按次计分，不填时长。');
    expect(activityError({ ...base, memberId: '' }, '2026-10-10')).toBe('请选择党员。');
  });
});
