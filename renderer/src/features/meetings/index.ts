/** 三会一课: this branch's meetings, live, the meeting to-do items, and the attachment editor and download list that 考核's evidence uses too. */
export { useMeetings } from './use-meetings';
export { useMeetingTodoItems } from './use-meeting-todo-items';
export { AttachmentDownloads } from './AttachmentDownloads';
export { AttachmentsEditor } from './AttachmentsEditor';
