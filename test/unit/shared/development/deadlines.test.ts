import { describe, expect, it } from 'vitest';
import { DEFAULT_WORKING_DAY_CALENDAR as CAL } from '../../../../shared/calendar/working-days';
import { upcomingDeadlines } from '../../../../shared/development/pipeline';
import type { MemberRecord } from '../../../../shared/members/member';
import { NATIONAL_RULE_SET as RULES } from '../../../../shared/rules/rule-set';
import { memberRecord } from '../support/member-fixture';

const TODAY = '2025-06-01';
const dueFor = (members: MemberRecord[], today = TODAY) => upcomingDeadlines(members, RULES, CAL, today);
const applicant = (appliedOn: string, name = '张晓梅') => memberRecord({ name }, { appliedOn });

describe('upcomingDeadlines', () => {
  it('lists a talk deadline inside the 30-day window, up to its last day', () => {
    expect(dueFor([applicant('2025-05-31')])).toMatchObject([{ date: '2025-06-30', kind: 'deadline', overdue: false }]);
    expect(dueFor([applicant('2025-06-01')])).toMatchObject([{ date: '2025-07-01' }]);
    expect(dueFor([applicant('2025-06-02')])).toEqual([]);
  });

  it('reports the full row for the member', () => {
    const member = applicant('2025-05-20');
    expect(dueFor([member])).toEqual([
      {
        memberId: member.id,
        name: '张晓梅',
        stage: 'applicant',
        label: '派人谈话期限（收到申请书后1个月内）',
        date: '2025-06-20',
        kind: 'deadline',
        overdue: false,
        provisional: false,
      },
    ]);
  });

  it('marks a deadline overdue from the day after it', () => {
    expect(dueFor([applicant('2025-05-01')])).toMatchObject([{ date: '2025-06-01', overdue: false }]);
    expect(dueFor([applicant('2025-04-30')])).toMatchObject([{ date: '2025-05-30', overdue: true }]);
  });

  it('drops the talk deadline once the talk is recorded', () => {
    expect(dueFor([memberRecord({}, { appliedOn: '2025-05-20', applicationTalkOn: '2025-05-25' })])).toEqual([]);
  });

  it('lists probationary members due for 转正, the approval deadline and the decision deadline', () => {
    const probationary = memberRecord({ stage: 'probationary', joinedOn: '2024-06-20' }, { admissionVoteOn: '2024-06-20' });
    expect(dueFor([probationary]).map(({ date, kind, overdue, label }) => ({ date, kind, overdue, label }))).toEqual([
      { date: '2024-09-20', kind: 'deadline', overdue: true, label: '上级党委审批期限（支部大会后3个月内，最长6个月）' },
      { date: '2025-06-20', kind: 'earliest', overdue: false, label: '预备期满，可讨论转正' },
    ]);
    expect(dueFor([probationary], '2025-08-21').map((item) => item.date)).toEqual(['2024-09-20', '2025-06-20', '2025-09-20']);
    expect(dueFor([probationary], '2025-08-20').map((item) => item.date)).toEqual(['2024-09-20', '2025-06-20']);
  });

  it('keeps a member past probation on the list, with the decision deadline overdue', () => {
    const late = memberRecord({ stage: 'probationary', joinedOn: '2024-01-10' }, { committeeApprovalOn: '2024-03-01' });
    expect(dueFor([late])).toMatchObject([
      { date: '2025-01-10', kind: 'earliest', overdue: false },
      { date: '2025-04-10', kind: 'deadline', overdue: true, label: '讨论转正期限（预备期满后3个月内）' },
    ]);
  });

  it('lists a candidate whose publicity ends, and the vote deadline after pre-review', () => {
    const candidate = memberRecord({ stage: 'candidate' }, { preReviewOn: '2025-05-20', publicityStart: '2025-05-26' });
    expect(dueFor([candidate])).toMatchObject([
      { date: '2025-06-03', kind: 'earliest', label: '公示期满，可召开支部大会讨论接收', provisional: false },
      { date: '2025-06-20', kind: 'deadline', label: '召开支部大会讨论接收期限（预审后1个月内）' },
    ]);
  });

  it('marks a publicity end counted into an unconfigured year as provisional', () => {
    const candidate = memberRecord({ stage: 'candidate' }, { publicityStart: '2026-12-28' });
    expect(dueFor([candidate], '2026-12-28')).toMatchObject([{ date: '2027-01-04', kind: 'earliest', provisional: true }]);
  });

  it('ignores deleted members, activists and full members', () => {
    const deleted = { ...applicant('2025-05-31'), deleted: true };
    const activist = memberRecord({ stage: 'activist' }, { appliedOn: '2025-05-31', activistOn: '2025-05-31' });
    const full = memberRecord({ stage: 'full', joinedOn: '2024-06-20', fullMembershipOn: '2025-06-20' });
    expect(dueFor([deleted, activist, full])).toEqual([]);
  });

  it('sorts by date, then by name', () => {
    const rows = dueFor([applicant('2025-05-25', '王强'), applicant('2025-05-20', '赵敏'), applicant('2025-05-25', '李红')]);
    expect(rows.map((row) => [row.date, row.name])).toEqual([
      ['2025-06-20', '赵敏'],
      ['2025-06-25', '李红'],
      ['2025-06-25', '王强'],
    ]);
  });

  describe('deadlines that passed before the member was kept in the app', () => {
    const importedOn = (member: MemberRecord, date: string): MemberRecord => ({ ...member, createdAt: `${date}T03:00:00.000Z` });

    it('says the date was not recorded instead of raising an alarm', () => {
      const probationary = importedOn(memberRecord({ name: '黄雪梅', stage: 'probationary', joinedOn: '2025-01-10' }, { admissionVoteOn: '2025-01-10' }), '2025-06-01');
      expect(dueFor([probationary]).map(({ kind, overdue, label }) => ({ kind, overdue, label }))).toEqual([
        { kind: 'unrecorded', overdue: false, label: '上级党委审批日期未登记（应于 2025-04-10 前完成，早于本软件开始记录）' },
      ]);
    });

    it('still raises the alarm for a deadline that passed while the member was on record', () => {
      const probationary = importedOn(memberRecord({ stage: 'probationary', joinedOn: '2025-01-10' }, { admissionVoteOn: '2025-01-10' }), '2025-03-01');
      expect(dueFor([probationary])).toMatchObject([{ kind: 'deadline', overdue: true, date: '2025-04-10' }]);
    });

    it('asks for nothing once the date is filled in', () => {
      const approved = importedOn(
        memberRecord({ stage: 'probationary', joinedOn: '2025-01-10' }, { admissionVoteOn: '2025-01-10', committeeApprovalOn: '2025-03-20' }),
        '2025-06-01',
      );
      expect(dueFor([approved])).toEqual([]);
    });
  });
});
