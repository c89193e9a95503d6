/** 修改记录: the drawer that shows a record's audit history, for every area that edits records. */
export { AuditDrawer } from './AuditDrawer';
