import * as nodeFs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { productionHandlers } from './production-handlers';

let dir: string;

beforeEach(async () => {
  dir = await nodeFs.mkdtemp(path.join(os.tmpdir(), 'branch-ledger-symlinks-'));
});

afterEach(async () => {
  await nodeFs.rm(dir, { recursive: true, force: true });
});

describe('symlinks on a granted stick (grants are checked against the real path)', () => {
  let usb: string;
  let outside: string;

  beforeEach(async () => {
    usb = path.join(dir, 'usb');
    outside = path.join(dir, 'outside');
    await nodeFs.mkdir(usb);
    await nodeFs.mkdir(outside);
    await nodeFs.writeFile(path.join(outside, 'secret.txt'), '机密');
    await nodeFs.symlink(outside, path.join(usb, 'dirlink'));
    await nodeFs.symlink(path.join(outside, 'secret.txt'), path.join(usb, 'filelink.zbpkg'));
  });

  it('refuses to read through a directory link that leaves the granted folder', async () => {
    const handlers = productionHandlers(dir, { folder: usb });
    await handlers.chooseFolder({});

    const result = await handlers.readFile(path.join(usb, 'dirlink', 'secret.txt'));

    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_PERMITTED' } });
  });

  it('refuses to read a file link that leaves the granted folder', async () => {
    const handlers = productionHandlers(dir, { folder: usb });
    await handlers.chooseFolder({});

    const result = await handlers.readFile(path.join(usb, 'filelink.zbpkg'));

    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_PERMITTED' } });
  });

  it('refuses to write or list through a directory link that leaves the granted folder', async () => {
    const handlers = productionHandlers(dir, { folder: usb });
    await handlers.chooseFolder({});

    const written = await handlers.writeFileAtomic({ folder: path.join(usb, 'dirlink'), fileName: 'planted.txt', data: Uint8Array.of(1) });
    const listed = await handlers.listFiles({ folder: path.join(usb, 'dirlink'), extensions: ['txt'] });

    expect(written).toMatchObject({ ok: false, error: { code: 'NOT_PERMITTED' } });
    expect(listed).toMatchObject({ ok: false, error: { code: 'NOT_PERMITTED' } });
    expect(await nodeFs.readdir(outside)).toEqual(['secret.txt']);
  });

  it('still reads and writes through links that stay inside the granted folder', async () => {
    await nodeFs.mkdir(path.join(usb, 'real'));
    await nodeFs.writeFile(path.join(usb, 'real', 'a.zbpkg'), 'a');
    await nodeFs.symlink(path.join(usb, 'real'), path.join(usb, 'inner'));
    const handlers = productionHandlers(dir, { folder: usb });
    await handlers.chooseFolder({});

    expect(await handlers.readFile(path.join(usb, 'inner', 'a.zbpkg'))).toEqual({ ok: true, value: new TextEncoder().encode('a') });
    expect(await handlers.writeFileAtomic({ folder: path.join(usb, 'inner'), fileName: 'b.zbpkg', data: Uint8Array.of(2) })).toMatchObject({ ok: true });
    expect(await nodeFs.readFile(path.join(usb, 'real', 'b.zbpkg'))).toEqual(Buffer.from([2]));
  });

  it('a granted folder that is itself a link is granted where it really is', async () => {
    await nodeFs.symlink(usb, path.join(dir, 'stick'));
    await nodeFs.writeFile(path.join(usb, 'a.zbpkg'), 'a');
    const handlers = productionHandlers(dir, { folder: path.join(dir, 'stick') });
    await handlers.chooseFolder({});

    expect(await handlers.readFile(path.join(usb, 'a.zbpkg'))).toEqual({ ok: true, value: new TextEncoder().encode('a') });
    expect(await handlers.readFile(path.join(dir, 'stick', 'dirlink', 'secret.txt'))).toMatchObject({ ok: false, error: { code: 'NOT_PERMITTED' } });
  });
});
