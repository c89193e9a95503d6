import { create } from 'zustand';
import type { AppLockRecord } from '../../../../shared/lock/app-lock';
import { ledgerDb } from '../../db/ledger-db';
import { createLockRepository, type LockRepository } from './lock-repository';

/** Why the app is locked: it was just opened, nobody used it for the idle time, or 立即锁定. */
export type LockReason = 'start' | 'idle' | 'manual';

export type LockState =
  | { status: 'checking' }
  | { status: 'failed'; message: string }
  /** No lock set on this PC. */
  | { status: 'none' }
  | { status: 'locked'; record: AppLockRecord; reason: LockReason }
  | { status: 'unlocked'; record: AppLockRecord };

interface LockStore {
  state: LockState;
  load(): Promise<void>;
  /** The first load, started once however often it is asked for (the app starts it before its first render). */
  loadOnce(): Promise<void>;
  /** Throws AppLockError 'wrong-passphrase' (the screen says it) and stays locked. */
  unlock(passphrase: string): Promise<void>;
  /** Covers the app (立即锁定, or idle): the field key stays in memory, see docs/security.md. */
  lock(reason: LockReason): void;
  set(passphrase: string, repeated: string, idleMinutes: number | null): Promise<void>;
  changePassphrase(current: string, next: string, repeated: string): Promise<void>;
  setIdleMinutes(idleMinutes: number | null): Promise<void>;
  remove(current: string): Promise<void>;
}

export function createLockStore(repository: LockRepository) {
  return create<LockStore>((set, get) => {
    const unlocked = (record: AppLockRecord) => set({ state: { status: 'unlocked', record } });
    let first: Promise<void> | undefined;
    return {
      state: { status: 'checking' },
      loadOnce() {
        return (first ??= get().load());
      },
      async load() {
        try {
          const record = await repository.load();
          set({ state: record ? { status: 'locked', record, reason: 'start' } : { status: 'none' } });
        } catch (error) {
          set({ state: { status: 'failed', message: `无法读取锁定设置：${(error as Error)?.message ?? String(error)}` } });
        }
      },
      async unlock(passphrase) {
        unlocked(await repository.unlock(passphrase));
      },
      lock(reason) {
        const { state } = get();
        if (state.status === 'unlocked') set({ state: { status: 'locked', record: state.record, reason } });
      },
      async set(passphrase, repeated, idleMinutes) {
        unlocked(await repository.set(passphrase, repeated, idleMinutes));
      },
      async changePassphrase(current, next, repeated) {
        unlocked(await repository.changePassphrase(current, next, repeated));
      },
      async setIdleMinutes(idleMinutes) {
        unlocked(await repository.setIdleMinutes(idleMinutes));
      },
      async remove(current) {
        await repository.remove(current);
        set({ state: { status: 'none' } });
      },
    };
  });
}

export const useLockStore = createLockStore(createLockRepository(ledgerDb));
