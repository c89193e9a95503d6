import { describe, expect, it } from 'vitest';
import { NATIONAL_RULE_SET, validateRuleSet } from '../../../../shared/rules/rule-set';

type Json = Record<string, any>;

/** A deep copy of the national set with one change applied. */
function changed(change: (set: Json) => void): Json {
  const set = structuredClone(NATIONAL_RULE_SET) as Json;
  change(set);
  return set;
}

function errorsOf(x: unknown): string[] {
  const result = validateRuleSet(x);
  return result.ok ? [] : result.errors;
}

describe('validateRuleSet', () => {
  it('refuses what is not an object', () => {
    for (const x of [null, 'rules', 3, []]) expect(errorsOf(x)).toEqual(['规则集格式无效：应为一个对象。']);
  });

  it('checks the header fields', () => {
    const set = changed((s) => {
      s.id = ' ';
      s.version = 0;
      s.name = '';
      s.effectiveFrom = '2025-02-30';
    });
    expect(errorsOf(set)).toEqual([
      '规则集缺少编号（id）。',
      '规则集版本号（version）应为正整数。',
      '规则集缺少名称（name）。',
      '规则集生效日期（effectiveFrom）无效，格式应为 YYYY-MM-DD。',
    ]);
    expect(errorsOf(changed((s) => (s.version = 1.5)))).toEqual(['规则集版本号（version）应为正整数。']);
    expect(errorsOf(changed((s) => (s.version = 2)))).toEqual([]);
  });

  it('names a missing group and a missing rule', () => {
    expect(errorsOf(changed((s) => delete s.rules))).toEqual(['规则集缺少规则内容（rules）。']);
    expect(errorsOf(changed((s) => delete s.rules.dues))).toEqual(['规则集缺少规则分组 dues。']);
    expect(errorsOf(changed((s) => delete s.rules.branch.termYears))).toEqual(['规则 branch.termYears：缺少该规则。']);
  });

  it('checks a count is a non-negative integer', () => {
    expect(errorsOf(changed((s) => (s.rules.study.memberAnnualHours.value = -1)))).toEqual([
      '规则 study.memberAnnualHours：取值应为不小于 0 的整数。',
    ]);
    expect(errorsOf(changed((s) => (s.rules.study.memberAnnualHours.value = '32')))).toHaveLength(1);
    expect(errorsOf(changed((s) => (s.rules.study.memberAnnualHours.value = 0)))).toEqual([]);
  });

  it('checks the list of meeting types that credit study hours', () => {
    expect(errorsOf(changed((s) => (s.rules.study.creditedMeetingTypes.value = ['partyLecture', 'studyTour'])))).toEqual([
      expect.stringContaining('规则 study.creditedMeetingTypes：取值应为会议类型列表'),
    ]);
    expect(errorsOf(changed((s) => (s.rules.study.creditedMeetingTypes.value = ['partyLecture', 'partyLecture'])))).toHaveLength(1);
    expect(errorsOf(changed((s) => (s.rules.study.creditedMeetingTypes.value = 'partyLecture')))).toHaveLength(1);
    expect(errorsOf(changed((s) => (s.rules.study.creditedMeetingTypes.value = [])))).toEqual([]);
    expect(errorsOf(changed((s) => (s.rules.study.creditedMeetingTypes.value = ['partyGroupMeeting', 'partyLecture'])))).toEqual([]);
  });

  it('keeps a half day no longer than a full day', () => {
    expect(errorsOf(changed((s) => (s.rules.study.halfDayHours.value = 9)))).toEqual(['规则 study.halfDayHours 不能大于 study.fullDayHours。']);
  });

  it('checks fractions and frequencies', () => {
    expect(errorsOf(changed((s) => (s.rules.branch.electionAttendance.value = { numerator: 6, denominator: 5 })))).toEqual([
      expect.stringContaining('规则 branch.electionAttendance：取值应为分数'),
    ]);
    expect(errorsOf(changed((s) => (s.rules.branch.electionAttendance.value = { numerator: 5, denominator: 5 })))).toEqual([]);
    expect(errorsOf(changed((s) => (s.rules.meetings.committeeQuorum.value = { numerator: 0, denominator: 0 })))).toHaveLength(1);
    expect(errorsOf(changed((s) => (s.rules.meetings.partyLecture.value = { times: 1, per: 'week' })))).toEqual([
      expect.stringContaining('规则 meetings.partyLecture：取值应为频次'),
    ]);
    expect(errorsOf(changed((s) => (s.rules.meetings.partyLecture.value = { times: 0, per: 'month' })))).toHaveLength(1);
    expect(errorsOf(changed((s) => (s.rules.meetings.partyLecture.value = { times: 2, per: 'month' })))).toEqual([]);
  });

  it('checks dues brackets ascend and end with the open bracket', () => {
    const brackets = (value: unknown) => errorsOf(changed((s) => (s.rules.dues.retiredBrackets.value = value)));
    expect(brackets([{ upToFen: null, rateBasisPoints: 100 }])).toEqual([]);
    expect(brackets([])).toHaveLength(1);
    expect(brackets([{ upToFen: 500_000, rateBasisPoints: 50 }])).toHaveLength(1);
    expect(brackets([{ upToFen: null, rateBasisPoints: 50 }, { upToFen: null, rateBasisPoints: 100 }])).toHaveLength(1);
    expect(brackets([{ upToFen: 500_000, rateBasisPoints: 50 }, { upToFen: 500_000, rateBasisPoints: 60 }, { upToFen: null, rateBasisPoints: 100 }])).toHaveLength(1);
    expect(brackets([{ upToFen: 500_000, rateBasisPoints: 50 }, { upToFen: 500_001, rateBasisPoints: 60 }, { upToFen: null, rateBasisPoints: 100 }])).toEqual([]);
    expect(brackets([{ upToFen: null, rateBasisPoints: 10_001 }])).toHaveLength(1);
    expect(brackets([{ upToFen: null, rateBasisPoints: 10_000 }])).toEqual([]);
  });

  it('asks every rule for its description, unit, source and effective date', () => {
    const set = changed((s) => {
      const rule = s.rules.development.introducers;
      rule.description = '';
      delete rule.unit;
      rule.source = { regulation: '', article: '第十四条' };
      rule.effectiveFrom = '2014/05/28';
    });
    expect(errorsOf(set)).toEqual([
      '规则 development.introducers：缺少单位。',
      '规则 development.introducers：缺少说明。',
      '规则 development.introducers：缺少出处（法规名称与条款）。',
      '规则 development.introducers：生效日期无效，格式应为 YYYY-MM-DD。',
    ]);
  });

  it('accepts only a known edition of the development rules', () => {
    expect(errorsOf(changed((s) => (s.rules.development.edition = '2030')))).toEqual([
      '规则 development.edition：不支持的发展党员工作细则版本，本软件支持：2014。',
    ]);
  });

  it('refuses ranges whose lower end exceeds the upper end', () => {
    expect(errorsOf(changed((s) => (s.rules.branch.committeeSizeMin.value = 6)))).toEqual([
      '规则 branch.committeeSizeMin 不能大于 branch.committeeSizeNormalMax。',
    ]);
    expect(errorsOf(changed((s) => (s.rules.branch.committeeSizeMin.value = 5)))).toEqual([]);
    expect(errorsOf(changed((s) => (s.rules.development.contactsMin.value = 3)))).toEqual([
      '规则 development.contactsMin 不能大于 development.contactsMax。',
    ]);
    expect(errorsOf(changed((s) => (s.rules.dues.arrearsWarningMonths.value = 7)))).toEqual([
      '规则 dues.arrearsWarningMonths 不能大于 dues.arrearsAlarmMonths。',
    ]);
    expect(errorsOf(changed((s) => (s.rules.development.probationExtensionMaxMonths.value = 5)))).toHaveLength(1);
    expect(errorsOf(changed((s) => (s.rules.development.committeeApprovalMaxMonths.value = 2)))).toHaveLength(1);
  });

  it('wants the remittance due day to be a day of a month', () => {
    const day = (value: number) => errorsOf(changed((s) => (s.rules.dues.remittanceDueDay.value = value)));
    expect(day(0)).toEqual(['规则 dues.remittanceDueDay：取值应为 1 至 31 之间的日期。']);
    expect(day(32)).toEqual(['规则 dues.remittanceDueDay：取值应为 1 至 31 之间的日期。']);
    expect(day(1)).toEqual([]);
    expect(day(31)).toEqual([]);
  });

  it('tolerates rules it does not know yet (a newer central office)', () => {
    const set = changed((s) => (s.rules.study.extraRule = { anything: true }));
    expect(validateRuleSet(set).ok).toBe(true);
  });

  it('accepts a local set that changes a number', () => {
    const local = changed((s) => {
      s.id = 'hospital-2026';
      s.name = '市人民医院党委规则';
      s.rules.meetings.partyLecture.value = { times: 1, per: 'month' };
    });
    expect(validateRuleSet(local)).toEqual({ ok: true, value: local });
  });

  it('accepts a set from an office on an older version, giving each rule added since its national value', () => {
    const older = changed((s) => {
      delete s.rules.meetings.monthlyReportDay;
      delete s.rules.study.noteTargets;
      s.rules.study.memberAnnualHours.value = 40;
    });
    const result = validateRuleSet(older);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.rules.meetings.monthlyReportDay).toEqual(NATIONAL_RULE_SET.rules.meetings.monthlyReportDay);
    expect(result.value.rules.study.noteTargets.value.clinical).toEqual({ words: 0, reflections: 0 });
    expect(result.value.rules.study.memberAnnualHours.value).toBe(40);
    // The input itself is not changed.
    expect('noteTargets' in older.rules.study).toBe(false);
  });

  it('checks the rules added for local rules: half-yearly frequency, report day, note targets by branch kind', () => {
    expect(errorsOf(changed((s) => (s.rules.meetings.partyLecture.value = { times: 1, per: 'halfYear' })))).toEqual([]);
    expect(errorsOf(changed((s) => (s.rules.meetings.partyLecture.value = { times: 2, per: 'week' })))).toHaveLength(1);
    expect(errorsOf(changed((s) => (s.rules.meetings.monthlyReportDay.value = 32)))).toEqual(['规则 meetings.monthlyReportDay：取值应为 1 至 31 之间的日期。']);
    expect(errorsOf(changed((s) => delete s.rules.study.noteTargets.value.retired))[0]).toMatch(/^规则 study\.noteTargets：取值应为按支部类别/);
    expect(errorsOf(changed((s) => (s.rules.study.noteTargets.value.clinical = { words: -1, reflections: 2 })))).toHaveLength(1);
  });

  it('checks earlier values: of the rule kind, dated, in order, before the current one', () => {
    const withEarlier = (earlier: unknown) => changed((s) => (s.rules.meetings.partyMemberAssembly.earlier = earlier));
    expect(errorsOf(withEarlier([{ value: { times: 1, per: 'month' }, effectiveFrom: '2010-01-01' }]))).toEqual([]);
    expect(errorsOf(withEarlier([{ value: 3, effectiveFrom: '2010-01-01' }]))[0]).toMatch(/历史取值格式无效/);
    expect(errorsOf(withEarlier([{ value: { times: 1, per: 'month' }, effectiveFrom: '2030-01-01' }]))[0]).toMatch(/都早于现行取值/);
    expect(errorsOf(withEarlier('x'))).toEqual(['规则 meetings.partyMemberAssembly：历史取值（earlier）应为列表。']);
  });

  it('checks a working-day calendar carried in the set', () => {
    const calendar = { years: { '2027': { holidays: ['2027-01-01'], extraWorkdays: ['2026-12-27'] } } };
    expect(errorsOf(changed((s) => (s.calendar = calendar)))).toEqual(['工作日历：2027 年的调休上班日期中有无效日期“2026-12-27”（应为该年的 YYYY-MM-DD）。']);
    expect(errorsOf(changed((s) => (s.calendar = { years: { '2027': { holidays: ['2027-01-01'], extraWorkdays: [] } } })))).toEqual([]);
  });
});
