/** 党员: the roster, live, the member pickers, and the development (发展党员) to-do items. */
export * from './hooks';
export { isFullMember, isPartyMember, memberOptions } from './member-options';
export { settleReleasesAfterImport } from './data/transfer-repository';
export { applyDevelopmentReviewsAfterImport } from './data/dossier-repository';
export { DossierDrawer } from './dossier/DossierDrawer';
export { DossierPrintView } from './dossier/DossierPrintView';
