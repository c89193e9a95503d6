import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL_NAME, IPC_CHANNELS, type BridgeApi } from '../../shared/ipc/contract';

/**
 * The only thing the renderer gets from the preload: one object with one function
 * per channel. No ipcRenderer, no generic "send anything" function.
 */
export const bridge = {
  getAppInfo: () => ipcRenderer.invoke(IPC_CHANNELS.getAppInfo),
  chooseFolder: (options) => ipcRenderer.invoke(IPC_CHANNELS.chooseFolder, options),
  chooseFile: (options) => ipcRenderer.invoke(IPC_CHANNELS.chooseFile, options),
  readFile: (path) => ipcRenderer.invoke(IPC_CHANNELS.readFile, path),
  listFiles: (request) => ipcRenderer.invoke(IPC_CHANNELS.listFiles, request),
  writeFileAtomic: (request) => ipcRenderer.invoke(IPC_CHANNELS.writeFileAtomic, request),
  printToPdf: (request) => ipcRenderer.invoke(IPC_CHANNELS.printToPdf, request),
  listLocalBackups: () => ipcRenderer.invoke(IPC_CHANNELS.listLocalBackups),
  writeLocalBackup: (request) => ipcRenderer.invoke(IPC_CHANNELS.writeLocalBackup, request),
  readLocalBackup: (fileName) => ipcRenderer.invoke(IPC_CHANNELS.readLocalBackup, fileName),
  deleteLocalBackup: (fileName) => ipcRenderer.invoke(IPC_CHANNELS.deleteLocalBackup, fileName),
} satisfies BridgeApi;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL_NAME, bridge);
