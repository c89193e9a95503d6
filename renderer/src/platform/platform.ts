import type { FileFilter } from '../../../shared/ipc/contract';

export interface PlatformInfo {
  mode: 'desktop' | 'browser';
  version: string;
  /** Where the database lives, in words a user can act on. */
  dataLocation: string;
  runtime: string;
}

export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

/** Files picked together: their names first, each read on demand. */
export interface ManyFiles {
  names: string[];
  read(index: number): Promise<Uint8Array>;
}

export interface SavedFile {
  /** Full path on the desktop; a description of the download folder in a browser. */
  location: string;
  /** SHA-256 of the file as read back after writing (desktop); absent in browser mode, which cannot read a download. */
  verifiedSha256?: string;
}

export interface LocalBackupEntry {
  name: string;
  size: number;
}

/**
 * Where the automatic daily backups live: the app's data folder on the desktop (written
 * atomically by the main process), a separate IndexedDB database in browser mode (so that
 * clearing or restoring the app's database never touches them).
 */
export interface LocalBackupStore {
  /** Where they are, in words a user can act on. */
  location(): Promise<string>;
  /** By name, which sorts by time. */
  list(): Promise<LocalBackupEntry[]>;
  write(name: string, bytes: Uint8Array): Promise<void>;
  read(name: string): Promise<Uint8Array>;
  remove(name: string): Promise<void>;
}

/**
 * What the UI needs from the OS. The desktop app goes through the preload's
 * bridge (USB paths, atomic writes, PDF); browser mode (tests and demos) falls
 * back to a file input, a download and the print dialog. Methods resolve to null
 * when the user cancels and throw PlatformError with a Chinese message on failure.
 */
export interface Platform {
  info(): Promise<PlatformInfo>;
  openFile(options: { title: string; filters?: FileFilter[] }): Promise<PickedFile | null>;
  /**
   * Every file of the given types in a folder the user picks (desktop), or the files the user
   * picks at once (browser mode, where pages cannot list folders). Read one at a time, so that
   * a folder of large packages is never held in memory together.
   */
  openManyFiles(options: { title: string; filters: FileFilter[] }): Promise<ManyFiles | null>;
  saveFile(fileName: string, bytes: Uint8Array, options: { title: string }): Promise<SavedFile | null>;
  /** Prints what is shown to A4 (a PDF on the desktop); landscape for wide tables. */
  printCurrentView(suggestedName: string, options?: { landscape?: boolean }): Promise<SavedFile | null>;
  localBackups: LocalBackupStore;
}

export class PlatformError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'PlatformError';
  }
}
