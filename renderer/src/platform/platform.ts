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

export interface SavedFile {
  /** Full path on the desktop; a description of the download folder in a browser. */
  location: string;
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
  saveFile(fileName: string, bytes: Uint8Array, options: { title: string }): Promise<SavedFile | null>;
  printCurrentView(suggestedName: string): Promise<SavedFile | null>;
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
