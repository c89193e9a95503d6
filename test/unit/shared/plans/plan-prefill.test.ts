import { describe, expect, it } from 'vitest';
import { NATIONAL_RULE_SET } from '../../../../shared/rules/national-rule-set';
import { ruleChangedFrom } from '../../../../shared/rules/rule-history';
import { developmentCandidates, planMonths, planPerson, yearSummaryDraft } from '../../../../shared/plans/plan-prefill';
import type { PublishedResult } from '../../../../shared/assessment/assessment-records';
import { attendanceOf, meetingRecord } from '../support/meeting-fixture';
import { memberRecord } from '../support/member-fixture';
import { records, scope } from '../statistics/stat-fixture';

const meetings = NATIONAL_RULE_SET.rules.meetings;

describe('年度工作计划: the months from the rule set', () => {
  it('plans monthly meetings every month, quarterly ones in each quarter’s first month, yearly ones at the end of the usual quarter', () => {
    const months = planMonths(meetings, 2027);
    expect(months).toHaveLength(12);
    expect(months[0]).toEqual({ month: 1, theme: '学习上级会议精神，部署全年工作', meetings: '支部党员大会、支部委员会、党小组会、党课、主题党日' });
    expect(months[1]).toEqual({ month: 2, theme: '', meetings: '支部委员会、党小组会、主题党日' });
    expect(months[11]!.meetings).toBe('支部委员会、党小组会、主题党日、组织生活会、民主评议党员');
    expect(months.filter((line) => line.meetings.includes('支部党员大会')).map((line) => line.month)).toEqual([1, 4, 7, 10]);
  });

  it('follows a local rule in force on 1 January: 党员大会 every month, 党小组会 twice a month', () => {
    const local = {
      ...meetings,
      partyMemberAssembly: ruleChangedFrom(meetings.partyMemberAssembly, { value: { times: 1, per: 'month' as const }, description: '每月', source: meetings.partyMemberAssembly.source, effectiveFrom: '2026-06-01' }),
      partyGroupMeeting: { ...meetings.partyGroupMeeting, value: { times: 2, per: 'month' as const } },
    };
    expect(planMonths(local, 2027)[1]!.meetings).toBe('支部党员大会、支部委员会、党小组会（2 次）、主题党日');
    // 2026 began under the quarterly rule.
    expect(planMonths(local, 2026)[1]!.meetings).toBe('支部委员会、党小组会（2 次）、主题党日');
  });
});

describe('发展计划: whom it can name', () => {
  it('lists the roster’s applicants, activists and 发展对象, 发展对象 first, aiming each at the next step', () => {
    const full = memberRecord({ name: '甲', stage: 'full', joinedOn: '2010-07-01' });
    const applicant = memberRecord({ name: '乙', stage: 'applicant' });
    const candidate = memberRecord({ name: '丙', stage: 'candidate' });
    const gone = { ...memberRecord({ name: '丁', stage: 'activist' }), deleted: true };
    const listed = developmentCandidates([full, applicant, candidate, gone], '2027-01-10');
    expect(listed.map((member) => member.name)).toEqual(['丙', '乙']);
    expect(planPerson(candidate)).toEqual({ memberId: candidate.id, name: '丙', stage: 'candidate', target: 'probationary' });
    expect(planPerson(applicant).target).toBe('activist');
  });
});

describe('年度工作总结: the year’s figures', () => {
  const a = memberRecord({ name: '甲', stage: 'full', joinedOn: '2010-07-01' });
  const b = memberRecord({ name: '乙', stage: 'full', joinedOn: '2010-07-01' });
  const committee = meetingRecord('committeeMeeting', '2026-03-12', { attendance: attendanceOf({ [a.id]: 'present', [b.id]: 'absent' }) });
  const assembly = meetingRecord('partyMemberAssembly', '2026-05-20', { attendance: attendanceOf({ [a.id]: 'present', [b.id]: 'present' }) });

  it('counts meetings held against those due and the attendance, and states them in the body', () => {
    const draft = yearSummaryDraft(records([a, b], { meetings: [committee, assembly] }), scope('2026', '2026-12-20'));
    const value = (label: string) => draft.figures.find((figure) => figure.label === label)?.value;
    expect(value('支部委员会·应开')).toBe('12');
    expect(value('支部委员会·按期')).toBe('1');
    expect(value('支部党员大会·应开')).toBe('4');
    expect(value('出席·召开会议')).toBe('2');
    expect(value('出席·平均出席率')).toBe('75.0%');
    expect(draft.body).toContain('全年召开各类会议 2 次');
    expect(draft.body).toContain('平均出席率 75.0%');
    expect(draft.figures.some((figure) => figure.section === '考核结果')).toBe(false);
  });

  it('adds the year’s 考核 result once published, and refuses a period that is not a year', () => {
    const result = { total: 92.5, maxTotal: 100, rank: 2, of: 12, stars: 4, vetoed: false, flag: false } as PublishedResult;
    const draft = yearSummaryDraft(records([a, b]), scope('2026', '2026-12-20'), result);
    expect(draft.figures.filter((figure) => figure.section === '考核结果').map((figure) => [figure.label, figure.value])).toEqual([
      ['得分', '92.5 / 100'],
      ['排名', '第 2 名 / 共 12 个支部'],
      ['星级', '★★★★（四星级）'],
    ]);
    expect(draft.body).toContain('年度考核得分 92.5 分，第 2 名（共 12 个支部）');
    expect(() => yearSummaryDraft(records([a, b]), scope('2026-11'))).toThrow('不是年度');
  });
});
