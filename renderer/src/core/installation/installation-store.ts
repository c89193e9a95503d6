import { create } from 'zustand';
import type { InstallationSetup } from '../../../../shared/setup/installation';
import { ledgerDb } from '../../db/ledger-db';
import { createInstallationRepository, type Installation, type InstallationRepository, type SetupExtras } from './installation-repository';

type InstallationState =
  | { status: 'loading' }
  | { status: 'needs-setup' }
  | { status: 'ready'; installation: Installation }
  | { status: 'failed'; message: string };

interface InstallationStore {
  state: InstallationState;
  load(): Promise<void>;
  /** The first load, started once however often it is asked for (the app starts it before its first render). */
  loadOnce(): Promise<void>;
  complete(setup: InstallationSetup, extras?: SetupExtras): Promise<void>;
}

export function createInstallationStore(repository: InstallationRepository) {
  let first: Promise<void> | undefined;
  return create<InstallationStore>((set, get) => ({
    state: { status: 'loading' },
    loadOnce() {
      return (first ??= get().load());
    },
    async load() {
      try {
        const installation = await repository.load();
        // For the benchmark's cold-start breakdown (docs/performance.md): the database open and read.
        performance.mark('app:installation-read');
        set({ state: installation ? { status: 'ready', installation } : { status: 'needs-setup' } });
      } catch (error) {
        set({ state: { status: 'failed', message: describeStorageError(error) } });
      }
    },
    async complete(setup, extras) {
      const installation = await repository.complete(setup, extras);
      set({ state: { status: 'ready', installation } });
    },
  }));
}

function describeStorageError(error: unknown): string {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError') return '本地存储空间不足，无法打开数据库。请清理磁盘空间后重新启动。';
  if (name === 'VersionError') return '数据库版本比本程序新，请安装最新版本的支部工作台账。';
  return `无法打开本地数据库：${(error as Error)?.message ?? String(error)}`;
}

export const useInstallationStore = createInstallationStore(createInstallationRepository(ledgerDb));
