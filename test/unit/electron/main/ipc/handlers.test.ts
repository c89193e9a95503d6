import * as nodeFs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { atomicWriteFile, type AtomicWriteFs } from '../../../../../electron/main/fs/atomic-write';
import { PathGrants } from '../../../../../electron/main/fs/path-grants';
import { readRegularFile } from '../../../../../electron/main/fs/read-regular-file';
import { createHandlers, type HandlerDeps } from '../../../../../electron/main/ipc/handlers';
import type { WriteFileRequest } from '../../../../../shared/ipc/contract';
import { IPC_ERROR_MESSAGES } from '../../../../../shared/ipc/errors';

let dir: string;

beforeEach(async () => {
  dir = await nodeFs.mkdtemp(path.join(os.tmpdir(), 'branch-ledger-handlers-'));
});

afterEach(async () => {
  await nodeFs.rm(dir, { recursive: true, force: true });
});

const PDF = new TextEncoder().encode('%PDF-1.7 fake pdf bytes');

interface Dialogs {
  folder: string | null;
  file: string | null;
  save: string | null;
}

function makeDeps(overrides: Partial<HandlerDeps> = {}) {
  const dialogs: Dialogs = { folder: null, file: null, save: null };
  const deps: HandlerDeps = {
    appInfo: () => ({ version: '1.2.3', electronVersion: '41.0.0', userDataPath: '/data', platform: 'linux-x64' }),
    showOpenFolderDialog: vi.fn(async () => dialogs.folder),
    showOpenFileDialog: vi.fn(async () => dialogs.file),
    showSaveDialog: vi.fn(async () => dialogs.save),
    printCurrentViewToPdf: vi.fn(async () => PDF),
    statFile: (file) => nodeFs.stat(file),
    listFolder: async (folder) => (await nodeFs.readdir(folder, { withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => entry.name),
    readFile: vi.fn(readRegularFile),
    writeFileAtomic: vi.fn((target: string, data: Uint8Array) => atomicWriteFile(target, data)),
    grants: new PathGrants(),
    localBackupFolder: path.join(dir, 'backups'),
    makeFolder: async (folder) => {
      await nodeFs.mkdir(folder, { recursive: true });
    },
    deleteFile: vi.fn((file: string) => nodeFs.rm(file)),
    maxReadBytes: 1024,
    ...overrides,
  };
  return { deps, dialogs, handlers: createHandlers(deps) };
}

describe('createHandlers', () => {
  it('getAppInfo wraps the info in an ok result', async () => {
    const { handlers } = makeDeps();
    await expect(handlers.getAppInfo()).resolves.toEqual({
      ok: true,
      value: { version: '1.2.3', electronVersion: '41.0.0', userDataPath: '/data', platform: 'linux-x64' },
    });
  });

  describe('readFile', () => {
    it('refuses a path the user never chose', async () => {
      const file = path.join(dir, 'secret.txt');
      await nodeFs.writeFile(file, 'secret');
      const { deps, handlers } = makeDeps();

      const result = await handlers.readFile(file);

      expect(result).toEqual({ ok: false, error: { code: 'NOT_PERMITTED', message: IPC_ERROR_MESSAGES.NOT_PERMITTED } });
      expect(deps.readFile).not.toHaveBeenCalled();
    });

    it('reads a file after chooseFile granted it', async () => {
      const file = path.join(dir, '报送包.zbpkg');
      await nodeFs.writeFile(file, Uint8Array.of(1, 2, 3, 4));
      const { dialogs, handlers } = makeDeps();
      dialogs.file = file;

      await expect(handlers.chooseFile({ title: '选择' })).resolves.toEqual({
        ok: true,
        value: { path: file, name: '报送包.zbpkg', size: 4 },
      });
      const result = await handlers.readFile(file);

      expect(result).toEqual({ ok: true, value: Uint8Array.of(1, 2, 3, 4) });
    });

    it('a chosen file does not open its siblings', async () => {
      const file = path.join(dir, 'a.zbpkg');
      const sibling = path.join(dir, 'b.zbpkg');
      await nodeFs.writeFile(file, 'a');
      await nodeFs.writeFile(sibling, 'b');
      const { dialogs, handlers } = makeDeps();
      dialogs.file = file;
      await handlers.chooseFile({});

      const result = await handlers.readFile(sibling);

      expect(result.ok).toBe(false);
      expect(!result.ok && result.error.code).toBe('NOT_PERMITTED');
    });

    it('refuses a file larger than maxReadBytes', async () => {
      const file = path.join(dir, 'big.bin');
      await nodeFs.writeFile(file, new Uint8Array(11));
      const { deps, dialogs, handlers } = makeDeps({ maxReadBytes: 10 });
      dialogs.file = file;
      await handlers.chooseFile({});

      const result = await handlers.readFile(file);

      expect(result).toEqual({ ok: false, error: { code: 'TOO_LARGE', message: IPC_ERROR_MESSAGES.TOO_LARGE } });
      expect(deps.readFile).toHaveBeenCalledWith(file, 10);
    });

    it('a granted file that was removed comes back as NOT_FOUND', async () => {
      const file = path.join(dir, 'gone.zbpkg');
      await nodeFs.writeFile(file, 'x');
      const { dialogs, handlers } = makeDeps();
      dialogs.file = file;
      await handlers.chooseFile({});
      await nodeFs.rm(file);

      const result = await handlers.readFile(file);

      expect(!result.ok && result.error.code).toBe('NOT_FOUND');
    });

    it('rejects a non-string path as INVALID_REQUEST', async () => {
      const { handlers } = makeDeps();
      const result = await handlers.readFile(42 as unknown as string);
      expect(!result.ok && result.error.code).toBe('INVALID_REQUEST');
    });
  });

  describe('chooseFolder / chooseFile', () => {
    it('chooseFolder cancelled resolves to null and grants nothing', async () => {
      const { deps, handlers } = makeDeps();
      await expect(handlers.chooseFolder({})).resolves.toEqual({ ok: true, value: null });
      expect(await deps.grants.check(dir)).toBeNull();
    });

    it('chooseFile cancelled resolves to null', async () => {
      const { handlers } = makeDeps();
      await expect(handlers.chooseFile({})).resolves.toEqual({ ok: true, value: null });
    });

    it('chooseFolder passes the options to the dialog and returns the folder', async () => {
      const { deps, dialogs, handlers } = makeDeps();
      dialogs.folder = dir;
      await expect(handlers.chooseFolder({ title: '选择 U 盘' })).resolves.toEqual({ ok: true, value: dir });
      expect(deps.showOpenFolderDialog).toHaveBeenCalledWith({ title: '选择 U 盘' });
      expect(await deps.grants.check(path.join(dir, 'x.zbpkg'))).toBe(path.join(dir, 'x.zbpkg'));
    });
  });

  describe('listFiles', () => {
    it('refuses a folder the user never chose', async () => {
      const { handlers } = makeDeps();
      const result = await handlers.listFiles({ folder: dir, extensions: ['zbpkg'] });
      expect(result).toEqual({ ok: false, error: { code: 'NOT_PERMITTED', message: IPC_ERROR_MESSAGES.NOT_PERMITTED } });
    });

    it('lists the packages directly inside a chosen folder, by name, and they can then be read', async () => {
      await nodeFs.writeFile(path.join(dir, 'b.ZBPKG'), 'bb');
      await nodeFs.writeFile(path.join(dir, 'a.zbpkg'), 'a');
      await nodeFs.writeFile(path.join(dir, 'notes.txt'), 'x');
      await nodeFs.mkdir(path.join(dir, 'sub.zbpkg'));
      const { dialogs, handlers } = makeDeps();
      dialogs.folder = dir;
      await handlers.chooseFolder({});

      const result = await handlers.listFiles({ folder: dir, extensions: ['zbpkg'] });

      expect(result).toEqual({
        ok: true,
        value: [
          { path: path.join(dir, 'a.zbpkg'), name: 'a.zbpkg', size: 1 },
          { path: path.join(dir, 'b.ZBPKG'), name: 'b.ZBPKG', size: 2 },
        ],
      });
      expect(await handlers.readFile(path.join(dir, 'b.ZBPKG'))).toEqual({ ok: true, value: new TextEncoder().encode('bb') });
    });

    it('rejects a request without a list of extensions as INVALID_REQUEST', async () => {
      const { dialogs, handlers } = makeDeps();
      dialogs.folder = dir;
      await handlers.chooseFolder({});
      const result = await handlers.listFiles({ folder: dir, extensions: 'zbpkg' as unknown as string[] });
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    });
  });

  describe('writeFileAtomic', () => {
    const request = (over: Partial<WriteFileRequest> = {}): WriteFileRequest => ({
      folder: dir,
      fileName: '内科第一党支部-2026.zbpkg',
      data: Uint8Array.of(9, 8, 7),
      ...over,
    });

    it('refuses a folder the user never chose', async () => {
      const { deps, handlers } = makeDeps();
      const result = await handlers.writeFileAtomic(request());
      expect(result).toEqual({ ok: false, error: { code: 'NOT_PERMITTED', message: IPC_ERROR_MESSAGES.NOT_PERMITTED } });
      expect(deps.writeFileAtomic).not.toHaveBeenCalled();
      expect(await nodeFs.readdir(dir)).toEqual([]);
    });

    it('writes into a chosen folder', async () => {
      const { dialogs, handlers } = makeDeps();
      dialogs.folder = dir;
      await handlers.chooseFolder({});

      const result = await handlers.writeFileAtomic(request());

      const target = path.join(dir, '内科第一党支部-2026.zbpkg');
      expect(result).toMatchObject({ ok: true, value: { path: target, bytes: 3 } });
      expect(new Uint8Array(await nodeFs.readFile(target))).toEqual(Uint8Array.of(9, 8, 7));
    });

    it('writes a file whose name starts with two dots but stays in the folder', async () => {
      const { dialogs, handlers } = makeDeps();
      dialogs.folder = dir;
      await handlers.chooseFolder({});

      const result = await handlers.writeFileAtomic(request({ fileName: '..备份.zbpkg' }));

      expect(result.ok).toBe(true);
      expect(await nodeFs.readdir(dir)).toEqual(['..备份.zbpkg']);
    });

    it('refuses a file name that climbs out of the folder', async () => {
      const { deps, dialogs, handlers } = makeDeps();
      dialogs.folder = dir;
      await handlers.chooseFolder({});

      for (const fileName of ['../x', '..', 'sub/x', 'CON']) {
        const result = await handlers.writeFileAtomic(request({ fileName }));
        expect(!result.ok && result.error.code, fileName).toBe('INVALID_NAME');
      }
      expect(deps.writeFileAtomic).not.toHaveBeenCalled();
    });

    it('refuses data that is not a Uint8Array', async () => {
      const { dialogs, handlers } = makeDeps();
      dialogs.folder = dir;
      await handlers.chooseFolder({});

      for (const data of ['text', [1, 2, 3], new ArrayBuffer(3), undefined]) {
        const result = await handlers.writeFileAtomic(request({ data: data as unknown as Uint8Array }));
        expect(!result.ok && result.error.code).toBe('INVALID_REQUEST');
      }
      expect(await nodeFs.readdir(dir)).toEqual([]);
    });

    it('refuses a missing request or missing fields', async () => {
      const { handlers } = makeDeps();
      for (const bad of [undefined, null, {}, { folder: dir }, { folder: '', fileName: 'a', data: new Uint8Array() }]) {
        const result = await handlers.writeFileAtomic(bad as unknown as WriteFileRequest);
        expect(!result.ok && result.error.code).toBe('INVALID_REQUEST');
      }
    });

    it('returns NO_SPACE with the Chinese message when the disk fills up midway', async () => {
      const fullDisk: AtomicWriteFs = {
        open: (async (file: string, flags: string) => {
          const handle = await nodeFs.open(file, flags);
          let calls = 0;
          const write = handle.write.bind(handle) as (...args: unknown[]) => Promise<unknown>;
          Object.assign(handle, {
            write: async (...args: unknown[]) => {
              if (++calls === 2) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
              return write(...args);
            },
          });
          return handle;
        }) as unknown as AtomicWriteFs['open'],
        rename: nodeFs.rename,
        readFile: (file) => nodeFs.readFile(file),
        rm: nodeFs.rm,
      };
      const { dialogs, handlers } = makeDeps({
        writeFileAtomic: (target, data) => atomicWriteFile(target, data, { fs: fullDisk, chunkSize: 2 }),
      });
      dialogs.folder = dir;
      await handlers.chooseFolder({});

      const result = await handlers.writeFileAtomic(request({ data: new Uint8Array(10) }));

      expect(result).toEqual({ ok: false, error: { code: 'NO_SPACE', message: IPC_ERROR_MESSAGES.NO_SPACE } });
      expect(!result.ok && result.error.message).toMatch(/[\u4e00-\u9fff]/);
      expect(await nodeFs.readdir(dir)).toEqual([]);
    });
  });

  describe('printToPdf', () => {
    it('cancelled at the save dialog resolves to null and writes nothing', async () => {
      const { deps, handlers } = makeDeps();

      const result = await handlers.printToPdf({ suggestedName: '党员名册.pdf', landscape: true });

      expect(result).toEqual({ ok: true, value: null });
      expect(deps.printCurrentViewToPdf).toHaveBeenCalledWith(true);
      expect(deps.showSaveDialog).toHaveBeenCalledWith('党员名册.pdf', [{ name: 'PDF 文件', extensions: ['pdf'] }]);
      expect(deps.writeFileAtomic).not.toHaveBeenCalled();
      expect(await nodeFs.readdir(dir)).toEqual([]);
    });

    it('saved writes the PDF bytes to the chosen path', async () => {
      const { deps, dialogs, handlers } = makeDeps();
      const target = path.join(dir, '党员名册.pdf');
      dialogs.save = target;

      const result = await handlers.printToPdf({ suggestedName: '党员名册.pdf' });

      expect(result).toEqual({ ok: true, value: target });
      expect(deps.printCurrentViewToPdf).toHaveBeenCalledWith(false);
      expect(new Uint8Array(await nodeFs.readFile(target))).toEqual(PDF);
      expect(await nodeFs.readdir(dir)).toEqual(['党员名册.pdf']);
    });

    it('refuses a request without a suggested name', async () => {
      const { deps, handlers } = makeDeps();
      const result = await handlers.printToPdf({} as unknown as { suggestedName: string });
      expect(!result.ok && result.error.code).toBe('INVALID_REQUEST');
      expect(deps.printCurrentViewToPdf).not.toHaveBeenCalled();
    });
  });

  describe('local backups', () => {
    const name = 'auto-2026-12-02T09-00-00.zbbak';

    it('lists nothing before the first backup, then writes, lists, reads and deletes in the backups folder only', async () => {
      const { handlers } = makeDeps();
      expect(await handlers.listLocalBackups()).toEqual({ ok: true, value: [] });
      expect(await handlers.writeLocalBackup({ fileName: name, data: Uint8Array.of(1, 2, 3) })).toMatchObject({ ok: true, value: { path: path.join(dir, 'backups', name), bytes: 3 } });
      await nodeFs.writeFile(path.join(dir, 'backups', 'notes.txt'), 'not a backup');
      expect(await handlers.listLocalBackups()).toEqual({ ok: true, value: [{ name, size: 3 }] });
      expect(await handlers.readLocalBackup(name)).toEqual({ ok: true, value: Uint8Array.of(1, 2, 3) });
      expect(await handlers.deleteLocalBackup(name)).toEqual({ ok: true, value: null });
      expect(await nodeFs.readdir(path.join(dir, 'backups'))).toEqual(['notes.txt']);
    });

    it('refuses any name that is not a bare .zbbak file name, touching nothing', async () => {
      const { deps, handlers } = makeDeps();
      await nodeFs.writeFile(path.join(dir, 'victim.zbbak'), 'keep me');
      for (const bad of ['../victim.zbbak', '..\\victim.zbbak', 'sub/x.zbbak', 'notes.txt', '', 'x.zbbak ', 'CON.zbbak']) {
        expect(await handlers.readLocalBackup(bad), bad).toMatchObject({ ok: false, error: { code: expect.stringMatching(/INVALID_NAME|INVALID_REQUEST/) } });
        expect(await handlers.deleteLocalBackup(bad), bad).toMatchObject({ ok: false });
        expect(await handlers.writeLocalBackup({ fileName: bad, data: Uint8Array.of(1) }), bad).toMatchObject({ ok: false });
      }
      expect(deps.deleteFile).not.toHaveBeenCalled();
      expect(deps.writeFileAtomic).not.toHaveBeenCalled();
      expect(await nodeFs.readFile(path.join(dir, 'victim.zbbak'), 'utf8')).toBe('keep me');
    });

    it('refuses data that is not bytes', async () => {
      const { handlers } = makeDeps();
      expect(await handlers.writeLocalBackup({ fileName: name, data: 'abc' as unknown as Uint8Array })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    });
  });
});
