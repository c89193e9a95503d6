/**
 * Opens the ledger's IndexedDB database and closes it at once, from a plain script that runs
 * before the app's own scripts have loaded. The first open in a fresh browser process reads
 * the database from disk (0.1–0.4 s with a hospital stored); the browser keeps it open for a
 * moment after the close, so Dexie's open afterwards finds it ready instead of waiting for the
 * disk after the scripts (docs/performance.md, cold start).
 *
 * Self-contained: the build writes this function's source into that script. It never creates
 * or changes a database: on a PC not set up yet the open would create one, so it is aborted.
 */
export function openDatabaseEarly(name: string): IDBOpenDBRequest | undefined {
  try {
    const request = indexedDB.open(name);
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => request.result.close();
    // The aborted creation ends here; nothing to say, the app opens the database itself.
    request.onerror = (event) => event.preventDefault();
    return request;
  } catch {
    // No IndexedDB here: the app says so when it opens the database.
    return undefined;
  }
}

/** The script's text: the function above by its source, called with the database's name. */
export function openDatabaseEarlyScript(name: string): string {
  return `(${openDatabaseEarly.toString()})(${JSON.stringify(name)});\n`;
}
