/** 党费: the dues repository, the quarter's 收缴清单 as printed (the 台账 binder draws it), (the central office reads a branch's dues through it), the alarm and remittance panels its drill-down shows (the remittance tags are in shell/compliance-colors), and the dues to-do items. */
export * from './data';
export { AlarmsPanel } from './AlarmsPanel';
export { RemittancePanel } from './RemittancePanel';
export * from './hooks';
export { ReceiptListContent } from './print/ReceiptListContent';
