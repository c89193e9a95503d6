import { create } from 'zustand';
import { assessStorage, lowSpaceWarning, type StorageSpace } from '../../../../shared/storage/storage-space';

/** What the browser said to navigator.storage.persist(). */
export type Persistence = 'granted' | 'denied' | 'no-answer' | 'unsupported';

export const PERSIST_TIMEOUT_MS = 2000;

interface StorageStatus {
  persistence?: Persistence;
  /** null when the browser gives no estimate. */
  space?: StorageSpace | null;
  warning: string | null;
  /** Asks for persistent storage (once) and reads the estimate (every call). */
  check(): Promise<void>;
}

/** The answer to persist(), or 'no-answer' after the timeout: headless Chromium may never answer. */
async function askPersistence(): Promise<Persistence> {
  const storage = navigator.storage as StorageManager | undefined;
  if (!storage?.persist) return 'unsupported';
  const timeout = new Promise<Persistence>((resolve) => setTimeout(() => resolve('no-answer'), PERSIST_TIMEOUT_MS));
  const answer = (async (): Promise<Persistence> => {
    if (await storage.persisted?.()) return 'granted';
    return (await storage.persist()) ? 'granted' : 'denied';
  })().catch((): Persistence => 'denied');
  return Promise.race([answer, timeout]);
}

async function estimate(): Promise<StorageSpace | null> {
  try {
    const figures = await navigator.storage?.estimate?.();
    if (!figures || typeof figures.usage !== 'number' || typeof figures.quota !== 'number') return null;
    return assessStorage({ usage: figures.usage, quota: figures.quota });
  } catch {
    return null;
  }
}

let asked: Promise<Persistence> | undefined;

export const useStorageStatus = create<StorageStatus>((set) => ({
  warning: null,
  async check() {
    asked ??= askPersistence();
    const [persistence, space] = await Promise.all([asked, estimate()]);
    set({ persistence, space, warning: space ? lowSpaceWarning(space) : null });
  },
}));
