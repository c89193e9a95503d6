import { useLiveQuery } from 'dexie-react-hooks';
import { calendarWithTypedYears, DEFAULT_WORKING_DAY_CALENDAR, type WorkingDayCalendar } from '../../../../shared/calendar/working-days';
import { ruleSetAsOf } from '../../../../shared/rules/rule-history';
import { NATIONAL_RULE_SET, type RuleSet } from '../../../../shared/rules/rule-set';
import { useToday } from '../today';
import { ruleSetRepository, type ActiveRuleSet } from './rule-set-repository';

export interface ActiveRules {
  /** The set as it stands today: a change the office published ahead of its date is not yet applied. */
  ruleSet: RuleSet;
  /** The built-in years with the years the office typed into the set. */
  calendar: WorkingDayCalendar;
  /** Where the rule set came from, for the screens that name it. */
  source: ActiveRuleSet['source'];
  storedAt?: string;
}

const NATIONAL: ActiveRules = { ruleSet: NATIONAL_RULE_SET, calendar: DEFAULT_WORKING_DAY_CALENDAR, source: 'national' };

/** The last rule set read, so that a screen opened later starts from it rather than from the national defaults. */
let latest: ActiveRules = NATIONAL;
let latestKey = '';

function remembered(read: ActiveRuleSet, today: string): ActiveRules {
  const { ruleSet, source, storedAt } = read;
  // Screens compute over ruleSet in their memo dependencies: the same set on the same day keeps the same object.
  const key = `${ruleSet.id}|${ruleSet.version}|${storedAt ?? ''}|${today}`;
  if (key === latestKey) return latest;
  latestKey = key;
  latest = { ruleSet: ruleSetAsOf(ruleSet, today), calendar: calendarWithTypedYears(ruleSet.calendar), source, ...(storedAt ? { storedAt } : {}) };
  return latest;
}

/**
 * The rules every check on this PC applies: the rule set the central office sent last (on a
 * branch PC; the one it published, on its own), once valid, else the national defaults.
 * Screens ask here so that the switch to a received set happens in one place, live.
 */
export function useActiveRules(): ActiveRules {
  const today = useToday();
  const read = useLiveQuery(() => ruleSetRepository.active(), []);
  return read ? remembered(read, today) : latest;
}
