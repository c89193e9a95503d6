import { LedgerDatabase } from './database';

/** The app's database. Tests build their own LedgerDatabase and pass it to repository factories. */
export const ledgerDb = new LedgerDatabase();
