import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const run = promisify(execFile);

/** `npm run zbpkg -- …` as a user runs it: Node, the bundling script, the real file system. */
async function zbpkg(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(ROOT, 'build/scripts/zbpkg.mjs'), ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'zbpkg-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('zbpkg on Node', () => {
  it('writes the demo organisation, verifies a package from it, and refuses it with one byte changed', async () => {
    const demo = await zbpkg('demo', dir);
    expect(demo.code).toBe(0);
    const file = path.join(dir, 'branch-neike-to-central-0002.zbpkg');
    const valid = await zbpkg('verify', file, '--key', path.join(dir, 'central.identity.json'), '--key', path.join(dir, 'branch-neike.public.json'));
    expect(valid).toMatchObject({ code: 0, stderr: '' });
    expect(valid.stdout).toContain('有效 VALID');

    const bytes = await readFile(file);
    bytes[Math.floor(bytes.length / 2)]! ^= 0x01;
    const tampered = path.join(dir, 'tampered.zbpkg');
    await writeFile(tampered, bytes);
    const refused = await zbpkg('verify', tampered);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/无效 INVALID \[[a-z-]+\]: .*已拒绝[\s\S]*\n {2}[A-Z]/);
  }, 60_000);
});
