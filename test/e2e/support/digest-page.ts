import Dexie from 'dexie';
import { DATABASE_NAME } from '../../../renderer/src/db/database';
import { digestDatabase } from '../../support/database-digest';

/** Bundled into the page under test: the digest of the app's IndexedDB as it is on disk (schema-less Dexie). */
(globalThis as unknown as { ledgerDigest: () => Promise<unknown> }).ledgerDigest = async () => {
  const db = new Dexie(DATABASE_NAME);
  try {
    return await digestDatabase(db);
  } finally {
    db.close();
  }
};
