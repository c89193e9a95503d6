import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { monthlyReportDue, monthlyReportReminder } from '../../../../shared/meetings/monthly-report';
import { syncPath } from '../../core/navigation/area-routes';
import { useActiveRules } from '../../core/rules/active-rules';
import { localToday, useToday } from '../../core/today';
import type { TodoItem } from '../../core/todo/todo-item';
import { syncReads } from './data/sync-repository';

/**
 * 首页's 组织生活月报 item on an enrolled branch PC: last month's report is due by the rule
 * set's report day, until a report package is made this month; undefined while loading.
 */
export function useReportTodoItems(): TodoItem[] | undefined {
  const state = useLiveQuery(() => syncReads.reportState(), []);
  const { ruleSet } = useActiveRules();
  const today = useToday();
  return useMemo(() => {
    if (!state) return undefined;
    if (!state.enrolled) return [];
    const lastOn = state.lastExportAt ? localToday(new Date(state.lastExportAt)) : undefined;
    const reminder = monthlyReportReminder(monthlyReportDue(today, ruleSet.rules.meetings.monthlyReportDay.value, lastOn));
    return reminder ? [{ key: 'monthly-report', severity: reminder.severity, area: '组织生活月报', text: reminder.message, link: syncPath() }] : [];
  }, [state, ruleSet, today]);
}
