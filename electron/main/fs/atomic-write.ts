import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import { sha256Hex } from '../../../shared/hash';
import type { WrittenFile } from '../../../shared/ipc/contract';
import { ipcError } from '../../../shared/ipc/errors';
import { UserFacingError, errnoOf } from './fs-errors';

/** The subset of node:fs/promises the writer uses, so tests can make it fail midway. */
export interface AtomicWriteFs {
  open: typeof nodeFs.open;
  rename: typeof nodeFs.rename;
  readFile: (file: string) => Promise<Uint8Array>;
  rm: typeof nodeFs.rm;
}

export interface AtomicWriteOptions {
  fs?: AtomicWriteFs;
  /** Bytes per write call: small enough that a pulled stick fails mid-file, not after. */
  chunkSize?: number;
  renameAttempts?: number;
  sleep?: (ms: number) => Promise<void>;
}

const RETRYABLE_RENAME_ERRORS = new Set(['EPERM', 'EBUSY', 'EACCES']);
const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Writes `data` so that `target` either holds all of it, verified, or is untouched:
 * write a hidden temporary file beside it, flush it to the device, rename it over
 * the target, then read the target back and compare SHA-256. A USB stick pulled
 * out at any moment never leaves a file under the final name that looks valid.
 */
export async function atomicWriteFile(
  target: string,
  data: Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<WrittenFile> {
  const fs = options.fs ?? nodeFs;
  const chunkSize = options.chunkSize ?? 1 << 20;
  const expectedHash = await sha256Hex(data);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${crypto.randomUUID().slice(0, 8)}.partial`);

  let handle: nodeFs.FileHandle | undefined;
  let renamed = false;
  try {
    handle = await fs.open(temp, 'wx');
    for (let offset = 0; offset < data.byteLength; offset += chunkSize) {
      const length = Math.min(chunkSize, data.byteLength - offset);
      await handle.write(data, offset, length, offset);
    }
    await handle.sync();
    await handle.close();
    handle = undefined;

    await renameWithRetry(fs, temp, target, options);
    renamed = true;

    const readBack = await fs.readFile(target);
    if ((await sha256Hex(readBack)) !== expectedHash) {
      throw new UserFacingError(ipcError('VERIFY_FAILED'));
    }
    return { path: target, bytes: data.byteLength, sha256: expectedHash };
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    // A target that failed verification must not stay behind looking like a good file.
    if (renamed) await fs.rm(target, { force: true }).catch(() => undefined);
    throw error;
  }
}

/** Antivirus scanners and indexers on Windows hold new files briefly; a rename then fails with EPERM/EBUSY. */
async function renameWithRetry(fs: AtomicWriteFs, from: string, to: string, options: AtomicWriteOptions) {
  const attempts = options.renameAttempts ?? 8;
  const sleep = options.sleep ?? defaultSleep;
  for (let attempt = 1; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      const errno = errnoOf(error);
      if (attempt >= attempts || !errno || !RETRYABLE_RENAME_ERRORS.has(errno)) throw error;
      await sleep(Math.min(50 * 2 ** (attempt - 1), 1000));
    }
  }
}
