import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { MainHandlers } from '../../../../../electron/main/ipc/handlers';
import { isAppUrl, isOwnWindowSender, registerIpcHandlers } from '../../../../../electron/main/ipc/register-handlers';
import { IPC_CHANNELS, type BridgeMethod } from '../../../../../shared/ipc/contract';
import { IPC_ERROR_MESSAGES } from '../../../../../shared/ipc/errors';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

/** Like Electron's ipcMain: one handler per channel, a second registration throws. */
function fakeIpcMain() {
  const listeners = new Map<string, Listener>();
  const ipcMain = {
    handle: (channel: string, listener: Listener) => {
      if (listeners.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      listeners.set(channel, listener);
    },
  } as unknown as Pick<IpcMain, 'handle'>;
  return { ipcMain, listeners };
}

function fakeHandlers() {
  const mocks = {} as Record<BridgeMethod, ReturnType<typeof vi.fn>>;
  for (const method of Object.keys(IPC_CHANNELS) as BridgeMethod[]) {
    mocks[method] = vi.fn(async (...args: unknown[]) => ({ ok: true, value: { method, args } }));
  }
  return { handlers: mocks as unknown as MainHandlers, mocks };
}

interface FakeFrame {
  url: string;
}

function fakeContents(url = 'app://branch-ledger/index.html') {
  const mainFrame: FakeFrame = { url };
  return { mainFrame } as unknown as WebContents & { mainFrame: FakeFrame };
}

function eventFrom(sender: unknown, senderFrame: unknown): IpcMainInvokeEvent {
  return { sender, senderFrame } as unknown as IpcMainInvokeEvent;
}

function setUp() {
  const contents = fakeContents();
  let own: WebContents | undefined = contents;
  const { ipcMain, listeners } = fakeIpcMain();
  const { handlers, mocks } = fakeHandlers();
  registerIpcHandlers(ipcMain, handlers, (event) => isOwnWindowSender(event, () => own));
  const call = (method: BridgeMethod, event: IpcMainInvokeEvent, ...args: unknown[]) =>
    Promise.resolve(listeners.get(IPC_CHANNELS[method])!(event, ...args));
  return { contents, listeners, mocks, call, closeWindow: () => (own = undefined) };
}

const UNTRUSTED = { ok: false, error: { code: 'UNTRUSTED_SENDER', message: IPC_ERROR_MESSAGES.UNTRUSTED_SENDER } };

describe('registerIpcHandlers', () => {
  it('registers exactly one handler per channel', () => {
    const { listeners } = setUp();
    expect([...listeners.keys()].sort()).toEqual(Object.values(IPC_CHANNELS).sort());
    expect(listeners.size).toBe(Object.keys(IPC_CHANNELS).length);
  });

  it('refuses a call from another WebContents without calling the handler', async () => {
    const { contents, mocks, call } = setUp();
    const stranger = fakeContents();

    const result = await call('readFile', eventFrom(stranger, stranger.mainFrame), '/etc/passwd');

    expect(result).toEqual(UNTRUSTED);
    expect(mocks.readFile).not.toHaveBeenCalled();
    // Even when it claims our main frame.
    await expect(call('readFile', eventFrom(stranger, contents.mainFrame), '/etc/passwd')).resolves.toEqual(UNTRUSTED);
    expect(mocks.readFile).not.toHaveBeenCalled();
  });

  it('refuses a call from a sub-frame of our own window', async () => {
    const { contents, mocks, call } = setUp();
    const iframe: FakeFrame = { url: 'app://branch-ledger/index.html' };

    await expect(call('writeFileAtomic', eventFrom(contents, iframe), {})).resolves.toEqual(UNTRUSTED);
    await expect(call('writeFileAtomic', eventFrom(contents, null), {})).resolves.toEqual(UNTRUSTED);
    expect(mocks.writeFileAtomic).not.toHaveBeenCalled();
  });

  it('refuses a call from our main frame once it shows a foreign page', async () => {
    const { contents, mocks, call } = setUp();
    contents.mainFrame.url = 'http://evil.example/';

    await expect(call('chooseFolder', eventFrom(contents, contents.mainFrame), {})).resolves.toEqual(UNTRUSTED);
    expect(mocks.chooseFolder).not.toHaveBeenCalled();
  });

  it('refuses every call once the window is gone', async () => {
    const { contents, mocks, call, closeWindow } = setUp();
    closeWindow();
    await expect(call('getAppInfo', eventFrom(contents, contents.mainFrame))).resolves.toEqual(UNTRUSTED);
    expect(mocks.getAppInfo).not.toHaveBeenCalled();
  });

  it('every handler refuses every kind of foreign sender, and calls nothing', async () => {
    const { contents, mocks, call } = setUp();
    const stranger = fakeContents();
    const senders: Array<[string, IpcMainInvokeEvent]> = [
      ['another window', eventFrom(stranger, stranger.mainFrame)],
      ['another window claiming our frame', eventFrom(stranger, contents.mainFrame)],
      ['a sub-frame of ours', eventFrom(contents, { url: 'app://branch-ledger/index.html' })],
      ['no frame', eventFrom(contents, null)],
      ['no sender', eventFrom(undefined, contents.mainFrame)],
    ];
    for (const method of Object.keys(IPC_CHANNELS) as BridgeMethod[]) {
      for (const [who, event] of senders) expect(await call(method, event, {}), `${method} from ${who}`).toEqual(UNTRUSTED);
    }
    contents.mainFrame.url = 'https://evil.example/index.html';
    for (const method of Object.keys(IPC_CHANNELS) as BridgeMethod[]) {
      expect(await call(method, eventFrom(contents, contents.mainFrame), {}), `${method} from our window showing a foreign page`).toEqual(UNTRUSTED);
    }
    for (const [method, mock] of Object.entries(mocks)) expect(mock, method).not.toHaveBeenCalled();
  });

  it('passes a call from our main frame at app://branch-ledger to the handler with its arguments', async () => {
    const { contents, mocks, call } = setUp();
    const request = { folder: '/media/usb', fileName: 'a.zbpkg', data: Uint8Array.of(1) };

    const result = await call('writeFileAtomic', eventFrom(contents, contents.mainFrame), request);

    expect(mocks.writeFileAtomic).toHaveBeenCalledTimes(1);
    expect(mocks.writeFileAtomic).toHaveBeenCalledWith(request);
    expect(result).toEqual({ ok: true, value: { method: 'writeFileAtomic', args: [request] } });
  });

  it('routes each channel to its own handler', async () => {
    const { contents, mocks, call } = setUp();
    for (const method of Object.keys(IPC_CHANNELS) as BridgeMethod[]) {
      await call(method, eventFrom(contents, contents.mainFrame), `arg-${method}`);
      expect(mocks[method], method).toHaveBeenCalledWith(`arg-${method}`);
    }
    for (const mock of Object.values(mocks)) expect(mock).toHaveBeenCalledTimes(1);
  });
});

describe('isAppUrl', () => {
  it('accepts our own origin', () => {
    expect(isAppUrl('app://branch-ledger/x')).toBe(true);
    expect(isAppUrl('app://branch-ledger/index.html#/members')).toBe(true);
  });

  it('rejects other hosts, schemes and garbage', () => {
    for (const url of [
      'app://other/x',
      'app://branch-ledger.evil/x',
      'app://branch-ledger:8080/x',
      'file:///',
      'file:///home/user/index.html',
      'https://branch-ledger/x',
      'https://example.com/',
      'http://evil.example/',
      'not a url',
      '',
    ]) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });
});
