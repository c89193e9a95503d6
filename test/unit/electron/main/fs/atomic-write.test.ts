import { createHash } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { atomicWriteFile, type AtomicWriteFs } from '../../../../../electron/main/fs/atomic-write';
import { UserFacingError, errnoOf, toIpcError } from '../../../../../electron/main/fs/fs-errors';
import { IPC_ERROR_MESSAGES } from '../../../../../shared/ipc/errors';
import { hookedFs, realFs } from './hooked-fs';

const immediately = () => Promise.resolve();

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

function bytes(length: number, seed = 7): Uint8Array {
  const data = new Uint8Array(length);
  for (let i = 0; i < length; i++) data[i] = (i * 31 + seed) & 0xff;
  return data;
}

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

/** Real fs, except that FileHandle.write throws `code` on its `failOnCall`-th call. */
function fsFailingWrite(code: string, failOnCall: number) {
  return hookedFs({
    beforeWrite: (call) => {
      if (call === failOnCall) throw errno(code);
    },
  });
}

let dir: string;

beforeEach(async () => {
  dir = await nodeFs.mkdtemp(path.join(os.tmpdir(), 'branch-ledger-atomic-'));
});

afterEach(async () => {
  await nodeFs.rm(dir, { recursive: true, force: true });
});

const partials = async () => (await nodeFs.readdir(dir)).filter((name) => name.endsWith('.partial'));

describe('atomicWriteFile', () => {
  it('writes the exact bytes, returns their sha256 and leaves no temp file', async () => {
    const data = bytes(10_000);
    const target = path.join(dir, '内科第一党支部-2026.zbpkg');

    const written = await atomicWriteFile(target, data, { chunkSize: 1024 });

    expect(written).toEqual({ path: target, bytes: 10_000, sha256: sha256(data) });
    expect(new Uint8Array(await nodeFs.readFile(target))).toEqual(data);
    expect(await nodeFs.readdir(dir)).toEqual(['内科第一党支部-2026.zbpkg']);
  });

  it('writes an empty file', async () => {
    const target = path.join(dir, 'empty.bin');
    const written = await atomicWriteFile(target, new Uint8Array(0));
    expect(written.sha256).toBe(sha256(new Uint8Array(0)));
    expect((await nodeFs.stat(target)).size).toBe(0);
    expect(await partials()).toEqual([]);
  });

  it('replaces an existing file completely', async () => {
    const target = path.join(dir, 'report.pdf');
    await nodeFs.writeFile(target, bytes(5000, 1));
    const data = bytes(100, 2);
    await atomicWriteFile(target, data);
    expect(new Uint8Array(await nodeFs.readFile(target))).toEqual(data);
    expect(await partials()).toEqual([]);
  });

  for (const [code, ipcCode] of [
    ['ENOSPC', 'NO_SPACE'],
    ['EIO', 'DEVICE_GONE'],
  ] as const) {
    it(`a write failing midway with ${code} leaves neither the final file nor a temp file, and says so in Chinese`, async () => {
      const fs = fsFailingWrite(code, 2);
      const target = path.join(dir, 'backup.zbpkg');

      const error = await atomicWriteFile(target, bytes(64), { fs, chunkSize: 16 }).then(() => undefined, (e: unknown) => e);

      expect(error).toMatchObject({ code });
      expect(fs.writeCalls()).toBe(2);
      expect(await nodeFs.readdir(dir)).toEqual([]);
      expect(toIpcError(error)).toEqual({ code: ipcCode, message: IPC_ERROR_MESSAGES[ipcCode] });
      expect(toIpcError(error).message).toMatch(/^[^a-zA-Z]*[\u4e00-\u9fff]/);
    });
  }

  it('a flush to the device failing with EIO (stick pulled while the cache is written) leaves no file', async () => {
    const fs = hookedFs({ sync: async () => Promise.reject(errno('EIO')) });
    const target = path.join(dir, 'backup.zbpkg');

    const error = await atomicWriteFile(target, bytes(64), { fs, chunkSize: 16 }).then(() => undefined, (e: unknown) => e);

    expect(toIpcError(error)).toEqual({ code: 'DEVICE_GONE', message: IPC_ERROR_MESSAGES.DEVICE_GONE });
    expect(await nodeFs.readdir(dir)).toEqual([]);
  });

  it('the folder vanishing midway (stick pulled after some chunks) leaves no file under the final name', async () => {
    const usb = path.join(dir, 'usb');
    await nodeFs.mkdir(usb);
    const target = path.join(usb, '内科第一党支部.zbpkg');
    // The folder and everything in it goes away between two chunks; the open handle
    // still writes (to an unlinked file), so the loss shows only at the rename.
    const fs = hookedFs({
      beforeWrite: async (call) => {
        if (call === 3) await nodeFs.rm(usb, { recursive: true, force: true });
      },
    });

    const error = await atomicWriteFile(target, bytes(64), { fs, chunkSize: 16 }).then(() => undefined, (e: unknown) => e);

    expect(fs.writeCalls()).toBe(4);
    expect(error).toMatchObject({ code: 'ENOENT' });
    expect(toIpcError(error)).toEqual({ code: 'NOT_FOUND', message: IPC_ERROR_MESSAGES.NOT_FOUND });
    await expect(nodeFs.stat(target)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await nodeFs.readdir(dir)).toEqual([]);
  });

  it('a rename that keeps failing leaves an existing target untouched', async () => {
    const target = path.join(dir, 'backup.zbpkg');
    const old = new TextEncoder().encode('old, good backup');
    await nodeFs.writeFile(target, old);
    const fs: AtomicWriteFs = { ...realFs, rename: async () => Promise.reject(errno('EBUSY')) };

    const error = await atomicWriteFile(target, bytes(64), { fs, sleep: immediately, renameAttempts: 2 }).then(() => undefined, (e: unknown) => e);

    expect(toIpcError(error)).toEqual({ code: 'BUSY', message: IPC_ERROR_MESSAGES.BUSY });
    expect(new Uint8Array(await nodeFs.readFile(target))).toEqual(old);
    expect(await nodeFs.readdir(dir)).toEqual(['backup.zbpkg']);
  });

  it('a failed write leaves an existing target untouched', async () => {
    const target = path.join(dir, 'backup.zbpkg');
    const old = new TextEncoder().encode('old, good backup');
    await nodeFs.writeFile(target, old);

    await expect(atomicWriteFile(target, bytes(64), { fs: fsFailingWrite('ENOSPC', 2), chunkSize: 16 })).rejects.toMatchObject({
      code: 'ENOSPC',
    });

    expect(new Uint8Array(await nodeFs.readFile(target))).toEqual(old);
    expect(await nodeFs.readdir(dir)).toEqual(['backup.zbpkg']);
  });

  it('rejects when the folder has vanished (stick pulled before open)', async () => {
    const gone = path.join(dir, 'usb');
    await expect(atomicWriteFile(path.join(gone, 'a.zbpkg'), bytes(10))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await nodeFs.readdir(dir)).toEqual([]);
  });

  for (const code of ['EPERM', 'EBUSY']) {
    it(`retries a rename that fails with ${code} (a scanner holding the new file), then succeeds`, async () => {
      let attempts = 0;
      const fs: AtomicWriteFs = {
        ...realFs,
        rename: async (from, to) => {
          attempts++;
          if (attempts <= 2) throw errno(code);
          return nodeFs.rename(from, to);
        },
      };
      const sleep = vi.fn(immediately);
      const data = bytes(300);
      const target = path.join(dir, 'a.zbpkg');

      const written = await atomicWriteFile(target, data, { fs, sleep });

      expect(attempts).toBe(3);
      expect(sleep).toHaveBeenCalledTimes(2);
      expect(written.sha256).toBe(sha256(data));
      expect(new Uint8Array(await nodeFs.readFile(target))).toEqual(data);
      expect(await partials()).toEqual([]);
    });
  }

  it('gives up after renameAttempts and removes the temp file', async () => {
    let attempts = 0;
    const fs: AtomicWriteFs = {
      ...realFs,
      rename: async () => {
        attempts++;
        throw errno('EBUSY');
      },
    };
    await expect(atomicWriteFile(path.join(dir, 'a.zbpkg'), bytes(10), { fs, sleep: immediately, renameAttempts: 3 })).rejects.toMatchObject({
      code: 'EBUSY',
    });
    expect(attempts).toBe(3);
    expect(await nodeFs.readdir(dir)).toEqual([]);
  });

  it('does not retry a rename error that cannot go away (EXDEV)', async () => {
    let attempts = 0;
    const fs: AtomicWriteFs = {
      ...realFs,
      rename: async () => {
        attempts++;
        throw errno('EXDEV');
      },
    };
    const sleep = vi.fn(immediately);

    await expect(atomicWriteFile(path.join(dir, 'a.zbpkg'), bytes(10), { fs, sleep })).rejects.toMatchObject({ code: 'EXDEV' });

    expect(attempts).toBe(1);
    expect(sleep).not.toHaveBeenCalled();
    expect(await nodeFs.readdir(dir)).toEqual([]);
  });

  it('rejects with VERIFY_FAILED and deletes the final file when the read-back differs', async () => {
    const data = bytes(200);
    const fs: AtomicWriteFs = { ...realFs, readFile: async () => bytes(200, 99) };
    const target = path.join(dir, 'a.zbpkg');

    const error = await atomicWriteFile(target, data, { fs }).then(
      () => undefined,
      (e: unknown) => e,
    );

    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as UserFacingError).ipc.code).toBe('VERIFY_FAILED');
    expect((error as UserFacingError).ipc.message).toBe(IPC_ERROR_MESSAGES.VERIFY_FAILED);
    expect(await nodeFs.readdir(dir)).toEqual([]);
  });
});

describe('toIpcError', () => {
  it('maps ENOSPC to NO_SPACE with a Chinese message', () => {
    const ipc = toIpcError(errno('ENOSPC'));
    expect(ipc.code).toBe('NO_SPACE');
    expect(ipc.message).toBe(IPC_ERROR_MESSAGES.NO_SPACE);
    expect(ipc.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('maps EIO to DEVICE_GONE and the other known errno codes', () => {
    expect(toIpcError(errno('EIO')).code).toBe('DEVICE_GONE');
    expect(toIpcError(errno('ENOENT')).code).toBe('NOT_FOUND');
    expect(toIpcError(errno('EROFS')).code).toBe('READ_ONLY');
    expect(toIpcError(errno('EPERM')).code).toBe('ACCESS_DENIED');
    expect(toIpcError(errno('EBUSY')).code).toBe('BUSY');
  });

  it('maps anything else to UNKNOWN, keeping the errno or message as detail', () => {
    expect(toIpcError(errno('EXDEV'))).toEqual({ code: 'UNKNOWN', message: `${IPC_ERROR_MESSAGES.UNKNOWN}（EXDEV）` });
    expect(toIpcError(new Error('boom'))).toEqual({ code: 'UNKNOWN', message: `${IPC_ERROR_MESSAGES.UNKNOWN}（boom）` });
    expect(toIpcError('text').code).toBe('UNKNOWN');
    expect(toIpcError(null).code).toBe('UNKNOWN');
  });

  it('passes a UserFacingError through unchanged', () => {
    const ipc = { code: 'TOO_LARGE' as const, message: IPC_ERROR_MESSAGES.TOO_LARGE };
    expect(toIpcError(new UserFacingError(ipc))).toBe(ipc);
  });

  it('errnoOf reads only string codes', () => {
    expect(errnoOf(errno('EIO'))).toBe('EIO');
    expect(errnoOf({ code: 5 })).toBeUndefined();
    expect(errnoOf(undefined)).toBeUndefined();
  });
});
