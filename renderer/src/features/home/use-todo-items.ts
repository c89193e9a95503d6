import { useMemo } from 'react';
import { branchWarnings, type WarningSeverity } from '../../../../shared/branch/branch-warnings';
import { useStorageTodoItems } from '../backup/use-storage-todo-items';
import { useDuesTodoItems } from '../dues/use-dues-todo-items';
import { useMeetingTodoItems } from '../meetings/use-meeting-todo-items';
import { useStudyTodoItems } from '../study/use-study-todo-items';
import type { TodoItem } from '../../core/todo/todo-item';
import { upcomingDeadlines } from '../../../../shared/development/pipeline';
import { STAGE_LABELS } from '../../../../shared/members/member';
import { useToday } from '../../core/today';
import { useOwnBranch } from '../branch/use-branch';
import { useMembers } from '../members/use-members';
import { useActiveRules } from '../../core/rules/active-rules';

const SEVERITY_ORDER: Record<WarningSeverity, number> = { error: 0, warning: 1, info: 2 };

/** Everything the branch should act on, most serious first; undefined while the data loads. */
export function useTodoItems(): TodoItem[] | undefined {
  const branch = useOwnBranch();
  const members = useMembers();
  const { ruleSet, calendar } = useActiveRules();
  const today = useToday();
  const meetingItems = useMeetingTodoItems();
  const duesItems = useDuesTodoItems();
  const studyItems = useStudyTodoItems();
  const storageItems = useStorageTodoItems();

  return useMemo(() => {
    if (!branch || !members || !meetingItems || !duesItems || !studyItems) return undefined;
    const structure: TodoItem[] = branchWarnings(branch, members, ruleSet, today).map((warning) => ({
      key: `branch-${warning.code}`,
      severity: warning.severity,
      area: '支部建设',
      text: warning.message,
      link: 'branch',
    }));
    const development: TodoItem[] = upcomingDeadlines(members, ruleSet, calendar, today).map((item) => ({
      key: `development-${item.memberId}-${item.label}`,
      severity: item.overdue ? 'error' : item.kind === 'deadline' ? 'warning' : 'info',
      area: '发展党员',
      text:
        item.kind === 'unrecorded'
          ? `${item.name}（${STAGE_LABELS[item.stage]}）：${item.label}，可在“发展党员”中补登`
          : `${item.name}（${STAGE_LABELS[item.stage]}）：${item.label}，${item.kind === 'deadline' ? '截止' : '可于'} ${item.date}${
              item.overdue ? '，已逾期' : ''
            }${item.provisional ? '（暂算）' : ''}`,
      link: 'members?tab=pipeline',
    }));
    return [...storageItems, ...structure, ...development, ...meetingItems, ...duesItems, ...studyItems].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  }, [branch, members, ruleSet, calendar, today, meetingItems, duesItems, studyItems, storageItems]);
}
