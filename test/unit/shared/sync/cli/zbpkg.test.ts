import { describe, expect, it } from 'vitest';
import { demoOrganisation } from '../../../../../shared/sync/cli/demo';
import { runZbpkg, type CliIo } from '../../../../../shared/sync/cli/zbpkg';
import { demoIdentity, publicIdentity } from '../../../../../shared/sync/cli/identity-file';
import { sha256Hex } from '../../../../../shared/hash';
import { BRANCH, CENTRAL, branchReport, memberChange, reportFields, syncParties, withManifest } from '../../support/sync-fixture';

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

  it('verify runs the attachment-to-record check: bytes renamed to an attachment no record describes are refused', async () => {
    const { central, branch } = await syncParties();
    const bytes = new Uint8Array([1, 2, 3]);
    const record = { id: 'att-1', branchId: BRANCH, deleted: false, fileName: '签到表.jpg', size: 3, sha256: await sha256Hex(bytes) };
    const change = memberChange(1, {}, { table: 'attachments', id: 'att-1', record });
    const valid = await branchReport({ changes: [change], attachments: [{ id: 'att-1', bytes }] }, reportFields(1, 1));
    const renamed = await withManifest(valid, (manifest) => {
      (manifest.parts as { attachmentId?: string }[]).find((part) => part.attachmentId)!.attachmentId = 'att-2';
    });
    const utf8 = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
    const files = new Map([
      ['central.identity.json', utf8(await demoIdentity(CENTRAL, '院党委', central))],
      ['branch.public.json', utf8(publicIdentity(BRANCH, '内科党支部', branch))],
      ['valid.zbpkg', valid],
      ['renamed.zbpkg', renamed],
    ]);
    const keys = ['--key', 'central.identity.json', '--key', 'branch.public.json'];
    expect(await runZbpkg(['verify', 'valid.zbpkg', ...keys], memoryIo(files).io)).toBe(0);
    const run = memoryIo(files);
    expect(await runZbpkg(['verify', 'renamed.zbpkg', ...keys], run.io)).toBe(1);
    expect(run.err[0]).toMatch(/attachment-mismatch.*附件与记录不符[\s\S]*att-2/);
  });
});
