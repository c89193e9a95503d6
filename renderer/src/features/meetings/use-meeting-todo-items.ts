import { useMemo } from 'react';
import { meetingReminders } from '../../../../shared/meetings/meeting-reminders';
import { meetingPath } from '../../core/navigation/meeting-routes';
import { useToday } from '../../core/today';
import { useOwnBranch } from '../branch/hooks';
import type { TodoItem } from '../../core/todo/todo-item';
import { useMembers } from '../members/hooks';
import { useActiveRules } from '../../core/rules/active-rules';
import { useMeetingIndex } from './use-compliance';
import { useMeetings } from './use-meetings';

const LINKS: Record<string, string> = {
  MEETING_DUE: meetingPath.list('grid'),
  MEETING_MISSED: meetingPath.list('grid'),
  MAKE_UPS_OWED: meetingPath.list('makeups'),
  NO_ORG_LIFE: meetingPath.list('makeups'),
  SILENT_BRANCH: meetingPath.list(),
};

/** 三会一课 reminders for 首页; undefined while loading. */
export function useMeetingTodoItems(): TodoItem[] | undefined {
  const branch = useOwnBranch();
  const members = useMembers();
  const meetings = useMeetings();
  const index = useMeetingIndex(meetings, null);
  const { ruleSet } = useActiveRules();
  const today = useToday();

  return useMemo(() => {
    if (!branch || !members || !index) return undefined;
    const reminders = meetingReminders({
      branch,
      members,
      index,
      rules: ruleSet.rules.meetings,
      inactiveMonths: ruleSet.rules.dues.arrearsWarningMonths.value,
      today,
    });
    return reminders.map((reminder, position) => ({
      key: `meetings-${reminder.code}-${position}`,
      severity: reminder.severity,
      area: '三会一课',
      text: reminder.message,
      link: LINKS[reminder.code] ?? meetingPath.list(),
    }));
  }, [branch, members, index, ruleSet, today]);
}
