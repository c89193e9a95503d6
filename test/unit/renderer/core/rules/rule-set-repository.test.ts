import { describe, expect, it } from 'vitest';
import { databasePerTest } from '../../support/test-database';
import { createRuleSetRepository, RuleSetRefusedError } from '../../../../../renderer/src/core/rules/rule-set-repository';
import { NATIONAL_RULE_SET } from '../../../../../shared/rules/national-rule-set';
import { DEFAULT_ASSESSMENT_SCHEME } from '../../../../../shared/assessment/default-scheme';
import { assessmentSchemeOf } from '../../../../../shared/assessment/scheme';
import { parseCalendarDates } from '../../../../../shared/calendar/calendar-text';

const database = databasePerTest();
const ORG = { id: 'org-1', name: '市人民医院党委' };
const AT = new Date('2026-03-01T08:00:00.000Z');
const edit = (memberAnnualHours: number, leaderAnnualHours = 56) => ({ name: '市人民医院党委规则（2026）', study: { memberAnnualHours, leaderAnnualHours } });

describe('the rule set in use', () => {
  it('is the national one until a set is stored', async () => {
    expect(await createRuleSetRepository(database()).active()).toEqual({ ruleSet: NATIONAL_RULE_SET, source: 'national' });
  });

  it('publishes a new version with the edited study target, its rule naming the office, the rest unchanged', async () => {
    const rules = createRuleSetRepository(database());
    const published = await rules.publish(edit(40), ORG, AT);
    expect(published).toMatchObject({ id: 'org-org-1', version: 2, name: '市人民医院党委规则（2026）', effectiveFrom: '2026-03-01' });
    expect(published.rules.study.memberAnnualHours).toMatchObject({ value: 40, source: { regulation: '市人民医院党委规定' }, description: expect.stringContaining('40 学时') });
    expect(published.rules.study.leaderAnnualHours).toEqual(NATIONAL_RULE_SET.rules.study.leaderAnnualHours);
    expect(published.rules.meetings).toEqual(NATIONAL_RULE_SET.rules.meetings);
    expect(await rules.active()).toEqual({ ruleSet: published, source: 'stored', storedAt: AT.toISOString() });
    expect((await rules.publish(edit(48), ORG, AT)).version).toBe(3);
  });

  it('refuses a target that is not a whole number of hours, or an empty name, and stores nothing', async () => {
    const db = database();
    const rules = createRuleSetRepository(db);
    await expect(rules.publish(edit(-4), ORG, AT)).rejects.toBeInstanceOf(RuleSetRefusedError);
    await expect(rules.publish(edit(32.5), ORG, AT)).rejects.toThrow('memberAnnualHours');
    await expect(rules.publish({ ...edit(40), name: ' ' }, ORG, AT)).rejects.toThrow('名称');
    expect(await db.syncState.get('ruleSet')).toBeUndefined();
  });

  it('takes a valid received set, says so once, and ignores an invalid one, keeping the set in use', async () => {
    const db = database();
    const rules = createRuleSetRepository(db);
    const sent = { ...NATIONAL_RULE_SET, id: 'org-9', version: 4, name: '院党委规则', rules: { ...NATIONAL_RULE_SET.rules, study: { ...NATIONAL_RULE_SET.rules.study, memberAnnualHours: { ...NATIONAL_RULE_SET.rules.study.memberAnnualHours, value: 40 } } } };
    expect(await rules.receive(sent, AT)).toBe('已启用院党委下发的规则集“院党委规则”（第 4 版）。');
    expect(await rules.receive(sent, AT)).toBe('');
    const broken = { ...sent, version: 5, rules: { ...sent.rules, study: { ...sent.rules.study, memberAnnualHours: { ...sent.rules.study.memberAnnualHours, value: -1 } } } };
    expect(await rules.receive(broken, AT)).toMatch(/^随附的规则集无效，未启用，继续使用“院党委规则”/);
    expect((await rules.active()).ruleSet).toMatchObject({ version: 4, rules: { study: { memberAnnualHours: { value: 40 } } } });
  });

  it('falls back to the national set when the stored row is damaged', async () => {
    const db = database();
    await db.syncState.put({ key: 'ruleSet', ruleSet: { id: 'x' }, receivedAt: AT.toISOString() });
    expect((await createRuleSetRepository(db).active()).source).toBe('national');
  });
});

describe('local rules and the working-day calendar published with the rule set', () => {
  const holidays2027 = parseCalendarDates(2027, '1月1日至3日、2月5日至12日、4月3日至5日、5月1日至5日、6月9日、9月15日、10月1日至7日').dates;
  const makeUps2027 = parseCalendarDates(2027, '1月31日、2月20日、5月8日、9月26日、10月9日').dates;

  it('publishes meeting frequencies, study sessions, note targets and report day, applying from the chosen date with the old values kept', async () => {
    const rules = createRuleSetRepository(database());
    const noteTargets = { ...NATIONAL_RULE_SET.rules.study.noteTargets.value, administrative: { words: 20000, reflections: 3 }, clinical: { words: 10000, reflections: 2 } };
    const published = await rules.publish(
      { ...edit(32), effectiveFrom: '2027-01-01', meetings: { partyMemberAssembly: { times: 1, per: 'month' } }, studySessionsPerMonth: 2, noteTargets, monthlyReportDay: 10 },
      ORG,
      AT,
    );
    expect(published.effectiveFrom).toBe('2027-01-01');
    expect(published.rules.meetings.partyMemberAssembly).toMatchObject({
      value: { times: 1, per: 'month' },
      effectiveFrom: '2027-01-01',
      description: '支部党员大会每月 1 次（院党委规定）。',
      earlier: [{ value: { times: 1, per: 'quarter' }, effectiveFrom: '2018-10-28' }],
    });
    expect(published.rules.meetings.committeeMeeting).toEqual(NATIONAL_RULE_SET.rules.meetings.committeeMeeting);
    expect(published.rules.study.collectiveStudy.value).toEqual({ times: 2, per: 'month' });
    expect(published.rules.study.noteTargets.value.clinical).toEqual({ words: 10000, reflections: 2 });
    expect(published.rules.meetings.monthlyReportDay.value).toBe(10);
    // Unchanged study hours keep their national source.
    expect(published.rules.study.memberAnnualHours).toEqual(NATIONAL_RULE_SET.rules.study.memberAnnualHours);
  });

  it('refuses a report day that is not a day of a month, a bad effective date, or no change at all, and stores nothing', async () => {
    const db = database();
    const rules = createRuleSetRepository(db);
    await expect(rules.publish({ ...edit(32), monthlyReportDay: 40 }, ORG, AT)).rejects.toThrow('monthlyReportDay');
    await expect(rules.publish({ ...edit(32), effectiveFrom: '2027-02-30' }, ORG, AT)).rejects.toThrow('生效日期无效');
    expect(await db.syncState.get('ruleSet')).toBeUndefined();
    await rules.publish(edit(40), ORG, AT);
    await expect(rules.publish(edit(40), ORG, AT)).rejects.toThrow('规则没有改动，未保存新版本。');
    expect((await rules.active()).ruleSet.version).toBe(2);
  });

  it('publishes a complete year of holidays with the set, and refuses an incomplete one with nothing stored', async () => {
    const db = database();
    const rules = createRuleSetRepository(db);
    const refused = await rules.publishCalendarYear(2027, { holidays: holidays2027.filter((date) => !date.startsWith('2027-10')), extraWorkdays: makeUps2027 }, ORG, AT).catch((error: unknown) => error);
    expect((refused as RuleSetRefusedError).errors).toEqual(['放假日期中没有国庆节（2027 年的安排不完整）。']);
    expect(await db.syncState.get('ruleSet')).toBeUndefined();
    const published = await rules.publishCalendarYear(2027, { holidays: holidays2027, extraWorkdays: makeUps2027 }, ORG, AT);
    expect(published).toMatchObject({ version: 2, calendar: { years: { '2027': { holidays: holidays2027, extraWorkdays: makeUps2027 } } } });
    expect((await rules.active()).ruleSet.calendar).toEqual(published.calendar);
    // The local rules published next keep the calendar.
    expect((await rules.publish(edit(40), ORG, AT)).calendar).toEqual(published.calendar);
  });
});

describe('the assessment scheme published with the rule set', () => {
  it('publishes a new rule set version carrying the edited scheme, its own version up by one, the study targets kept', async () => {
    const db = database();
    const rules = createRuleSetRepository(db);
    await rules.publish(edit(40), ORG, AT);
    const scheme = { ...structuredClone(DEFAULT_ASSESSMENT_SCHEME), name: ' 市人民医院党支部考核细则（2026） ', flagsPerQuarter: 2 };
    const published = await rules.publishAssessment(scheme, ORG, AT);
    expect(published).toMatchObject({ id: 'org-org-1', version: 3 });
    expect(published.rules.study.memberAnnualHours.value).toBe(40);
    expect(published.assessment).toMatchObject({ id: 'org-org-1-assessment', version: 2, name: '市人民医院党支部考核细则（2026）', flagsPerQuarter: 2, effectiveFrom: '2026-03-01' });
    expect(assessmentSchemeOf((await rules.active()).ruleSet).flagsPerQuarter).toBe(2);
    // Publishing study targets afterwards keeps the scheme.
    expect((await rules.publish(edit(42), ORG, AT)).assessment).toEqual(published.assessment);
    expect((await rules.publishAssessment({ ...scheme, flagsPerQuarter: 1 }, ORG, AT)).assessment!.version).toBe(3);
  });

  it('refuses a broken scheme with every reason and stores nothing', async () => {
    const db = database();
    const rules = createRuleSetRepository(db);
    const scheme = { ...structuredClone(DEFAULT_ASSESSMENT_SCHEME), starThresholds: [90, 80, 70, 60, 50] as [number, number, number, number, number], name: '' };
    const refused = await rules.publishAssessment(scheme, ORG, AT).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(RuleSetRefusedError);
    expect((refused as RuleSetRefusedError).errors).toEqual(['请填写考核方案名称（至少 2 个字）。', '星级门槛应为 5 个从低到高的分数（一星至五星）。']);
    expect(await db.syncState.get('ruleSet')).toBeUndefined();
  });
});
