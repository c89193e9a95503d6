import { useMemo } from 'react';
import { planDueOn, type PlanKind } from '../../../../shared/plans/plan';
import { branchPlanReminders, officePlanReminders } from '../../../../shared/plans/plan-reminders';
import { useInstallation } from '../../core/installation/use-installation';
import { planPath } from '../../core/navigation/plan-routes';
import { useActiveRules } from '../../core/rules/active-rules';
import { useToday } from '../../core/today';
import type { TodoItem } from '../../core/todo/todo-item';
import { usePlanBook } from './use-plans';

/** 首页's 计划总结 items: the branch's plans and summary due within a month, overdue or returned; at the office, the branches overdue. */
export function usePlanTodoItems(): TodoItem[] | undefined {
  const installation = useInstallation();
  const book = usePlanBook();
  const meetings = useActiveRules().ruleSet.rules.meetings;
  const today = useToday();
  return useMemo(() => {
    if (!book) return undefined;
    const dueOn = (kind: PlanKind, year: number) => planDueOn(kind, year, meetings);
    let reminders;
    if (installation.role === 'central') reminders = officePlanReminders(book.branches, book.plans, dueOn, today);
    else {
      const own = book.branches.find((branch) => branch.id === installation.ownerId);
      reminders = own ? branchPlanReminders(own, book.plans, book.returns, dueOn, today) : [];
    }
    return reminders.map((reminder): TodoItem => ({ key: reminder.key, severity: reminder.severity, text: reminder.text, area: '计划总结', link: planPath(reminder.year, reminder.kind) }));
  }, [book, installation, meetings, today]);
}
