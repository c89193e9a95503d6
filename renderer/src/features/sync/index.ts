/** 数据交换: package import and export, keys, enrolment and the stream state other areas read (backups, the central office's 各支部). */
export { ConflictsCard } from './ConflictsCard';
export { ImportPanel } from './ImportPanel';
export { savePackage } from './save-package';
export * from './data';
