import { useLiveQuery } from 'dexie-react-hooks';
import { DEFAULT_WORKING_DAY_CALENDAR, type WorkingDayCalendar } from '../../../../shared/calendar/working-days';
import { NATIONAL_RULE_SET, type RuleSet } from '../../../../shared/rules/rule-set';
import { ruleSetRepository, type ActiveRuleSet } from './rule-set-repository';

export interface ActiveRules {
  ruleSet: RuleSet;
  calendar: WorkingDayCalendar;
  /** Where the rule set came from, for the screens that name it. */
  source: ActiveRuleSet['source'];
  storedAt?: string;
}

const NATIONAL: ActiveRules = { ruleSet: NATIONAL_RULE_SET, calendar: DEFAULT_WORKING_DAY_CALENDAR, source: 'national' };

/** The last rule set read, so that a screen opened later starts from it rather than from the national defaults. */
let latest: ActiveRules = NATIONAL;

function remembered(read: ActiveRuleSet): ActiveRules {
  const { ruleSet, source, storedAt } = read;
  // Screens compute over ruleSet in their memo dependencies: the same set keeps the same object.
  if (latest.ruleSet.id === ruleSet.id && latest.ruleSet.version === ruleSet.version && latest.storedAt === storedAt) return latest;
  latest = { ruleSet, calendar: DEFAULT_WORKING_DAY_CALENDAR, source, ...(storedAt ? { storedAt } : {}) };
  return latest;
}

/**
 * The rules every check on this PC applies: the rule set the central office sent last (on a
 * branch PC; the one it published, on its own), once valid, else the national defaults.
 * Screens ask here so that the switch to a received set happens in one place, live.
 */
export function useActiveRules(): ActiveRules {
  const read = useLiveQuery(() => ruleSetRepository.active(), []);
  return read ? remembered(read) : latest;
}
