/**
 * The rules with a number, as data: the types, the national defaults and the check an
 * incoming rule set must pass. Split over three files to keep each small; import from here.
 */
export * from './rule-types';
export { NATIONAL_RULE_SET } from './national-rule-set';
export { validateRuleSet } from './validate-rule-set';
