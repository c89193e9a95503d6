import type { Rule, RuleGroups, RuleSet } from './rule-types';

/**
 * The value a rule had on a date (YYYY-MM-DD). A rule period is judged by the value in
 * effect on its first day, so a change applies from its effective date on and never to a
 * period already begun; a date before every known value gets the oldest one (the rule as
 * first shipped had no predecessor to fall back on).
 */
export function ruleValueAt<T>(rule: Rule<T>, date: string): T {
  if (date >= rule.effectiveFrom || !rule.earlier?.length) return rule.value;
  let value = rule.earlier[0]!.value;
  for (const entry of rule.earlier) if (entry.effectiveFrom <= date) value = entry.value;
  return value;
}

/**
 * The rule with a new value from `effectiveFrom`, the value it replaces kept in `earlier`
 * for the periods before that date. Values already effective on or after that date are
 * superseded: the office said the new value applies from then.
 */
export function ruleChangedFrom<T>(rule: Rule<T>, change: Pick<Rule<T>, 'value' | 'description' | 'source' | 'effectiveFrom'>): Rule<T> {
  const history = [...(rule.earlier ?? []), { value: rule.value, effectiveFrom: rule.effectiveFrom }];
  const earlier = history.filter((entry) => entry.effectiveFrom < change.effectiveFrom);
  const { earlier: _replaced, ...rest } = rule;
  return earlier.length > 0 ? { ...rest, ...change, earlier } : { ...rest, ...change };
}

/** The rule as it stood on a date: a value published to begin later is not yet known. */
export function ruleAsOf<T>(rule: Rule<T>, date: string): Rule<T> {
  if (date >= rule.effectiveFrom || !rule.earlier?.length) return rule;
  const known = rule.earlier.filter((entry) => entry.effectiveFrom <= date);
  // Before every known value: the oldest one stands for it (ruleValueAt).
  const current = known.at(-1) ?? rule.earlier[0]!;
  const { earlier: _all, ...rest } = rule;
  const before = known.slice(0, -1);
  return { ...rest, value: current.value, effectiveFrom: current.effectiveFrom, ...(before.length > 0 ? { earlier: before } : {}) };
}

function isRule(x: unknown): x is Rule<unknown> {
  return typeof x === 'object' && x !== null && 'value' in x && 'effectiveFrom' in x;
}

/**
 * Every rule of the set as it stood on `date` (today, for the screens): a change the office
 * published ahead of its effective date is not applied before that date, while the values of
 * earlier periods stay in `earlier` for the checks of those periods.
 */
export function ruleSetAsOf(ruleSet: RuleSet, date: string): RuleSet {
  const groups = Object.fromEntries(
    Object.entries(ruleSet.rules).map(([group, rules]) => [
      group,
      Object.fromEntries(Object.entries(rules as Record<string, unknown>).map(([key, rule]) => [key, isRule(rule) ? ruleAsOf(rule, date) : rule])),
    ]),
  ) as unknown as RuleGroups;
  return { ...ruleSet, rules: groups };
}
