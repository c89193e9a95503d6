/** 三会一课: this branch's meetings, live, the meeting to-do items, the attachment editor and download list that 考核's evidence uses too, and the printed record and year summary the 台账 binder shows. */
export * from './hooks';
export { AttachmentDownloads } from './AttachmentDownloads';
export { AttachmentsEditor } from './AttachmentsEditor';
export { attachmentLabel } from './use-attachments';
export { BranchMeetingDocument } from './print/BranchMeetingDocument';
export { MeetingYearSummary } from './print/MeetingYearSummary';
