/** 党建+业务: the year's activity list the central office's drill-down shows, and the branch's activities, live. */
export * from './data';
export { ActivityList } from './ActivityList';
export { useActivities } from './use-activities';
