/** 组织生活月报: its page is loaded by app/routes; 首页's reminders of unsent and returned reports; the colours of a report's standing, which 计划总结 shares. */
export * from './hooks';
export { REVIEW_COLORS, TIMELINESS_COLORS } from './report-tags';
