/**
 * The IndexedDB names, apart from the database classes so that the build can write them into
 * the script that opens the databases before the app's own scripts have loaded (renderer/vite.config.ts).
 */
export const DATABASE_NAME = 'branch-ledger';

/** Figures derived from the ledger live beside it, under this name (DerivedDatabase). */
export const derivedDatabaseName = (ledgerName: string): string => `${ledgerName}-derived`;
