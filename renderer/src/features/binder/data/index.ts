/** The binder's data entry: the reader of a branch's records for its year's 台账. Only data/ files. */
export { binderRecordsOf, readBinderRecords, type BinderRecords } from './binder-records';
