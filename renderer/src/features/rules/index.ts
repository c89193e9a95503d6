/** 规则集: the card where the central office edits the study targets and the label naming the set in use. */
export { ActiveRuleSetLabel } from './ActiveRuleSetLabel';
export { RuleSetCard } from './RuleSetCard';
