import * as nodeFs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PathGrants, realPathOf } from '../../../../../electron/main/fs/path-grants';

const abs = (...parts: string[]) => path.resolve(path.sep, ...parts);

describe('PathGrants', () => {
  it('allows nothing before a grant', async () => {
    expect(await new PathGrants().check(abs('a', 'b'))).toBeNull();
  });

  it('a folder grant covers the folder and its descendants', async () => {
    const grants = new PathGrants();
    await grants.grantFolder(abs('a', 'b'));
    expect(await grants.check(abs('a', 'b'))).not.toBeNull();
    expect(await grants.check(abs('a', 'b', 'c.zbpkg'))).not.toBeNull();
    expect(await grants.check(abs('a', 'b', 'x', 'y', 'z.pdf'))).not.toBeNull();
    expect(await grants.check(abs('a', 'b') + path.sep + 'c' + path.sep + '..' + path.sep + 'd')).not.toBeNull();
  });

  it('a folder grant covers a file whose name merely starts with two dots', async () => {
    const grants = new PathGrants();
    await grants.grantFolder(abs('a', 'b'));
    expect(await grants.check(abs('a', 'b', '..backup.zbpkg'))).not.toBeNull();
  });

  it('a folder grant does not cover siblings, parents or ../ escapes', async () => {
    const grants = new PathGrants();
    await grants.grantFolder(abs('a', 'b'));
    expect(await grants.check(abs('a', 'bc'))).toBeNull();
    expect(await grants.check(abs('a', 'bc', 'x'))).toBeNull();
    expect(await grants.check(abs('a'))).toBeNull();
    expect(await grants.check(abs('a', 'b') + path.sep + '..' + path.sep + 'secret')).toBeNull();
    expect(await grants.check(abs('a', 'b') + path.sep + 'x' + path.sep + '..' + path.sep + '..' + path.sep + 'bc')).toBeNull();
    expect(await grants.check(abs('etc', 'passwd'))).toBeNull();
  });

  it('a file grant covers only that file', async () => {
    const grants = new PathGrants();
    await grants.grantFile(abs('a', 'b', 'c.zbpkg'));
    expect(await grants.check(abs('a', 'b', 'c.zbpkg'))).not.toBeNull();
    expect(await grants.check(abs('a', 'b', 'x', '..', 'c.zbpkg'))).not.toBeNull();
    expect(await grants.check(abs('a', 'b', 'd.zbpkg'))).toBeNull();
    expect(await grants.check(abs('a', 'b'))).toBeNull();
    expect(await grants.check(abs('a', 'b', 'c.zbpkg', 'inner'))).toBeNull();
    expect(await grants.check(abs('a', 'b', 'c.zbpkg.bak'))).toBeNull();
  });
});

describe('realPathOf', () => {
  it('resolves links in the part that exists and appends the part that does not', async () => {
    const dir = await nodeFs.realpath(await nodeFs.mkdtemp(path.join(os.tmpdir(), 'branch-ledger-realpath-')));
    try {
      await nodeFs.mkdir(path.join(dir, 'outside'));
      await nodeFs.symlink(path.join(dir, 'outside'), path.join(dir, 'link'));
      expect(await realPathOf(path.join(dir, 'link', 'new', 'file.zbpkg'))).toBe(path.join(dir, 'outside', 'new', 'file.zbpkg'));
      expect(await realPathOf(path.join(dir, 'link', '..', 'x'))).toBe(path.join(dir, 'x'));
    } finally {
      await nodeFs.rm(dir, { recursive: true, force: true });
    }
  });
});
