import { useMemo } from 'react';
import { upcomingDeadlines } from '../../../../shared/development/pipeline';
import { thoughtReportReminders } from '../../../../shared/development/thought-reports';
import { STAGE_LABELS } from '../../../../shared/members/member';
import { memberPath } from '../../core/navigation/area-routes';
import { useActiveRules } from '../../core/rules/active-rules';
import { useToday } from '../../core/today';
import type { TodoItem } from '../../core/todo/todo-item';
import { useMembers } from './use-members';

/** 首页's 发展党员 items: the development steps due or overdue, and 思想汇报 not handed in; undefined while the members load. */
export function useDevelopmentTodoItems(): TodoItem[] | undefined {
  const members = useMembers();
  const { ruleSet, calendar } = useActiveRules();
  const today = useToday();
  return useMemo(
    () =>
      members
        ? upcomingDeadlines(members, ruleSet, calendar, today).map((item): TodoItem => ({
            key: `development-${item.memberId}-${item.label}`,
            severity: item.overdue ? 'error' : item.kind === 'deadline' ? 'warning' : 'info',
            area: '发展党员',
            text:
              item.kind === 'unrecorded'
                ? `${item.name}（${STAGE_LABELS[item.stage]}）：${item.label}，可在“发展党员”中补登`
                : `${item.name}（${STAGE_LABELS[item.stage]}）：${item.label}，${item.kind === 'deadline' ? '截止' : '可于'} ${item.date}${
                    item.overdue ? '，已逾期' : ''
                  }${item.provisional ? '（暂算）' : ''}`,
            link: memberPath.tab('pipeline'),
          })).concat(
            thoughtReportReminders(members, ruleSet.rules.development, today).map((item): TodoItem => ({
              key: `thought-report-${item.memberId}`,
              severity: item.missing.length > 0 ? 'warning' : 'info',
              area: '发展党员',
              text: `${item.name}（${STAGE_LABELS[item.stage]}）：${[
                item.missing.length > 0 ? `${item.missing.join('、')}的思想汇报未递交` : '',
                item.dueBy ? `本期思想汇报尚未递交（${item.dueBy} 前）` : '',
              ]
                .filter(Boolean)
                .join('；')}，请在“发展纪实”中登记`,
              link: memberPath.tab('pipeline'),
            })),
          )
        : undefined,
    [members, ruleSet, calendar, today],
  );
}
