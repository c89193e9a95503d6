/** 党员: the roster, live, the member pickers, and the development (发展党员) to-do items. */
export { useMembers } from './use-members';
export { isFullMember, isPartyMember, memberOptions } from './member-options';
export { useDevelopmentTodoItems } from './use-development-todo-items';
export { useArrivalTodoItems } from './use-arrival-todo-items';
export { settleReleasesAfterImport } from './data/transfer-repository';
export { applyDevelopmentReviewsAfterImport } from './data/dossier-repository';
export { DossierDrawer } from './dossier/DossierDrawer';
export { DossierPrintView } from './dossier/DossierPrintView';
