import path from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, session } from 'electron';
import { USER_DATA_FOLDER_NAME } from '../../shared/app/identity';
import { APP_SCHEME_PRIVILEGES, serveRendererOnAppScheme } from './app-protocol';
import { nodeFileAccess } from './fs/node-file-access';
import { PathGrants } from './fs/path-grants';
import { applySessionPolicy, hardenWebContents } from './hardening';
import { createHandlers } from './ipc/handlers';
import { isOwnWindowSender, registerIpcHandlers } from './ipc/register-handlers';
import { createMainWindow, rendererRootFrom, type MainWindowHandle } from './main-window';

const MAX_READ_BYTES = 1024 * 1024 * 1024;

// Before "ready": the scheme's privileges and the data folder are fixed at start-up.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.setPath('userData', path.join(app.getPath('appData'), USER_DATA_FOLDER_NAME));

let mainWindow: MainWindowHandle | undefined;

function ownWindow(): BrowserWindow | undefined {
  const window = mainWindow?.window;
  return window && !window.isDestroyed() ? window : undefined;
}

function focusMainWindow(): void {
  const window = ownWindow();
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.focus();
}

async function start(): Promise<void> {
  applySessionPolicy(session.defaultSession);
  serveRendererOnAppScheme(session.defaultSession.protocol, rendererRootFrom(__dirname));
  Menu.setApplicationMenu(null);

  const grants = new PathGrants();
  const handlers = createHandlers({
    appInfo: () => ({
      version: app.getVersion(),
      electronVersion: process.versions.electron ?? '',
      userDataPath: app.getPath('userData'),
      platform: `${process.platform}-${process.arch}`,
    }),
    showOpenFolderDialog: async (options) => {
      const result = await dialog.showOpenDialog(ownWindow()!, {
        title: options.title ?? '选择文件夹',
        properties: ['openDirectory', 'createDirectory'],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    showOpenFileDialog: async (options) => {
      const result = await dialog.showOpenDialog(ownWindow()!, {
        title: options.title ?? '选择文件',
        properties: ['openFile'],
        filters: options.filters,
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    showSaveDialog: async (defaultName, filters) => {
      const result = await dialog.showSaveDialog(ownWindow()!, { title: '保存', defaultPath: defaultName, filters });
      return result.canceled ? null : (result.filePath ?? null);
    },
    printCurrentViewToPdf: async (landscape) =>
      new Uint8Array(await ownWindow()!.webContents.printToPDF({ pageSize: 'A4', landscape, printBackground: true })),
    ...nodeFileAccess,
    grants,
    localBackupFolder: path.join(app.getPath('userData'), 'backups'),
    maxReadBytes: MAX_READ_BYTES,
  });
  registerIpcHandlers(ipcMain, handlers, (event) => isOwnWindowSender(event, () => ownWindow()?.webContents));

  mainWindow = await createMainWindow(
    {
      preload: path.join(__dirname, 'preload.cjs'),
      stateFile: path.join(app.getPath('userData'), 'window-state.json'),
    },
    !app.isPackaged,
  );
}

if (!app.requestSingleInstanceLock()) {
  // Two instances would share one IndexedDB and race each other's writes.
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => {
    void (mainWindow?.whenStateSaved() ?? Promise.resolve()).finally(() => app.quit());
  });
  // catch, not a second then-argument: a failure inside start() must end the app too,
  // not leave it running without a window.
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      dialog.showErrorBox('支部工作台账无法启动', String(error));
      app.quit();
    });
}
