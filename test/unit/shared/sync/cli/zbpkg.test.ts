import { describe, expect, it } from 'vitest';
import { demoOrganisation } from '../../../../../shared/sync/cli/demo';
import { runZbpkg, type CliIo } from '../../../../../shared/sync/cli/zbpkg';

/** The command line over an in-memory folder. */
function memoryIo(files: Map<string, Uint8Array>) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readFile: async (path) => {
      const bytes = files.get(path);
      if (!bytes) throw new Error(`ENOENT ${path}`);
      return bytes;
    },
    writeFile: async (path, bytes) => void files.set(path, bytes),
    makeDirectory: async () => {},
    joinPath: (dir, name) => `${dir}/${name}`,
    out: (text) => out.push(text),
    err: (text) => err.push(text),
  };
  return { io, out, err };
}

describe('zbpkg', () => {
  it('writes a demo organisation whose every package verifies with the receiver’s keys and a trusted sender', async () => {
    const files = new Map<string, Uint8Array>();
    const { io } = memoryIo(files);
    expect(await runZbpkg(['demo', 'demo'], io)).toBe(0);
    const packages = [...files.keys()].filter((name) => name.endsWith('.zbpkg'));
    expect(packages).toHaveLength(6);
    for (const name of packages) {
      const [, sender, receiver] = /^demo\/(.+)-to-(.+?)-\d{4}\.zbpkg$/.exec(name)!;
      const run = memoryIo(files);
      const code = await runZbpkg(['verify', name, '--key', `demo/${receiver}.identity.json`, '--key', `demo/${sender}.public.json`], run.io);
      expect({ name, code, err: run.err }).toEqual({ name, code: 0, err: [] });
      expect(run.out[0]).toContain('已验证签名、哈希并解密');
    }
  });

  it('refuses, with a Chinese and an English reason, a package from an untrusted sender or for another receiver', async () => {
    const files = new Map((await demoOrganisation()).files.map((file) => [`d/${file.name}`, file.bytes] as const));
    const wrongSender = memoryIo(files);
    expect(await runZbpkg(['verify', 'd/branch-neike-to-central-0001.zbpkg', '--key', 'd/branch-waike.public.json'], wrongSender.io)).toBe(1);
    expect(wrongSender.err[0]).toMatch(/unknown-sender-key.*信任列表[\s\S]*not trusted/);
    const damaged = files.get('d/central-to-branch-waike-0001.zbpkg')!.slice();
    damaged[damaged.length - 30]! ^= 0xff;
    files.set('d/damaged.zbpkg', damaged);
    const run = memoryIo(files);
    expect(await runZbpkg(['verify', 'd/damaged.zbpkg'], run.io)).toBe(1);
    expect(run.err[0]).toMatch(/无效 INVALID/);
  });

  it('prints the manifest as JSON, and the usage for a wrong command', async () => {
    const files = new Map((await demoOrganisation()).files.map((file) => [file.name, file.bytes] as const));
    const run = memoryIo(files);
    expect(await runZbpkg(['inspect', 'central-to-branch-neike-0001.zbpkg'], run.io)).toBe(0);
    expect(JSON.parse(run.out.join('\n'))).toMatchObject({ kind: 'central-return', senderId: 'central', receiverId: 'branch-neike', counts: { meetingReviews: 1 } });
    const usage = memoryIo(files);
    expect(await runZbpkg(['inspect'], usage.io)).toBe(2);
    expect(usage.err[0]).toContain('用法 Usage');
    expect(await runZbpkg(['inspect', 'x.zbpkg', '--key', 'k'], usage.io)).toBe(2);
  });
});
