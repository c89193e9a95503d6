import type { RuleSet } from '../rules/rule-types';
import { DEFAULT_ASSESSMENT_SCHEME, DEFAULT_AWARD_RULES, DEFAULT_MEMBER_POINTS } from './default-scheme';
import type { AssessmentScheme } from './scheme-types';

/**
 * The assessment scheme in force: the one published with the rule set in use (validated with
 * it by validateRuleSet), else the default. Every screen and score asks here. A scheme an
 * office published before members' 积分 and 评先评优 existed gets their defaults.
 */
export function assessmentSchemeOf(ruleSet: Pick<RuleSet, 'assessment'>): AssessmentScheme {
  const scheme = ruleSet.assessment;
  if (!scheme) return DEFAULT_ASSESSMENT_SCHEME;
  if (scheme.memberPoints && scheme.awards) return scheme;
  return { ...scheme, memberPoints: scheme.memberPoints ?? DEFAULT_MEMBER_POINTS, awards: scheme.awards ?? DEFAULT_AWARD_RULES };
}
