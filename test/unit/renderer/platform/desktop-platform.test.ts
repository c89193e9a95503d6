import { afterEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_GLOBAL_NAME, type BridgeApi, type IpcResult } from '../../../../shared/ipc/contract';
import { ipcError } from '../../../../shared/ipc/errors';
import { createDesktopPlatform } from '../../../../renderer/src/platform/desktop-platform';
import { PlatformError } from '../../../../renderer/src/platform/platform';
import { detectPlatform } from '../../../../renderer/src/platform';

const ok = <T,>(value: T): Promise<IpcResult<T>> => Promise.resolve({ ok: true, value });

function fakeBridge(overrides: Partial<BridgeApi> = {}): BridgeApi {
  return {
    getAppInfo: () => ok({ version: '1.2.3', electronVersion: '41.7.2', userDataPath: 'C:\\数据', platform: 'win32-x64' }),
    chooseFolder: () => ok('/media/usb'),
    chooseFile: () => ok({ path: '/media/usb/a.zbpkg', name: 'a.zbpkg', size: 3 }),
    readFile: () => ok(new Uint8Array([1, 2, 3])),
    listFiles: (request) => ok([{ path: `${request.folder}/1.zbpkg`, name: '1.zbpkg', size: 3 }, { path: `${request.folder}/2.zbpkg`, name: '2.zbpkg', size: 3 }]),
    writeFileAtomic: (request) => ok({ path: `${request.folder}/${request.fileName}`, bytes: request.data.byteLength, sha256: 'ab12' }),
    printToPdf: () => ok('/home/u/会议记录.pdf'),
    listLocalBackups: () => ok([{ name: 'auto-2026-12-02T09-00-00.zbbak', size: 3 }]),
    writeLocalBackup: (request) => ok({ path: `/data/backups/${request.fileName}`, bytes: request.data.byteLength, sha256: 'ab12' }),
    readLocalBackup: () => ok(new Uint8Array([4, 5, 6])),
    deleteLocalBackup: () => ok(null),
    ...overrides,
  };
}

describe('desktop platform', () => {
  it('reports the desktop mode and the data folder', async () => {
    expect(await createDesktopPlatform(fakeBridge()).info()).toMatchObject({ mode: 'desktop', version: '1.2.3', dataLocation: 'C:\\数据' });
  });

  it('opens a file by choosing it and then reading it', async () => {
    const readFile = vi.fn(() => ok(new Uint8Array([7])));
    const picked = await createDesktopPlatform(fakeBridge({ readFile })).openFile({ title: '导入' });
    expect(readFile).toHaveBeenCalledWith('/media/usb/a.zbpkg');
    expect(picked).toEqual({ name: 'a.zbpkg', bytes: new Uint8Array([7]) });
  });

  it('opens every package of a chosen folder, reading each file only when asked', async () => {
    const readFile = vi.fn((path: string) => ok(new TextEncoder().encode(path)));
    const listFiles = vi.fn(fakeBridge().listFiles);
    const many = await createDesktopPlatform(fakeBridge({ readFile, listFiles })).openManyFiles({ title: '导入', filters: [{ name: '报送包', extensions: ['zbpkg'] }] });
    expect(listFiles).toHaveBeenCalledWith({ folder: '/media/usb', extensions: ['zbpkg'] });
    expect(many!.names).toEqual(['1.zbpkg', '2.zbpkg']);
    expect(readFile).not.toHaveBeenCalled();
    expect(new TextDecoder().decode(await many!.read(1))).toBe('/media/usb/2.zbpkg');
    const cancelled = createDesktopPlatform(fakeBridge({ chooseFolder: () => ok(null) }));
    expect(await cancelled.openManyFiles({ title: '导入', filters: [] })).toBeNull();
  });

  it('saves into the chosen folder and resolves null when the user cancels', async () => {
    const platform = createDesktopPlatform(fakeBridge());
    expect(await platform.saveFile('包.zbpkg', new Uint8Array(4), { title: '导出' })).toEqual({ location: '/media/usb/包.zbpkg', verifiedSha256: 'ab12' });
    const cancelled = createDesktopPlatform(fakeBridge({ chooseFolder: () => ok(null) }));
    expect(await cancelled.saveFile('包.zbpkg', new Uint8Array(4), { title: '导出' })).toBeNull();
  });

  it('turns a bridge error into a PlatformError carrying the Chinese message', async () => {
    const platform = createDesktopPlatform(
      fakeBridge({ writeFileAtomic: () => Promise.resolve({ ok: false, error: ipcError('NO_SPACE') }) }),
    );
    const attempt = platform.saveFile('包.zbpkg', new Uint8Array(4), { title: '导出' });
    await expect(attempt).rejects.toBeInstanceOf(PlatformError);
    await expect(attempt).rejects.toThrow('磁盘空间不足');
  });

  it('keeps the automatic backups through the bridge, and reports its refusals in Chinese', async () => {
    const writeLocalBackup = vi.fn(fakeBridge().writeLocalBackup);
    const platform = createDesktopPlatform(fakeBridge({ writeLocalBackup, deleteLocalBackup: () => Promise.resolve({ ok: false, error: ipcError('INVALID_NAME') }) }));
    expect(await platform.localBackups.location()).toBe('C:\\数据 中的 backups 文件夹');
    expect(await platform.localBackups.list()).toEqual([{ name: 'auto-2026-12-02T09-00-00.zbbak', size: 3 }]);
    await platform.localBackups.write('auto-x.zbbak', new Uint8Array([1]));
    expect(writeLocalBackup).toHaveBeenCalledWith({ fileName: 'auto-x.zbbak', data: new Uint8Array([1]) });
    expect(await platform.localBackups.read('auto-x.zbbak')).toEqual(new Uint8Array([4, 5, 6]));
    await expect(platform.localBackups.remove('../x')).rejects.toThrow(PlatformError);
  });
});

describe('file names on the way out (the platform the app detects)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('every saved or printed file gets a safe name: no bidi or zero-width characters, no device names', async () => {
    const writeFileAtomic = vi.fn(fakeBridge().writeFileAtomic);
    const printToPdf = vi.fn(fakeBridge().printToPdf);
    vi.stubGlobal('window', { [BRIDGE_GLOBAL_NAME]: fakeBridge({ writeFileAtomic, printToPdf }) });
    const platform = detectPlatform();

    await platform.saveFile('内科\u202egpj.exe\u200b2026年党费收缴台账.xlsx', new Uint8Array([1]), { title: '导出' });
    await platform.printCurrentView('CONIN$');

    expect(writeFileAtomic).toHaveBeenCalledWith(expect.objectContaining({ fileName: '内科gpj.exe2026年党费收缴台账.xlsx' }));
    expect(printToPdf).toHaveBeenCalledWith({ suggestedName: '_CONIN$' });
  });

  it('asks the desktop for a landscape PDF when the view is wide (统计报表)', async () => {
    const printToPdf = vi.fn(fakeBridge().printToPdf);
    vi.stubGlobal('window', { [BRIDGE_GLOBAL_NAME]: fakeBridge({ printToPdf }) });
    await detectPlatform().printCurrentView('党员队伍基本情况.pdf', { landscape: true });
    expect(printToPdf).toHaveBeenCalledWith({ suggestedName: '党员队伍基本情况.pdf', landscape: true });
  });
});
