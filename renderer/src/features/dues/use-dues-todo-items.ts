import { useMemo } from 'react';
import { remittanceReminders } from '../../../../shared/dues/remittance';
import { useToday } from '../../core/today';
import type { TodoItem } from '../../core/todo/todo-item';
import { useActiveRules } from '../../core/rules/active-rules';
import { duesPath } from '../../core/navigation/dues-routes';
import { useDuesAlarms, useDuesLedger } from './use-dues';

/**
 * 党费 reminders for 首页; undefined while loading. Remittances due soon or overdue, and
 * members behind on dues. A member only away from organisational life for 3 months is
 * left to the 三会一课 reminder, which already says so; the 党章 red alarm is shown
 * whichever streak reached 6, as it is the combined rule.
 */
export function useDuesTodoItems(): TodoItem[] | undefined {
  const ledger = useDuesLedger();
  const alarms = useDuesAlarms(ledger);
  const { ruleSet } = useActiveRules();
  const today = useToday();

  return useMemo(() => {
    if (!ledger || !alarms) return undefined;
    const rules = ruleSet.rules.dues;
    const remittances =
      ledger.ledgerSince === null
        ? []
        : remittanceReminders(ledger.records.remittances, ledger.ledgerSince, today, rules).map<TodoItem>((status) => ({
            key: `dues-remittance-${status.year}-${status.quarter}`,
            severity: status.severity,
            area: '党费',
            text: status.message,
            link: duesPath.tab('remittance'),
          }));
    const members = alarms
      .filter((alarm) => alarm.code === 'MEMBER_DEEMED_LEFT' || alarm.unpaidMonths >= rules.arrearsWarningMonths.value)
      .map<TodoItem>((alarm) => ({
        key: `dues-member-${alarm.memberId}`,
        severity: alarm.severity,
        area: '党费',
        text: alarm.message,
        link: duesPath.tab('alarms'),
      }));
    return [...remittances, ...members];
  }, [ledger, alarms, ruleSet, today]);
}
