import { describe, expect, it } from 'vitest';
import { isValidDate } from '../../../../shared/dates';
import { MEETING_TYPES, NATIONAL_RULE_SET, validateRuleSet, type Rule } from '../../../../shared/rules/rule-set';

const { branch, development, meetings, study, dues } = NATIONAL_RULE_SET.rules;

function allRules(): Array<[string, Rule<unknown>]> {
  return Object.entries(NATIONAL_RULE_SET.rules).flatMap(([group, rules]) =>
    Object.entries(rules)
      .filter(([, rule]) => typeof rule === 'object')
      .map(([key, rule]) => [`${group}.${key}`, rule as Rule<unknown>] as [string, Rule<unknown>]),
  );
}

describe('NATIONAL_RULE_SET', () => {
  it('survives a JSON round trip unchanged and passes its own check', () => {
    const copy = JSON.parse(JSON.stringify(NATIONAL_RULE_SET)) as unknown;
    expect(copy).toEqual(NATIONAL_RULE_SET);
    expect(validateRuleSet(copy)).toEqual({ ok: true, value: copy });
  });

  it('names a source, a unit, a Chinese description and an effective date for every rule', () => {
    const rules = allRules();
    expect(rules.length).toBeGreaterThan(55);
    for (const [path, rule] of rules) {
      expect(rule.source.regulation, path).toMatch(/[\u4e00-\u9fff]/);
      expect(rule.source.article, path).not.toBe('');
      expect(rule.description, path).toMatch(/[\u4e00-\u9fff]/);
      expect(rule.unit, path).not.toBe('');
      expect(isValidDate(rule.effectiveFrom), path).toBe(true);
    }
  });

  it('carries the branch-structure numbers of 支部工作条例 and the election rule', () => {
    expect(branch.minFullMembers.value).toBe(3);
    expect(branch.maxMembers.value).toBe(50);
    expect(branch.jointBranchMaxUnits.value).toBe(5);
    expect(branch.committeeMinFullMembers.value).toBe(7);
    expect([branch.committeeSizeMin.value, branch.committeeSizeNormalMax.value, branch.committeeSizeMax.value]).toEqual([3, 5, 7]);
    expect(branch.termYears.value).toBe(3);
    expect(branch.villageTermYears.value).toBe(5);
    expect(branch.termExtensionMaxYears.value).toBe(1);
    expect(branch.termEndWarningMonths.value).toBe(6);
    expect(branch.electionAttendance.value).toEqual({ numerator: 4, denominator: 5 });
    expect(branch.outOfContactMonths.value).toBe(6);
    expect(branch.awayTransferMonths.value).toBe(6);
    expect(branch.minFullMembers.source).toEqual({ regulation: '中国共产党支部工作条例（试行）', article: '第四条' });
  });

  it('follows the 2014 发展党员工作细则 with its numbers and articles', () => {
    expect(development.edition).toBe('2014');
    expect(development.applicantMinAge).toMatchObject({ value: 18, source: { regulation: '中国共产党发展党员工作细则', article: '第五条' } });
    expect(development.applicationTalkMonths).toMatchObject({ value: 1, source: { article: '第七条' } });
    expect(development.activistAssessmentMonths.value).toBe(6);
    expect(development.activistTrainingYears).toMatchObject({ value: 1, source: { article: '第十三条' } });
    expect([development.contactsMin.value, development.contactsMax.value]).toEqual([1, 2]);
    expect(development.introducers).toMatchObject({ value: 2, source: { article: '第十四条' } });
    expect([development.candidateTrainingDays.value, development.candidateTrainingHours.value]).toEqual([3, 24]);
    expect(development.publicityWorkingDays.value).toBe(5);
    expect(development.admissionVoteMonthsAfterPreReview.value).toBe(1);
    expect([development.committeeApprovalMonths.value, development.committeeApprovalMaxMonths.value]).toEqual([3, 6]);
    expect(development.probationYears).toMatchObject({ value: 1, source: { article: '第三十二条' } });
    expect([development.probationExtensionMinMonths.value, development.probationExtensionMaxMonths.value]).toEqual([6, 12]);
    expect(development.fullMembershipDecisionMonths.value).toBe(3);
    expect(development.reminderWindowDays.value).toBe(30);
  });

  it('gives every meeting type a frequency, with 党课 as a local quarterly default', () => {
    expect(Object.keys(meetings)).toEqual(expect.arrayContaining([...MEETING_TYPES]));
    expect(meetings.partyMemberAssembly).toMatchObject({ value: { times: 1, per: 'quarter' }, source: { article: '第十一条' } });
    expect(meetings.committeeMeeting).toMatchObject({ value: { times: 1, per: 'month' }, source: { article: '第十二条' } });
    expect(meetings.partyGroupMeeting).toMatchObject({ value: { times: 1, per: 'month' }, source: { article: '第十三条' } });
    expect(meetings.partyLecture.value).toEqual({ times: 1, per: 'quarter' });
    expect(meetings.partyLecture.source.regulation).toContain('本院默认');
    expect(meetings.themedPartyDay).toMatchObject({ value: { times: 1, per: 'month' }, source: { article: '第十六条' } });
    expect(meetings.organizationalLifeMeeting).toMatchObject({ value: { times: 1, per: 'year' }, source: { article: '第十七条' } });
    expect(meetings.organizationalLifeUsualQuarter.value).toBe(4);
    expect(meetings.democraticAppraisal).toMatchObject({ value: { times: 1, per: 'year' }, source: { article: '第十八条' } });
    expect(meetings.heartToHeartTalk.value).toEqual({ times: 1, per: 'year' });
    expect(meetings.partyCommitteeSecretaryLectures.value).toEqual({ times: 1, per: 'year' });
    expect(meetings.silentBranchDays.value).toBe(30);
    expect(meetings.committeeQuorum.value).toEqual({ numerator: 1, denominator: 2 });
    expect(meetings.admissionVoteApproval.value).toEqual({ numerator: 1, denominator: 2 });
  });

  it('sets the study-hour targets and the day conversions', () => {
    expect(study.memberAnnualHours).toMatchObject({ value: 32, source: { article: '第二十条' } });
    expect(study.leaderAnnualHours.value).toBe(56);
    expect([study.fullDayHours.value, study.halfDayHours.value]).toEqual([8, 4]);
  });

  it('credits 党课 and 主题党日 to study hours, monthly, with a month of grace on the pace', () => {
    expect(study.creditedMeetingTypes.value).toEqual(['partyLecture', 'themedPartyDay']);
    expect(study.collectiveStudy.value).toEqual({ times: 1, per: 'month' });
    expect(study.paceGraceDays.value).toBe(30);
    expect(study.noteMaxHours.value).toBe(40);
    for (const rule of [study.creditedMeetingTypes, study.collectiveStudy, study.paceGraceDays, study.noteMaxHours]) {
      expect(rule.source.regulation).not.toBe('');
    }
  });

  it('keeps dues brackets in 分 with basis-point rates, upper bounds inclusive', () => {
    expect(dues.employedBrackets.value).toEqual([
      { upToFen: 300_000, rateBasisPoints: 50 },
      { upToFen: 500_000, rateBasisPoints: 100 },
      { upToFen: 1_000_000, rateBasisPoints: 150 },
      { upToFen: null, rateBasisPoints: 200 },
    ]);
    expect(dues.retiredBrackets.value).toEqual([
      { upToFen: 500_000, rateBasisPoints: 50 },
      { upToFen: null, rateBasisPoints: 100 },
    ]);
    expect(dues.flatMonthlyFen.value).toBe(20);
    expect([dues.arrearsWarningMonths.value, dues.arrearsAlarmMonths.value]).toEqual([3, 6]);
    expect(dues.maxPaymentPeriodMonths.value).toBe(3);
    expect(dues.makeUpMaxMonths.value).toBe(6);
    expect(dues.arrearsAlarmMonths.source).toEqual({ regulation: '中国共产党章程', article: '第九条' });
    expect(dues.remittanceDueDay.value).toBe(20);
    expect(dues.remittanceReminderDays.value).toBe(10);
    expect(dues.remittanceDueDay.source.regulation).toContain('本院默认');
  });
});
