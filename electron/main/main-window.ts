import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { BrowserWindow, screen } from 'electron';
import { APP_ORIGIN, PRODUCT_NAME_ZH } from '../../shared/app/identity';
import { atomicWriteFile } from './fs/atomic-write';
import { secureWebPreferences } from './hardening';
import { MIN_WINDOW_SIZE, restoreWindowState, serializeWindowState, type WindowState } from './window-state';

export interface MainWindowPaths {
  preload: string;
  stateFile: string;
}

async function readSavedState(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}

export interface MainWindowHandle {
  window: BrowserWindow;
  /** Resolves once the size and position saved on close are on disk. */
  whenStateSaved(): Promise<void>;
}

export async function createMainWindow(paths: MainWindowPaths, allowDevTools: boolean): Promise<MainWindowHandle> {
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const state = restoreWindowState(await readSavedState(paths.stateFile), workAreas);

  const window = new BrowserWindow({
    title: PRODUCT_NAME_ZH,
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    backgroundColor: '#f5f5f5',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(paths.preload, allowDevTools),
  });
  if (state.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());

  let saving: Promise<void> = Promise.resolve();
  window.on('close', () => {
    const next: WindowState = { ...window.getNormalBounds(), maximized: window.isMaximized() };
    // Best effort: a lost window position is harmless, a blocked quit is not.
    saving = atomicWriteFile(paths.stateFile, new TextEncoder().encode(serializeWindowState(next))).then(
      () => undefined,
      () => undefined,
    );
  });

  await window.loadURL(`${APP_ORIGIN}/index.html`);
  return { window, whenStateSaved: () => saving };
}

export function rendererRootFrom(mainBundleDir: string): string {
  return path.join(mainBundleDir, '..', 'renderer');
}
