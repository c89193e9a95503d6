import { describe, expect, it } from 'vitest';
import { NATIONAL_RULE_SET } from '../../../../shared/rules/national-rule-set';
import { ruleAsOf, ruleChangedFrom, ruleSetAsOf, ruleValueAt } from '../../../../shared/rules/rule-history';
import type { Rule } from '../../../../shared/rules/rule-types';

const hours = NATIONAL_RULE_SET.rules.study.memberAnnualHours;
const source = { regulation: '市人民医院党委规定', article: '院党委下发规则集' };
const change = (rule: Rule<number>, value: number, effectiveFrom: string) => ruleChangedFrom(rule, { value, description: `${value} 学时`, source, effectiveFrom });

describe('rule values over time', () => {
  const forty = change(hours, 40, '2027-01-01');
  const fortyEight = change(forty, 48, '2028-01-01');

  it('keeps the replaced values with their dates and answers each date with the value then in effect', () => {
    expect(fortyEight.earlier).toEqual([
      { value: 32, effectiveFrom: hours.effectiveFrom },
      { value: 40, effectiveFrom: '2027-01-01' },
    ]);
    expect(ruleValueAt(fortyEight, '2026-12-31')).toBe(32);
    expect(ruleValueAt(fortyEight, '2027-06-01')).toBe(40);
    expect(ruleValueAt(fortyEight, '2028-01-01')).toBe(48);
    // Before every known value: the oldest stands for it.
    expect(ruleValueAt(fortyEight, '2001-01-01')).toBe(32);
  });

  it('a change dated back replaces the values it reaches over', () => {
    const backdated = change(fortyEight, 36, '2027-01-01');
    expect(backdated.earlier).toEqual([{ value: 32, effectiveFrom: hours.effectiveFrom }]);
    expect(ruleValueAt(backdated, '2028-03-01')).toBe(36);
  });

  it('as of a date, a value published to begin later is not yet known', () => {
    expect(ruleAsOf(forty, '2026-12-01')).toMatchObject({ value: 32, effectiveFrom: hours.effectiveFrom });
    expect(ruleAsOf(forty, '2026-12-01').earlier).toBeUndefined();
    expect(ruleAsOf(forty, '2027-01-01')).toBe(forty);
    const set = { ...NATIONAL_RULE_SET, rules: { ...NATIONAL_RULE_SET.rules, study: { ...NATIONAL_RULE_SET.rules.study, memberAnnualHours: fortyEight } } };
    expect(ruleSetAsOf(set, '2027-05-01').rules.study.memberAnnualHours).toMatchObject({ value: 40, earlier: [{ value: 32 }] });
    expect(ruleSetAsOf(set, '2027-05-01').rules.development.edition).toBe('2014');
  });
});
