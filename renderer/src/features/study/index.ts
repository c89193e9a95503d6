/** 学习: the notebook repository, a member's notebook as printed (the 台账 binder draws it), the 学时台账 table and summary the central office's drill-down shows, and the study to-do items. */
export { notebookRepository } from './data/notebook-repository';
export { StudyLedgerTable, StudySummaryCards } from './StudyLedgerTable';
export * from './hooks';
export { NotebookContent } from './print/NotebookContent';
