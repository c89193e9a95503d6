import * as nodeFs from 'node:fs/promises';
import type { AtomicWriteFs } from '../../../../../electron/main/fs/atomic-write';

export const realFs: AtomicWriteFs = {
  open: nodeFs.open,
  rename: nodeFs.rename,
  readFile: (file) => nodeFs.readFile(file),
  rm: nodeFs.rm,
};

export interface WriteHooks {
  /** Runs before each FileHandle.write, with its 1-based call number; throw to fail that write. */
  beforeWrite?: (call: number) => Promise<void> | void;
  /** Runs after each successful write, with the bytes written so far. */
  afterWrite?: (writtenSoFar: number) => Promise<void> | void;
  /** Replaces FileHandle.sync (the flush to the device). */
  sync?: () => Promise<void>;
}

/** The real file system, with the file handles the writer opens hooked so a test can fail or slow them midway. */
export function hookedFs(hooks: WriteHooks): AtomicWriteFs & { writeCalls: () => number } {
  let calls = 0;
  let written = 0;
  const open = (async (file: string, flags: string) => {
    const handle = await nodeFs.open(file, flags);
    const write = handle.write.bind(handle) as (...args: unknown[]) => Promise<{ bytesWritten: number }>;
    Object.assign(handle, {
      write: async (...args: unknown[]) => {
        await hooks.beforeWrite?.(++calls);
        const result = await write(...args);
        written += result.bytesWritten;
        await hooks.afterWrite?.(written);
        return result;
      },
      ...(hooks.sync ? { sync: hooks.sync } : {}),
    });
    return handle;
  }) as unknown as AtomicWriteFs['open'];
  return { ...realFs, open, writeCalls: () => calls };
}
