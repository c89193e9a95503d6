/** 组织生活月报: its page is loaded by app/routes; 首页's reminders of unsent and returned reports. */
export { useMonthlyReportTodoItems } from './use-monthly-report-todo-items';
