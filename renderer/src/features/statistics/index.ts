/** 统计报表: the page of statistics tables (loaded lazily by app/routes); nothing else is used by other features yet. */
export { StatisticsPage } from './StatisticsPage';
