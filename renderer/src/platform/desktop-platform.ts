import type { BridgeApi, IpcResult } from '../../../shared/ipc/contract';
import { PlatformError, type Platform } from './platform';

function unwrap<T>(result: IpcResult<T>): T {
  if (!result.ok) throw new PlatformError(result.error.message, result.error.code);
  return result.value;
}

export function createDesktopPlatform(bridge: BridgeApi): Platform {
  return {
    localBackups: {
      location: async () => `${unwrap(await bridge.getAppInfo()).userDataPath} 中的 backups 文件夹`,
      list: async () => unwrap(await bridge.listLocalBackups()),
      write: async (fileName, data) => {
        unwrap(await bridge.writeLocalBackup({ fileName, data }));
      },
      read: async (fileName) => unwrap(await bridge.readLocalBackup(fileName)),
      remove: async (fileName) => {
        unwrap(await bridge.deleteLocalBackup(fileName));
      },
    },

    async info() {
      const info = unwrap(await bridge.getAppInfo());
      return {
        mode: 'desktop',
        version: info.version,
        dataLocation: info.userDataPath,
        runtime: `Electron ${info.electronVersion}（${info.platform}）`,
      };
    },

    async openFile({ title, filters }) {
      const chosen = unwrap(await bridge.chooseFile({ title, filters }));
      if (!chosen) return null;
      return { name: chosen.name, bytes: unwrap(await bridge.readFile(chosen.path)) };
    },

    async openManyFiles({ title, filters }) {
      const folder = unwrap(await bridge.chooseFolder({ title }));
      if (!folder) return null;
      const files = unwrap(await bridge.listFiles({ folder, extensions: filters.flatMap((filter) => filter.extensions) }));
      return { names: files.map((file) => file.name), read: async (index) => unwrap(await bridge.readFile(files[index]!.path)) };
    },

    async saveFile(fileName, bytes, { title }) {
      const folder = unwrap(await bridge.chooseFolder({ title }));
      if (!folder) return null;
      const written = unwrap(await bridge.writeFileAtomic({ folder, fileName, data: bytes }));
      return { location: written.path, verifiedSha256: written.sha256 };
    },

    async printCurrentView(suggestedName, options) {
      const saved = unwrap(await bridge.printToPdf({ suggestedName, ...(options?.landscape ? { landscape: true } : {}) }));
      return saved ? { location: saved } : null;
    },
  };
}
