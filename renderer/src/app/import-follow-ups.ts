import { registerImportFollowUp } from '../core/sync/import-follow-ups';
import { settleReleasesAfterImport } from '../features/members';

/** What the areas do after a package is imported (core/sync/import-follow-ups.ts), registered once at startup. */
export function registerImportFollowUps(): void {
  registerImportFollowUp(settleReleasesAfterImport);
}
