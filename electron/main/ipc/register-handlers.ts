import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { APP_HOST, APP_SCHEME } from '../../../shared/app/identity';
import { IPC_CHANNELS, type BridgeMethod } from '../../../shared/ipc/contract';
import { ipcError } from '../../../shared/ipc/errors';
import type { MainHandlers } from './handlers';

/** True for a URL of our own renderer (app://branch-ledger/...). */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    // Node's URL reports origin "null" for non-special schemes, so compare parts.
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/**
 * A message is ours only if it comes from the main frame of our own window showing
 * our own page. Anything else (another window, an iframe, a page navigated
 * elsewhere) is refused.
 */
export function isOwnWindowSender(event: IpcMainInvokeEvent, ownContents: () => WebContents | undefined): boolean {
  const contents = ownContents();
  if (!contents || event.sender !== contents) return false;
  const frame = event.senderFrame;
  if (!frame || frame !== contents.mainFrame) return false;
  return isAppUrl(frame.url);
}

export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: MainHandlers,
  isTrusted: (event: IpcMainInvokeEvent) => boolean,
): void {
  for (const method of Object.keys(IPC_CHANNELS) as BridgeMethod[]) {
    const handler = handlers[method] as (...args: unknown[]) => Promise<unknown>;
    ipcMain.handle(IPC_CHANNELS[method], (event, ...args: unknown[]) => {
      if (!isTrusted(event)) return Promise.resolve({ ok: false, error: ipcError('UNTRUSTED_SENDER') });
      return handler(...args);
    });
  }
}
