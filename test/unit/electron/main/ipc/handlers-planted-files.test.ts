import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import * as nodeFs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MiB, productionHandlers as wired } from './production-handlers';

// Files a stick formatted on Linux can carry, read through the handlers as index.ts wires them.
let dir: string;
let writers: ChildProcess[];

beforeEach(async () => {
  dir = await nodeFs.mkdtemp(path.join(os.tmpdir(), 'branch-ledger-planted-'));
  await nodeFs.mkdir(path.join(dir, 'usb'));
  writers = [];
});

afterEach(async () => {
  for (const writer of writers) writer.kill('SIGKILL');
  await nodeFs.rm(dir, { recursive: true, force: true });
});

const productionHandlers = (chosen: { folder?: string; file?: string }, maxReadBytes = MiB) => wired(dir, chosen, maxReadBytes);

/** A FIFO on the stick, with a process that writes `bytes` bytes into it once a reader opens it. */
function plantedFifo(bytes: number): string {
  const fifo = path.join(dir, 'usb', '报送包.zbpkg');
  execFileSync('mkfifo', [fifo]);
  writers.push(spawn('sh', ['-c', `head -c ${bytes} /dev/zero > "$0"`, fifo], { stdio: 'ignore' }));
  return fifo;
}

describe('reading planted files (FIFO, device, /proc)', () => {
  it('refuses a FIFO chosen as a package, whatever is written into it', async () => {
    const fifo = plantedFifo(5 * MiB);
    const handlers = productionHandlers({ file: fifo });
    await handlers.chooseFile({});

    const result = await handlers.readFile(fifo);

    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_A_FILE' } });
  });

  it('refuses a FIFO listed in a chosen folder', async () => {
    const fifo = plantedFifo(5 * MiB);
    const handlers = productionHandlers({ folder: path.join(dir, 'usb') });
    await handlers.chooseFolder({});

    const result = await handlers.readFile(fifo);

    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_A_FILE' } });
  });

  it('refuses a symlink to /dev/zero chosen as a package, without reading it', async () => {
    const link = path.join(dir, 'usb', 'zero.zbpkg');
    await nodeFs.symlink('/dev/zero', link);
    const handlers = productionHandlers({ file: link });
    await handlers.chooseFile({});

    const result = await handlers.readFile(link);

    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_A_FILE' } });
  }, 10_000);

  it('caps the bytes actually read: a regular file whose size says 0 but holds more is refused as too large', async () => {
    // /proc files are regular files that stat as empty and read as much as they hold.
    const file = '/proc/self/maps';
    expect((await nodeFs.stat(file)).size).toBe(0);
    const handlers = productionHandlers({ file }, 64);
    await handlers.chooseFile({});

    const result = await handlers.readFile(file);

    expect(result).toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } });
  });

  it('reads a regular file of exactly the cap, and refuses one byte more', async () => {
    const file = path.join(dir, 'usb', 'a.zbpkg');
    await nodeFs.writeFile(file, new Uint8Array(64).fill(7));
    const handlers = productionHandlers({ folder: path.join(dir, 'usb') }, 64);
    await handlers.chooseFolder({});

    expect(await handlers.readFile(file)).toEqual({ ok: true, value: new Uint8Array(64).fill(7) });
    await nodeFs.appendFile(file, Uint8Array.of(7));
    expect(await handlers.readFile(file)).toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } });
  });

  it('refuses a FIFO planted among the automatic backups', async () => {
    await nodeFs.mkdir(path.join(dir, 'backups'));
    const fifo = path.join(dir, 'backups', 'auto-2026-12-06T09-00-00.zbbak');
    execFileSync('mkfifo', [fifo]);
    writers.push(spawn('sh', ['-c', `head -c ${5 * MiB} /dev/zero > "$0"`, fifo], { stdio: 'ignore' }));

    const result = await productionHandlers({}).readLocalBackup(path.basename(fifo));

    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_A_FILE' } });
  });
});
