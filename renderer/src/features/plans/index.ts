/** 计划总结: its page is loaded by app/routes; 首页's reminders of plans and summaries due, overdue or returned; a plan as signed, which the 台账 binder shows. */
export { PlanContentView } from './PlanContentView';
export * from './hooks';
