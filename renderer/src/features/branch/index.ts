/** 支部信息: the branch record of this PC, its repository and its 支部建设 to-do items. */
export * from './data';
export * from './hooks';
export { ElectionPrintView, ElectionReport } from './election/ElectionPrintView';
