import { LedgerDatabase } from './database';
import { DerivedDatabase } from './derived-db';

/** The app's database. Tests build their own LedgerDatabase and pass it to repository factories. */
export const ledgerDb = new LedgerDatabase();

/** Figures derived from the app's database (see DerivedDatabase). */
export const derivedDb = new DerivedDatabase();
