import path from 'node:path';
import type {
  AppInfo,
  BridgeApi,
  BridgeMethod,
  ChooseFileOptions,
  ChooseFolderOptions,
  FileFilter,
  IpcResult,
  WrittenFile,
} from '../../../shared/ipc/contract';
import { ipcError } from '../../../shared/ipc/errors';
import { UserFacingError, toIpcError } from '../fs/fs-errors';
import { isSafeFileName } from '../../../shared/files/file-names';
import type { PathGrants } from '../fs/path-grants';

/** What the handlers need from Electron and the OS; tests pass fakes. */
export interface HandlerDeps {
  appInfo(): AppInfo;
  showOpenFolderDialog(options: ChooseFolderOptions): Promise<string | null>;
  showOpenFileDialog(options: ChooseFileOptions): Promise<string | null>;
  showSaveDialog(defaultName: string, filters: FileFilter[]): Promise<string | null>;
  printCurrentViewToPdf(landscape: boolean): Promise<Uint8Array>;
  statFile(file: string): Promise<{ size: number }>;
  /** Names of the regular files directly inside a folder. */
  listFolder(folder: string): Promise<string[]>;
  /** A regular file's bytes; a FIFO or device, or more than `maxBytes` bytes actually read, is refused. */
  readFile(file: string, maxBytes: number): Promise<Uint8Array>;
  writeFileAtomic(target: string, data: Uint8Array): Promise<WrittenFile>;
  grants: PathGrants;
  /** The automatic backups' folder (userData/backups), made on first write. */
  localBackupFolder: string;
  makeFolder(folder: string): Promise<void>;
  deleteFile(file: string): Promise<void>;
  /** Larger files are refused: before reading when their size says so, else once the bytes read pass it. */
  maxReadBytes: number;
}

export type MainHandlers = {
  [K in BridgeMethod]: (...args: Parameters<BridgeApi[K]>) => ReturnType<BridgeApi[K]>;
};

async function asResult<T>(work: () => Promise<T>): Promise<IpcResult<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    return { ok: false, error: toIpcError(error) };
  }
}

function invalidRequest(detail: string): never {
  throw new UserFacingError(ipcError('INVALID_REQUEST', detail));
}

function requireString(value: unknown, name: string): string {
  if (typeof value !== 'string' || value.length === 0) invalidRequest(name);
  return value;
}

/** The real path to use for `target`, when the user granted it (links resolved: see PathGrants). */
async function requireGranted(grants: PathGrants, target: string): Promise<string> {
  const real = await grants.check(target);
  if (real === null) throw new UserFacingError(ipcError('NOT_PERMITTED'));
  return real;
}

const LOCAL_BACKUP_SUFFIX = '.zbbak';

/** The path of a local backup: a bare safe name ending in .zbbak, inside the backups folder and nowhere else. */
function localBackupPath(deps: HandlerDeps, fileName: unknown): string {
  const name = requireString(fileName, 'fileName');
  if (!isSafeFileName(name) || !name.toLowerCase().endsWith(LOCAL_BACKUP_SUFFIX) || path.basename(name) !== name) {
    throw new UserFacingError(ipcError('INVALID_NAME'));
  }
  return path.join(deps.localBackupFolder, name);
}

function isMissing(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === 'ENOENT';
}

export function createHandlers(deps: HandlerDeps): MainHandlers {
  return {
    getAppInfo: () => asResult(async () => deps.appInfo()),

    chooseFolder: (options) =>
      asResult(async () => {
        const folder = await deps.showOpenFolderDialog(options ?? {});
        if (folder) await deps.grants.grantFolder(folder);
        return folder;
      }),

    chooseFile: (options) =>
      asResult(async () => {
        const file = await deps.showOpenFileDialog(options ?? {});
        if (!file) return null;
        await deps.grants.grantFile(file);
        const { size } = await deps.statFile(file);
        return { path: file, name: path.basename(file), size };
      }),

    readFile: (file) =>
      asResult(async () => {
        requireString(file, 'path');
        return deps.readFile(await requireGranted(deps.grants, file), deps.maxReadBytes);
      }),

    listFiles: (request) =>
      asResult(async () => {
        const folder = requireString(request?.folder, 'folder');
        if (!Array.isArray(request.extensions) || !request.extensions.every((ext) => typeof ext === 'string')) invalidRequest('extensions');
        const realFolder = await requireGranted(deps.grants, folder);
        const suffixes = request.extensions.map((ext) => `.${ext.toLowerCase()}`);
        const names = (await deps.listFolder(realFolder))
          .filter((name) => suffixes.some((suffix) => name.toLowerCase().endsWith(suffix)))
          .sort((a, b) => a.localeCompare(b));
        return Promise.all(
          names.map(async (name) => {
            return { path: path.join(folder, name), name, size: (await deps.statFile(path.join(realFolder, name))).size };
          }),
        );
      }),

    writeFileAtomic: (request) =>
      asResult(async () => {
        const folder = requireString(request?.folder, 'folder');
        const fileName = requireString(request?.fileName, 'fileName');
        if (!(request.data instanceof Uint8Array)) invalidRequest('data');
        if (!isSafeFileName(fileName)) throw new UserFacingError(ipcError('INVALID_NAME'));
        const realFolder = await requireGranted(deps.grants, folder);
        return deps.writeFileAtomic(path.join(realFolder, fileName), request.data);
      }),

    printToPdf: (request) =>
      asResult(async () => {
        const suggested = requireString(request?.suggestedName, 'suggestedName');
        const pdf = await deps.printCurrentViewToPdf(Boolean(request.landscape));
        const target = await deps.showSaveDialog(suggested, [{ name: 'PDF 文件', extensions: ['pdf'] }]);
        if (!target) return null;
        await deps.grants.grantFile(target);
        await deps.writeFileAtomic(await requireGranted(deps.grants, target), pdf);
        return target;
      }),

    listLocalBackups: () =>
      asResult(async () => {
        let names: string[];
        try {
          names = await deps.listFolder(deps.localBackupFolder);
        } catch (error) {
          // No folder yet: no backup has been made on this PC.
          if (isMissing(error)) return [];
          throw error;
        }
        const backups = names.filter((name) => name.toLowerCase().endsWith(LOCAL_BACKUP_SUFFIX)).sort((a, b) => a.localeCompare(b));
        return Promise.all(backups.map(async (name) => ({ name, size: (await deps.statFile(path.join(deps.localBackupFolder, name))).size })));
      }),

    writeLocalBackup: (request) =>
      asResult(async () => {
        const target = localBackupPath(deps, request?.fileName);
        if (!(request.data instanceof Uint8Array)) invalidRequest('data');
        await deps.makeFolder(deps.localBackupFolder);
        return deps.writeFileAtomic(target, request.data);
      }),

    readLocalBackup: (fileName) =>
      asResult(async () => {
        return deps.readFile(localBackupPath(deps, fileName), deps.maxReadBytes);
      }),

    deleteLocalBackup: (fileName) =>
      asResult(async () => {
        await deps.deleteFile(localBackupPath(deps, fileName));
        return null;
      }),
  };
}
