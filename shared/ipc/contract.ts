/**
 * The bridge between the renderer and the main process: one list of channels and
 * their types, imported by main (to register handlers) and by the preload (to
 * expose them). Adding a capability means adding it here first; the compiler then
 * points at every place that has to follow.
 */

export interface AppInfo {
  version: string;
  electronVersion: string;
  /** Folder holding the database and backups (Electron's userData). */
  userDataPath: string;
  platform: string;
}

export interface FileFilter {
  /** Shown in the dialog, e.g. '报送包'. */
  name: string;
  extensions: string[];
}

export interface ChooseFileOptions {
  title?: string;
  filters?: FileFilter[];
}

export interface ChooseFolderOptions {
  title?: string;
}

export interface ChosenFile {
  path: string;
  name: string;
  size: number;
}

export interface WriteFileRequest {
  /** A folder the user chose in this session (see chooseFolder). */
  folder: string;
  /** A bare file name, no separators. */
  fileName: string;
  data: Uint8Array;
}

export interface ListFilesRequest {
  /** A folder the user chose in this session (see chooseFolder). */
  folder: string;
  /** Lower-case extensions without the dot, e.g. ['zbpkg']; only files ending so are listed. */
  extensions: string[];
}

export interface WrittenFile {
  path: string;
  bytes: number;
  sha256: string;
}

/** A file of the automatic backups, kept in the backups folder inside the app's data folder. */
export interface LocalBackupFile {
  name: string;
  size: number;
}

export interface WriteLocalBackupRequest {
  /** A bare name ending in .zbbak. */
  fileName: string;
  data: Uint8Array;
}

export interface PrintToPdfRequest {
  suggestedName: string;
  landscape?: boolean;
}

export type IpcErrorCode =
  | 'UNTRUSTED_SENDER'
  | 'INVALID_REQUEST'
  | 'NOT_PERMITTED'
  | 'INVALID_NAME'
  | 'NOT_FOUND'
  | 'NO_SPACE'
  | 'DEVICE_GONE'
  | 'READ_ONLY'
  | 'ACCESS_DENIED'
  | 'BUSY'
  | 'TOO_LARGE'
  | 'NOT_A_FILE'
  | 'VERIFY_FAILED'
  | 'UNKNOWN';

export interface IpcError {
  code: IpcErrorCode;
  /** Chinese, ready to show to the user. */
  message: string;
}

/**
 * Errors thrown in an ipcMain handler reach the renderer as a generic English
 * "Error invoking remote method" string; results carry the code and the Chinese
 * message across intact.
 */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export interface BridgeApi {
  getAppInfo(): Promise<IpcResult<AppInfo>>;
  /** Resolves to null when the user cancels. */
  chooseFolder(options: ChooseFolderOptions): Promise<IpcResult<string | null>>;
  chooseFile(options: ChooseFileOptions): Promise<IpcResult<ChosenFile | null>>;
  /** Only paths the user chose in this session can be read. */
  readFile(path: string): Promise<IpcResult<Uint8Array>>;
  /** The files directly inside a chosen folder with one of the extensions, sorted by name. */
  listFiles(request: ListFilesRequest): Promise<IpcResult<ChosenFile[]>>;
  /** Temp name, flush, rename, read back and compare the hash. */
  writeFileAtomic(request: WriteFileRequest): Promise<IpcResult<WrittenFile>>;
  /** Asks where to save; resolves to the saved path, or null when cancelled. */
  printToPdf(request: PrintToPdfRequest): Promise<IpcResult<string | null>>;
  /**
   * The automatic backups: .zbbak files in one folder the main process owns (userData/backups),
   * so no dialog is needed and the renderer can name nothing outside it.
   */
  listLocalBackups(): Promise<IpcResult<LocalBackupFile[]>>;
  writeLocalBackup(request: WriteLocalBackupRequest): Promise<IpcResult<WrittenFile>>;
  readLocalBackup(fileName: string): Promise<IpcResult<Uint8Array>>;
  deleteLocalBackup(fileName: string): Promise<IpcResult<null>>;
}

export type BridgeMethod = keyof BridgeApi;

export const IPC_CHANNELS = {
  getAppInfo: 'app:get-info',
  chooseFolder: 'dialog:choose-folder',
  chooseFile: 'dialog:choose-file',
  readFile: 'fs:read-file',
  listFiles: 'fs:list-files',
  writeFileAtomic: 'fs:write-file-atomic',
  printToPdf: 'print:to-pdf',
  listLocalBackups: 'backup:list',
  writeLocalBackup: 'backup:write',
  readLocalBackup: 'backup:read',
  deleteLocalBackup: 'backup:delete',
} as const satisfies Record<BridgeMethod, string>;

/** Name of the one object the preload puts on `window`. */
export const BRIDGE_GLOBAL_NAME = 'branchLedger';
