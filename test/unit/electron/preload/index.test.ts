import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_GLOBAL_NAME, IPC_CHANNELS, type BridgeMethod } from '../../../../shared/ipc/contract';

const fx = vi.hoisted(() => ({
  exposeInMainWorld: vi.fn(),
  invoke: vi.fn(async (channel: string, ...args: unknown[]) => ({ ok: true, value: { channel, args } })),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: fx.exposeInMainWorld },
  ipcRenderer: { invoke: fx.invoke },
}));

type LooseBridge = Record<string, (...args: unknown[]) => Promise<unknown>>;

async function loadPreload() {
  vi.resetModules();
  vi.clearAllMocks();
  await import('../../../../electron/preload/index');
  expect(fx.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [name, bridge] = fx.exposeInMainWorld.mock.calls[0] as [string, LooseBridge];
  return { name, bridge };
}

describe('preload', () => {
  let name: string;
  let bridge: LooseBridge;

  beforeEach(async () => {
    ({ name, bridge } = await loadPreload());
  });

  it('exposes exactly one object, under the bridge name', () => {
    expect(name).toBe(BRIDGE_GLOBAL_NAME);
    expect(typeof bridge).toBe('object');
  });

  it('exposes exactly one function per channel and nothing else', () => {
    expect(Object.keys(bridge).sort()).toEqual(Object.keys(IPC_CHANNELS).sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
    expect(Object.values(bridge)).not.toContain(fx.invoke);
  });

  it('calls ipcRenderer.invoke on the matching channel and passes the argument through', async () => {
    for (const method of Object.keys(IPC_CHANNELS) as BridgeMethod[]) {
      fx.invoke.mockClear();
      const argument = { marker: `arg-for-${method}` };

      const result = await bridge[method]!(argument);

      expect(fx.invoke, method).toHaveBeenCalledTimes(1);
      const call = fx.invoke.mock.calls[0]!;
      expect(call[0], method).toBe(IPC_CHANNELS[method]);
      if (method === 'getAppInfo' || method === 'listLocalBackups') {
        // Takes no argument, so forwards none.
        expect(call).toEqual([IPC_CHANNELS[method]]);
      } else {
        expect(call, method).toEqual([IPC_CHANNELS[method], argument]);
        expect(call[1], method).toBe(argument);
      }
      expect(result).toEqual({ ok: true, value: { channel: IPC_CHANNELS[method], args: call.slice(1) } });
    }
  });

  it('forwards exactly one argument, not extra ones', async () => {
    await bridge.readFile!('/media/usb/a.zbpkg', 'extra');
    expect(fx.invoke).toHaveBeenCalledWith(IPC_CHANNELS.readFile, '/media/usb/a.zbpkg');
  });
});
