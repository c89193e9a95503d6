import { existsSync } from 'node:fs';
import * as nodeFs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN, APP_SCHEME, USER_DATA_FOLDER_NAME } from '../../../../shared/app/identity';
import { IPC_CHANNELS } from '../../../../shared/ipc/contract';
import { secureWebPreferences } from '../../../../electron/main/hardening';
import { waitUntil } from '../../../support/wait-until';

type AnyFn = (...args: unknown[]) => unknown;

const fx = vi.hoisted(() => {
  const state = {
    lock: true,
    appData: '',
    ready: undefined as undefined | { resolve: () => void; reject: (error: unknown) => void },
    loadUrlError: undefined as unknown,
    onQuit: undefined as undefined | (() => void),
  };
  const paths = new Map<string, string>();
  const appListeners = new Map<string, AnyFn>();

  class FakeWindow {
    static instances: FakeWindow[] = [];
    readonly listeners = new Map<string, AnyFn>();
    readonly webContents = {
      mainFrame: { url: 'app://branch-ledger/index.html' },
      printToPDF: vi.fn(async () => Buffer.from('%PDF')),
    };
    minimized = false;
    constructor(readonly options: Record<string, unknown>) {
      FakeWindow.instances.push(this);
    }
    loadURL = vi.fn(async (_url: string) => {
      if (state.loadUrlError) throw state.loadUrlError;
    });
    once = vi.fn((event: string, listener: AnyFn) => this.listeners.set(event, listener));
    on = vi.fn((event: string, listener: AnyFn) => this.listeners.set(event, listener));
    maximize = vi.fn();
    show = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
    isDestroyed = () => false;
    isMinimized = () => this.minimized;
    isMaximized = () => false;
    getNormalBounds = () => ({ x: 10, y: 20, width: 1300, height: 700 });
  }

  const app = {
    requestSingleInstanceLock: vi.fn(() => state.lock),
    quit: vi.fn(() => state.onQuit?.()),
    on: vi.fn((event: string, listener: AnyFn) => {
      appListeners.set(event, listener);
      return app;
    }),
    whenReady: vi.fn(
      () =>
        new Promise<void>((resolve, reject) => {
          state.ready = { resolve, reject };
        }),
    ),
    setPath: vi.fn((name: string, value: string) => paths.set(name, value)),
    getPath: vi.fn((name: string) => (name === 'appData' ? state.appData : (paths.get(name) ?? `/unset/${name}`))),
    getVersion: vi.fn(() => '9.9.9'),
    isPackaged: true,
  };

  const session = {
    defaultSession: {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      webRequest: { onBeforeRequest: vi.fn() },
      protocol: { handle: vi.fn() },
    },
  };

  const electron = {
    app,
    protocol: { registerSchemesAsPrivileged: vi.fn() },
    session,
    ipcMain: { handle: vi.fn() },
    dialog: { showErrorBox: vi.fn(), showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
    BrowserWindow: FakeWindow,
    Menu: { setApplicationMenu: vi.fn() },
    screen: { getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }]) },
  };
  return { state, paths, appListeners, FakeWindow, electron };
});

vi.mock('electron', () => fx.electron);

const { app, protocol, ipcMain, dialog, Menu, session } = fx.electron;

let appData: string;

beforeEach(async () => {
  vi.resetModules();
  vi.clearAllMocks();
  appData = await nodeFs.mkdtemp(path.join(os.tmpdir(), 'branch-ledger-appdata-'));
  Object.assign(fx.state, { lock: true, appData, ready: undefined, loadUrlError: undefined, onQuit: undefined });
  fx.paths.clear();
  fx.appListeners.clear();
  fx.FakeWindow.instances.length = 0;
});

afterEach(async () => {
  await nodeFs.rm(appData, { recursive: true, force: true });
});

const loadMain = () => import('../../../../electron/main/index');

/** Loads the main module, lets "ready" fire and waits until the window has loaded the app. */
async function startApp() {
  await loadMain();
  fx.state.ready!.resolve();
  await waitUntil(() => expect(fx.FakeWindow.instances[0]?.loadURL).toHaveBeenCalled());
  await waitUntil(() => expect(ipcMain.handle).toHaveBeenCalledTimes(Object.keys(IPC_CHANNELS).length));
  return fx.FakeWindow.instances[0]!;
}

function ipcListener(channel: string): AnyFn {
  const call = ipcMain.handle.mock.calls.find(([name]) => name === channel);
  expect(call, channel).toBeDefined();
  return call![1] as AnyFn;
}

describe('electron/main/index', () => {
  it('registers app:// as a standard, secure scheme before the app is ready', async () => {
    await loadMain();

    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    const [schemes] = protocol.registerSchemesAsPrivileged.mock.calls[0] as [{ scheme: string; privileges: Record<string, boolean> }[]];
    expect(schemes).toHaveLength(1);
    expect(schemes[0]!.scheme).toBe(APP_SCHEME);
    expect(schemes[0]!.privileges).toMatchObject({ standard: true, secure: true });
    expect(protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0]).toBeLessThan(app.whenReady.mock.invocationCallOrder[0]!);
  });

  it('puts userData in a BranchLedger folder under appData, before the app is ready', async () => {
    await loadMain();

    expect(app.setPath).toHaveBeenCalledWith('userData', path.join(appData, USER_DATA_FOLDER_NAME));
    const userData = app.setPath.mock.calls.find(([name]) => name === 'userData')![1];
    expect(userData.endsWith('BranchLedger')).toBe(true);
    expect(app.setPath.mock.invocationCallOrder[0]).toBeLessThan(app.whenReady.mock.invocationCallOrder[0]!);
  });

  it('quits at once when another instance holds the lock, and never starts a window', async () => {
    fx.state.lock = false;

    await loadMain();
    await new Promise((resolve) => setTimeout(resolve, 10));

    expect(app.quit).toHaveBeenCalledTimes(1);
    expect(app.whenReady).not.toHaveBeenCalled();
    expect(fx.appListeners.size).toBe(0);
    expect(fx.FakeWindow.instances).toHaveLength(0);
    expect(ipcMain.handle).not.toHaveBeenCalled();
  });

  it('with the lock, listens for a second instance and new web contents and waits for ready', async () => {
    await loadMain();

    expect(app.quit).not.toHaveBeenCalled();
    expect([...fx.appListeners.keys()]).toEqual(expect.arrayContaining(['second-instance', 'web-contents-created', 'window-all-closed']));
    expect(app.whenReady).toHaveBeenCalledTimes(1);
    // Nothing happens before ready.
    expect(fx.FakeWindow.instances).toHaveLength(0);
    expect(ipcMain.handle).not.toHaveBeenCalled();
  });

  it('hardens every new web contents', async () => {
    await loadMain();
    const setWindowOpenHandler = vi.fn();
    const on = vi.fn();

    fx.appListeners.get('web-contents-created')!({}, { setWindowOpenHandler, on });

    expect(setWindowOpenHandler).toHaveBeenCalledTimes(1);
    expect((setWindowOpenHandler.mock.calls[0]![0] as AnyFn)({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    expect(on.mock.calls.map(([event]) => event)).toEqual(expect.arrayContaining(['will-navigate', 'will-attach-webview']));
  });

  it('a second instance before the window exists does nothing and does not throw', async () => {
    await loadMain();
    expect(() => fx.appListeners.get('second-instance')!()).not.toThrow();
  });

  it('on ready: locks the session down, serves app://, hides the menu and opens a sandboxed window on the app', async () => {
    const window = await startApp();

    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalledTimes(1);
    expect(session.defaultSession.setPermissionCheckHandler).toHaveBeenCalledTimes(1);
    expect(session.defaultSession.webRequest.onBeforeRequest).toHaveBeenCalledTimes(1);
    expect(session.defaultSession.protocol.handle).toHaveBeenCalledWith(APP_SCHEME, expect.any(Function));
    expect(Menu.setApplicationMenu).toHaveBeenCalledWith(null);

    expect(fx.FakeWindow.instances).toHaveLength(1);
    const preload = String((window.options.webPreferences as { preload: string }).preload);
    expect(preload).toMatch(/preload\.cjs$/);
    // Exactly the hardened preferences (hardening.test.ts pins each of them), nothing added or left out.
    expect(window.options.webPreferences).toEqual(secureWebPreferences(preload, false));
    expect(window.loadURL).toHaveBeenCalledWith(`${APP_ORIGIN}/index.html`);
    expect([...new Set(ipcMain.handle.mock.calls.map(([channel]) => channel))].sort()).toEqual(Object.values(IPC_CHANNELS).sort());
    expect(dialog.showErrorBox).not.toHaveBeenCalled();
  });

  it('answers IPC only from its own window', async () => {
    const window = await startApp();
    const getAppInfo = ipcListener(IPC_CHANNELS.getAppInfo);

    const own = await getAppInfo({ sender: window.webContents, senderFrame: window.webContents.mainFrame });
    expect(own).toMatchObject({ ok: true, value: { version: '9.9.9', userDataPath: path.join(appData, USER_DATA_FOLDER_NAME) } });

    const stranger = { mainFrame: { url: 'app://branch-ledger/index.html' } };
    const foreign = await getAppInfo({ sender: stranger, senderFrame: stranger.mainFrame });
    expect(foreign).toMatchObject({ ok: false, error: { code: 'UNTRUSTED_SENDER' } });
  });

  it('a second instance restores and focuses the existing window', async () => {
    const window = await startApp();
    window.minimized = true;

    fx.appListeners.get('second-instance')!();

    expect(window.restore).toHaveBeenCalledTimes(1);
    expect(window.focus).toHaveBeenCalledTimes(1);
  });

  it('saves the window state on close and quits only after it is on disk', async () => {
    const userData = path.join(appData, USER_DATA_FOLDER_NAME);
    await nodeFs.mkdir(userData, { recursive: true });
    const stateFile = path.join(userData, 'window-state.json');
    const stateFileAtQuit: boolean[] = [];
    fx.state.onQuit = () => stateFileAtQuit.push(existsSync(stateFile));
    const window = await startApp();

    window.listeners.get('close')!();
    fx.appListeners.get('window-all-closed')!();
    await waitUntil(() => expect(app.quit).toHaveBeenCalledTimes(1));

    expect(stateFileAtQuit).toEqual([true]);
    const saved = JSON.parse(await nodeFs.readFile(stateFile, 'utf8'));
    expect(saved).toEqual({ x: 10, y: 20, width: 1300, height: 700, maximized: false });
  });

  it('shows an error and quits when the app never gets ready', async () => {
    await loadMain();
    fx.state.ready!.reject(new Error('GPU process crashed'));

    await waitUntil(() => expect(app.quit).toHaveBeenCalledTimes(1));
    expect(dialog.showErrorBox).toHaveBeenCalledWith('支部工作台账无法启动', expect.stringContaining('GPU process crashed'));
  });

  it('shows an error and quits when start-up fails after ready', async () => {
    fx.state.loadUrlError = new Error('ERR_FILE_NOT_FOUND');
    await loadMain();
    fx.state.ready!.resolve();

    await waitUntil(() => expect(app.quit).toHaveBeenCalledTimes(1));
    expect(dialog.showErrorBox).toHaveBeenCalledWith('支部工作台账无法启动', expect.stringContaining('ERR_FILE_NOT_FOUND'));
  });
});
