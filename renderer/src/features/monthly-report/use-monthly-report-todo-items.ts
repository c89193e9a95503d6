import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { branchReportReminders, officeReportReminders } from '../../../../shared/statistics/monthly-report-reminders';
import { useInstallation } from '../../core/installation/use-installation';
import { syncPath } from '../../core/navigation/area-routes';
import { monthlyReportPath } from '../../core/navigation/monthly-report-routes';
import { useToday } from '../../core/today';
import type { TodoItem } from '../../core/todo/todo-item';
import { syncReads } from '../sync/data';
import { useMonthlyReportBook, useReportDay } from './use-monthly-reports';

/** 首页's 组织生活月报 items: the branch's unsigned, signed-but-not-exported or returned reports; at the office, the branches that have not sent last month's. */
export function useMonthlyReportTodoItems(): TodoItem[] | undefined {
  const installation = useInstallation();
  const book = useMonthlyReportBook();
  const reportDay = useReportDay();
  const today = useToday();
  const delivery = useLiveQuery(() => syncReads.reportState(), []);
  return useMemo(() => {
    if (!book || !delivery) return undefined;
    let reminders;
    if (installation.role === 'central') reminders = officeReportReminders(book.branches, book.reports, reportDay, today);
    else {
      const own = book.branches.find((branch) => branch.id === installation.ownerId);
      reminders = own ? branchReportReminders(own, book.reports, book.returns, reportDay, today, delivery) : [];
    }
    return reminders.map((reminder): TodoItem => ({ key: reminder.key, severity: reminder.severity, text: reminder.text, area: '组织生活月报', link: reminder.target === 'export' ? syncPath() : monthlyReportPath(reminder.month) }));
  }, [book, delivery, installation, reportDay, today]);
}
