import { describe, expect, it } from 'vitest';
// First: it installs fake-indexeddb, which Dexie looks for when it is first imported.
import { databasePerTest } from '../support/test-database';
import Dexie from 'dexie';
import { CURRENT_SCHEMA_VERSION } from '../../../../renderer/src/db/schema';
import { openDatabaseEarly, openDatabaseEarlyScript } from '../../../../renderer/src/db/open-early';

const database = databasePerTest();

/** Resolves once the early open has settled, whichever way. */
function settled(request: IDBOpenDBRequest | undefined): Promise<'opened' | 'refused'> {
  if (!request) throw new Error('no request');
  return new Promise((resolve) => {
    request.addEventListener('success', () => resolve('opened'));
    request.addEventListener('error', () => resolve('refused'));
  });
}

describe('opening the database early', () => {
  it('creates nothing on a PC not set up yet', async () => {
    const name = `never-set-up-${Date.now()}`;
    expect(await settled(openDatabaseEarly(name))).toBe('refused');
    expect((await indexedDB.databases()).map((entry) => entry.name)).not.toContain(name);
  });

  it('leaves a stored ledger as it was and its connection closed', async () => {
    const db = database();
    await db.preferences.put({ key: 'probe', value: 42 } as never);
    db.close();

    expect(await settled(openDatabaseEarly(db.name))).toBe('opened');
    // An open connection would leave the deletion blocked (and this test timed out); the app's upgrades need the same.
    await Dexie.delete(db.name);
    expect((await indexedDB.databases()).map((entry) => entry.name)).not.toContain(db.name);
  });

  it('keeps the stored data and version while the app opens it right after', async () => {
    const db = database();
    await db.preferences.put({ key: 'probe', value: 7 } as never);
    db.close();
    const early = settled(openDatabaseEarly(db.name));
    await db.open();
    expect(await early).toBe('opened');
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await db.preferences.get('probe')).toEqual({ key: 'probe', value: 7 });
  });

  it('is written into the page as a script that runs on its own', async () => {
    const name = `script-${Date.now()}`;
    const opened: string[] = [];
    const open = indexedDB.open.bind(indexedDB);
    indexedDB.open = (asked: string, version?: number) => {
      opened.push(asked);
      return open(asked, version);
    };
    try {
      // The script's text evaluated alone: it can reach nothing the module it came from imports.
      new Function(openDatabaseEarlyScript(name))();
    } finally {
      indexedDB.open = open;
    }
    expect(opened).toEqual([name]);
  });
});
