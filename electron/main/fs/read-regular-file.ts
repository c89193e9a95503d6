import { constants } from 'node:fs';
import { lstat, open } from 'node:fs/promises';
import { ipcError } from '../../../shared/ipc/errors';
import { UserFacingError } from './fs-errors';

// Non-blocking: a FIFO swapped in between the check and the open must not hang the open.
// No following: callers pass a real path (PathGrants), so a link found there was swapped in.
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);
const GROW_STEP = 1 << 20;

const notAFile = () => new UserFacingError(ipcError('NOT_A_FILE'));
const tooLarge = () => new UserFacingError(ipcError('TOO_LARGE'));

/**
 * Reads a regular file of at most `maxBytes` bytes. A stick formatted on Linux can carry a
 * FIFO or a link to /dev/zero, whose size says 0: those are refused before they are opened
 * (and again on the open handle, in case one was swapped in). `file` is a real path: a link
 * in its last part is refused, not followed. The cap counts the bytes
 * actually read, so a file that holds more than its size says (/proc, a growing file) is
 * refused as soon as it passes the cap instead of being read to the end.
 */
export async function readRegularFile(file: string, maxBytes: number): Promise<Uint8Array> {
  if (!(await lstat(file)).isFile()) throw notAFile();
  const handle = await open(file, READ_FLAGS);
  try {
    const { size } = await handle.stat().then((info) => {
      if (!info.isFile()) throw notAFile();
      return info;
    });
    if (size > maxBytes) throw tooLarge();
    // One byte more than the cap allows, to notice a file that goes on past it.
    let buffer = new Uint8Array(size + 1);
    let total = 0;
    for (;;) {
      if (total === buffer.length) {
        const grown = new Uint8Array(Math.min(buffer.length + GROW_STEP, maxBytes + 1));
        grown.set(buffer);
        buffer = grown;
      }
      const { bytesRead } = await handle.read(buffer, total, buffer.length - total, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) throw tooLarge();
    }
    return buffer.subarray(0, total);
  } finally {
    await handle.close();
  }
}
