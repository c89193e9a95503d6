import { DEFAULT_WORKING_DAY_CALENDAR, type WorkingDayCalendar } from '../../../../shared/calendar/working-days';
import { NATIONAL_RULE_SET, type RuleSet } from '../../../../shared/rules/rule-set';

export interface ActiveRules {
  ruleSet: RuleSet;
  calendar: WorkingDayCalendar;
}

const NATIONAL: ActiveRules = { ruleSet: NATIONAL_RULE_SET, calendar: DEFAULT_WORKING_DAY_CALENDAR };

/**
 * The rules every check on this PC applies. Until the central office sends its own rule
 * set in a package, the national defaults; screens ask here so that the switch to a
 * received set happens in one place.
 */
export function useActiveRules(): ActiveRules {
  return NATIONAL;
}
