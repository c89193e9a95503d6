import { spawn } from 'node:child_process';
import * as nodeFs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../../../', import.meta.url));
const CHILD = 'test/unit/electron/main/fs/atomic-write-child.ts';
const SIZE = 4 * 1024 * 1024;

let dir: string;
beforeEach(async () => {
  dir = await nodeFs.mkdtemp(path.join(os.tmpdir(), 'branch-ledger-killed-'));
});
afterEach(async () => {
  await nodeFs.rm(dir, { recursive: true, force: true });
});

/**
 * Runs the writer in its own process and SIGKILLs it once it reported `killAfterBytes`
 * written (or lets it finish when undefined). Resolves with the last progress it reported.
 */
function runWriter(target: string, killAfterBytes?: number): Promise<{ lastWritten: number; done: boolean; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'build/scripts/run-ts.mjs'), CHILD, target, String(SIZE)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let lastWritten = 0;
    let done = false;
    let stderr = '';
    let pending = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      pending += text;
      const lines = pending.split('\n');
      pending = lines.pop()!;
      for (const line of lines) {
        if (line === 'done') done = true;
        const match = /^written (\d+)$/.exec(line);
        if (!match) continue;
        lastWritten = Number(match[1]);
        if (killAfterBytes !== undefined && lastWritten >= killAfterBytes && child.exitCode === null) child.kill('SIGKILL');
      }
    });
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal === null && code !== 0) reject(new Error(`writer failed (${code}): ${stderr}`));
      else resolve({ lastWritten, done, signal });
    });
  });
}

describe('a writer process killed in the middle of an atomic write', () => {
  it('leaves no file under the final name; only a hidden partial file, shorter than the whole', async () => {
    const target = path.join(dir, '内科第一党支部-2026.zbpkg');

    const run = await runWriter(target, SIZE / 4);

    expect(run.signal).toBe('SIGKILL');
    expect(run.done).toBe(false);
    expect(run.lastWritten).toBeLessThan(SIZE);
    await expect(nodeFs.stat(target)).rejects.toMatchObject({ code: 'ENOENT' });
    const left = await nodeFs.readdir(dir);
    expect(left).toHaveLength(1);
    expect(left[0]).toMatch(/^\.内科第一党支部-2026\.zbpkg\.[0-9a-f]{8}\.partial$/);
    expect((await nodeFs.stat(path.join(dir, left[0]!))).size).toBeLessThan(SIZE);
  }, 60_000);

  it('leaves an earlier file under the final name exactly as it was', async () => {
    const target = path.join(dir, 'backup.zbpkg');
    const old = new TextEncoder().encode('the good backup of yesterday');
    await nodeFs.writeFile(target, old);

    const run = await runWriter(target, SIZE / 4);

    expect(run.signal).toBe('SIGKILL');
    expect(new Uint8Array(await nodeFs.readFile(target))).toEqual(old);
  }, 60_000);

  it('the same writer, not killed, writes the whole file (so the kill is what made the difference)', async () => {
    const target = path.join(dir, 'backup.zbpkg');

    const run = await runWriter(target);

    expect(run).toMatchObject({ done: true, signal: null, lastWritten: SIZE });
    expect((await nodeFs.stat(target)).size).toBe(SIZE);
    expect(await nodeFs.readdir(dir)).toEqual(['backup.zbpkg']);
  }, 60_000);
});
