// fake-indexeddb must install its globals before Dexie is first imported.
import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { LedgerDatabase } from '../../../../renderer/src/db/database';

let counter = 0;

/** A new, empty database with its own name, so tests never share state. */
export function freshDatabase(): LedgerDatabase {
  counter += 1;
  return new LedgerDatabase(`branch-ledger-test-${process.pid}-${counter}-${Date.now()}`);
}

/**
 * For a test file: returns a maker of fresh databases, each deleted after the test that
 * made it. Call it once at the top level of the file.
 */
export function databasePerTest(): () => LedgerDatabase {
  const open: LedgerDatabase[] = [];
  afterEach(async () => {
    for (const db of open.splice(0)) await db.delete();
  });
  return () => {
    const db = freshDatabase();
    open.push(db);
    return db;
  };
}

/** A clock that ticks one second per call, for deterministic timestamps. */
export function tickingClock(startIso: string): () => Date {
  let next = new Date(startIso).getTime();
  return () => {
    const now = new Date(next);
    next += 1000;
    return now;
  };
}
