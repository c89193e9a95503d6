import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PathGrants, isSafeFileName } from '../../../../../electron/main/fs/path-grants';

const abs = (...parts: string[]) => path.resolve(path.sep, ...parts);

describe('PathGrants', () => {
  it('allows nothing before a grant', () => {
    expect(new PathGrants().allows(abs('a', 'b'))).toBe(false);
  });

  it('a folder grant covers the folder and its descendants', () => {
    const grants = new PathGrants();
    grants.grantFolder(abs('a', 'b'));
    expect(grants.allows(abs('a', 'b'))).toBe(true);
    expect(grants.allows(abs('a', 'b', 'c.zbpkg'))).toBe(true);
    expect(grants.allows(abs('a', 'b', 'x', 'y', 'z.pdf'))).toBe(true);
    expect(grants.allows(abs('a', 'b') + path.sep + 'c' + path.sep + '..' + path.sep + 'd')).toBe(true);
  });

  it('a folder grant covers a file whose name merely starts with two dots', () => {
    const grants = new PathGrants();
    grants.grantFolder(abs('a', 'b'));
    expect(grants.allows(abs('a', 'b', '..backup.zbpkg'))).toBe(true);
  });

  it('a folder grant does not cover siblings, parents or ../ escapes', () => {
    const grants = new PathGrants();
    grants.grantFolder(abs('a', 'b'));
    expect(grants.allows(abs('a', 'bc'))).toBe(false);
    expect(grants.allows(abs('a', 'bc', 'x'))).toBe(false);
    expect(grants.allows(abs('a'))).toBe(false);
    expect(grants.allows(abs('a', 'b') + path.sep + '..' + path.sep + 'secret')).toBe(false);
    expect(grants.allows(abs('a', 'b') + path.sep + 'x' + path.sep + '..' + path.sep + '..' + path.sep + 'bc')).toBe(false);
    expect(grants.allows(abs('etc', 'passwd'))).toBe(false);
  });

  it('a file grant covers only that file', () => {
    const grants = new PathGrants();
    grants.grantFile(abs('a', 'b', 'c.zbpkg'));
    expect(grants.allows(abs('a', 'b', 'c.zbpkg'))).toBe(true);
    expect(grants.allows(abs('a', 'b', 'x', '..', 'c.zbpkg'))).toBe(true);
    expect(grants.allows(abs('a', 'b', 'd.zbpkg'))).toBe(false);
    expect(grants.allows(abs('a', 'b'))).toBe(false);
    expect(grants.allows(abs('a', 'b', 'c.zbpkg', 'inner'))).toBe(false);
    expect(grants.allows(abs('a', 'b', 'c.zbpkg.bak'))).toBe(false);
  });
});

describe('isSafeFileName', () => {
  it('accepts ordinary and Chinese names', () => {
    expect(isSafeFileName('内科第一党支部-2026.zbpkg')).toBe(true);
    expect(isSafeFileName('report (1).pdf')).toBe(true);
    expect(isSafeFileName('a')).toBe(true);
    expect(isSafeFileName('x'.repeat(200))).toBe(true);
    expect(isSafeFileName('console.txt')).toBe(true);
  });

  it('rejects separators and other characters Windows forbids', () => {
    for (const name of ['a/b', 'a\\b', '../x', '..\\x', 'c:x', 'a*b', 'a?b', 'a"b', 'a<b', 'a>b', 'a|b']) {
      expect(isSafeFileName(name), name).toBe(false);
    }
  });

  it('rejects empty, . and ..', () => {
    expect(isSafeFileName('')).toBe(false);
    expect(isSafeFileName('.')).toBe(false);
    expect(isSafeFileName('..')).toBe(false);
  });

  it('rejects Windows reserved device names, with or without extension', () => {
    for (const name of ['CON', 'con', 'nul.txt', 'NUL.tar.gz', 'PRN', 'aux.pdf', 'COM1', 'lpt9.zbpkg']) {
      expect(isSafeFileName(name), name).toBe(false);
    }
  });

  it('rejects names ending in a dot or a space', () => {
    expect(isSafeFileName('report.')).toBe(false);
    expect(isSafeFileName('report ')).toBe(false);
  });

  it('rejects control characters', () => {
    expect(isSafeFileName('a\u0000b')).toBe(false);
    expect(isSafeFileName('a\nb')).toBe(false);
    expect(isSafeFileName('a\u001fb')).toBe(false);
  });

  it('rejects names longer than 200 characters', () => {
    expect(isSafeFileName('x'.repeat(201))).toBe(false);
  });
});
