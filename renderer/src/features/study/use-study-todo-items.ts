import { useMemo } from 'react';
import { studyReminders } from '../../../../shared/study/study-reminders';
import type { TodoItem } from '../../core/todo/todo-item';
import { useToday } from '../../core/today';
import { useActiveRules } from '../../core/rules/active-rules';
import { meetingPath } from '../../core/navigation/meeting-routes';
import { studyPath } from '../../core/navigation/study-routes';
import { useStudyData } from './use-study';

const LINKS: Record<string, (year: number) => string> = {
  STUDY_NOT_HELD: () => meetingPath.list(),
  STUDY_BEHIND: (year) => studyPath.tab('ledger', year),
};

/** 学习 reminders for 首页 (members behind pace, the month's study not yet held); undefined while loading. */
export function useStudyTodoItems(): TodoItem[] | undefined {
  const year = Number(useToday().slice(0, 4));
  const data = useStudyData(year);
  const { ruleSet } = useActiveRules();
  return useMemo(() => {
    if (!data) return undefined;
    return studyReminders({ ledger: data.ledger, meetings: data.meetings, rules: ruleSet.rules.study, today: data.today }).map((reminder) => ({
      key: `study-${reminder.code}`,
      severity: reminder.severity,
      area: '学习',
      text: reminder.message,
      link: LINKS[reminder.code]!(year),
    }));
  }, [data, ruleSet, year]);
}
