import { describe, expect, it } from 'vitest';
import { isSafeFileName, safeFileNamePart, toSafeFileName } from '../../../../shared/files/file-names';
import { packageFileName } from '../../../../renderer/src/features/sync/data/package-files';
import { backupFileName } from '../../../../renderer/src/features/backup/data/backup-repository';

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

const RLO = '\u202e';
const INVISIBLES = ['\u202a', '\u202b', '\u202c', '\u202d', RLO, '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u180e', '\u3164'];

describe('isSafeFileName: names Windows treats as devices, and names that hide what they are', () => {
  it('rejects CONIN$, CONOUT$, CLOCK$, COM0/LPT0 and COM/LPT with superscript digits, with or without extension or spaces before it', () => {
    for (const name of ['CONIN$', 'conout$', 'CLOCK$', 'COM0', 'LPT0', 'COM¹', 'COM²', 'COM³', 'LPT¹', 'lpt³.txt', 'conin$.log', 'CON .txt', 'nul  .zbpkg']) {
      expect(isSafeFileName(name), name).toBe(false);
    }
  });

  it('still accepts names that only begin like a device', () => {
    for (const name of ['COM10', 'LPT¹0', 'CONSOLE', 'CONIN', 'com1x.txt', '内科COM1.xlsx']) expect(isSafeFileName(name), name).toBe(true);
  });

  it('rejects bidi controls, zero-width and other invisible characters, C1 controls and line separators', () => {
    for (const character of [...INVISIBLES, '\u0085', '\u009f', '\u007f', '\u2028', '\u2029']) {
      expect(isSafeFileName(`内科${character}gpj.exe`), `U+${character.codePointAt(0)!.toString(16)}`).toBe(false);
    }
  });
});

describe('toSafeFileName / safeFileNamePart', () => {
  it('removes every invisible character so the name shows what it is', () => {
    expect(toSafeFileName(`内科${RLO}gpj.exe`)).toBe('内科gpj.exe');
    for (const character of INVISIBLES) expect(toSafeFileName(`内${character}科.xlsx`)).toBe('内科.xlsx');
  });

  it('replaces forbidden and control characters, unusual spaces, and trims', () => {
    expect(safeFileNamePart(' 内科/外科:一*支部\u0001\u0085 ')).toBe('内科_外科_一_支部__');
    expect(safeFileNamePart('内科\u3000一支部\u00a0')).toBe('内科 一支部');
    expect(safeFileNamePart(`${RLO}\u200b`)).toBe('未命名');
  });

  it('prefixes a reserved device name, drops a trailing dot or space, never returns an empty name', () => {
    expect(toSafeFileName('CON.xlsx')).toBe('_CON.xlsx');
    expect(toSafeFileName('COM¹')).toBe('_COM¹');
    expect(toSafeFileName('CONIN$')).toBe('_CONIN$');
    expect(toSafeFileName('报告. . ')).toBe('报告');
    expect(toSafeFileName('..')).toBe('未命名');
    expect(toSafeFileName('')).toBe('未命名');
  });

  it('cuts a long name to 200 characters keeping its extension and whole characters', () => {
    const long = toSafeFileName(`${'党'.repeat(150)}${'𠀀'.repeat(60)}.zbpkg`);
    expect(long.length).toBeLessThanOrEqual(200);
    expect(long.endsWith('𠀀.zbpkg')).toBe(true);
    expect(isSafeFileName(long)).toBe(true);
  });

  it('whatever it is given, the result passes isSafeFileName (what the main process checks)', () => {
    const samples = ['CON', 'a/b\\c', '  ', '...', `x${RLO}y.`, 'lpt²  .pdf', '\u0000', 'ok.txt', 'A'.repeat(300), `${'.'.repeat(5)}CON`];
    for (const sample of samples) expect(isSafeFileName(toSafeFileName(sample)), JSON.stringify(sample)).toBe(true);
  });
});

describe('exported file names made from a branch name', () => {
  const branchName = `内科${RLO}gpj.exe\u200b`;

  it('a package name never carries the branch name\'s bidi or zero-width characters', () => {
    const name = packageFileName({ kind: 'branch-report', senderName: branchName, seqFrom: 1, seqTo: 2, createdAt: '2026-03-01T00:00:00.000Z' }, '院党委');
    expect(name).toBe('报送包-内科gpj.exe-第1-2号-20260301.zbpkg');
    expect(isSafeFileName(name)).toBe(true);
  });

  it('nor does a backup name', () => {
    expect(backupFileName({ name: branchName }, new Date(2026, 2, 1, 9, 0, 0))).not.toMatch(/[\u202e\u200b]/u);
  });
});
