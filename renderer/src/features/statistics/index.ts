/**
 * 统计报表: the page of statistics tables (loaded lazily by app/routes), and the records and
 * scope hooks the 组织生活月报 drafts its figures with.
 */
export { StatisticsPage } from './StatisticsPage';
export { useOwnStatRecords, useStatScope } from './use-statistics';
