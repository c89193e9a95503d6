import { registerImportFollowUp } from '../core/sync/import-follow-ups';

/** What the areas do after a package is imported (core/sync/import-follow-ups.ts), registered once at startup. */
export function registerImportFollowUps(): void {
  // The members area's code loads with the first import that needs it, not with the first screen.
  registerImportFollowUp(async (db, installation) => (await import('../features/members')).settleReleasesAfterImport(db, installation));
  registerImportFollowUp(async (db, installation) => (await import('../features/members')).applyDevelopmentReviewsAfterImport(db, installation));
  registerImportFollowUp(async (db, installation) => (await import('../features/branch')).applyElectionsAfterImport(db, installation));
}
