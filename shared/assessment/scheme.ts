import type { RuleSet } from '../rules/rule-types';
import { DEFAULT_ASSESSMENT_SCHEME } from './default-scheme';
import type { AssessmentScheme } from './scheme-types';

/**
 * The assessment scheme in force: the one published with the rule set in use (validated with
 * it by validateRuleSet), else the default. Every screen and score asks here.
 */
export function assessmentSchemeOf(ruleSet: Pick<RuleSet, 'assessment'>): AssessmentScheme {
  return ruleSet.assessment ?? DEFAULT_ASSESSMENT_SCHEME;
}
