import path from 'node:path';
import { PathGrants } from '../../../../../electron/main/fs/path-grants';
import { nodeFileAccess } from '../../../../../electron/main/fs/node-file-access';
import { createHandlers } from '../../../../../electron/main/ipc/handlers';

export const MiB = 1024 * 1024;

/** The handlers over the real disk as index.ts wires them, with the dialogs answering `chosen`. */
export function productionHandlers(dir: string, chosen: { folder?: string; file?: string; save?: string }, maxReadBytes = MiB) {
  return createHandlers({
    ...nodeFileAccess,
    appInfo: () => ({ version: '1', electronVersion: '41', userDataPath: dir, platform: 'linux-x64' }),
    showOpenFolderDialog: async () => chosen.folder ?? null,
    showOpenFileDialog: async () => chosen.file ?? null,
    showSaveDialog: async () => chosen.save ?? null,
    printCurrentViewToPdf: async () => new TextEncoder().encode('%PDF-1.7'),
    grants: new PathGrants(),
    localBackupFolder: path.join(dir, 'backups'),
    maxReadBytes,
  });
}
