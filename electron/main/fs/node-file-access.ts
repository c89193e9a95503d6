import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import type { HandlerDeps } from '../ipc/handlers';
import { atomicWriteFile } from './atomic-write';
import { readRegularFile } from './read-regular-file';

/** The handlers' file-system operations on the real disk, as the app runs them (tests use the same). */
export const nodeFileAccess: Pick<HandlerDeps, 'statFile' | 'listFolder' | 'readFile' | 'writeFileAtomic' | 'makeFolder' | 'deleteFile'> = {
  statFile: (file) => stat(file),
  listFolder: async (folder) => (await readdir(folder, { withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => entry.name),
  readFile: readRegularFile,
  writeFileAtomic: (target, data) => atomicWriteFile(target, data),
  makeFolder: async (folder) => {
    await mkdir(folder, { recursive: true });
  },
  deleteFile: (file) => rm(file),
};
