/** 党建+业务: the year's activity list and brand the central office's drill-down shows, its yearly list of every branch, and the branch's activities, live. */
export * from './data';
export { ActivityList } from './ActivityList';
export { ActivityYearTable } from './ActivityYearTable';
export { BrandSummary } from './BrandCard';
export { useActivities } from './use-activities';
