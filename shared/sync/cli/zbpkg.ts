import { PackageError } from '../errors';
import { fingerprint } from '../keys';
import { decodePackage, inspectManifest, verifyPackageSignature } from '../package-decode';
import type { TrustedKey } from '../types';
import { demoOrganisation } from './demo';
import { loadKeyFile, type LoadedKeyFile } from './identity-file';

/**
 * The `zbpkg` command line, free of Node: the caller passes the file system and the output
 * (build/scripts/zbpkg.mjs does, on Node). Exit codes: 0 valid, 1 invalid package, 2 usage.
 */
export interface CliIo {
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
  makeDirectory(path: string): Promise<void>;
  joinPath(directory: string, name: string): string;
  out(text: string): void;
  err(text: string): void;
}

export const USAGE = `用法 Usage:
  zbpkg verify <file.zbpkg> [--key <keyfile>]...   校验数据包 verify a package
  zbpkg inspect <file.zbpkg>                       显示清单 print the manifest as JSON
  zbpkg demo <dir>                                 生成演示组织 write a demonstration organisation

--key 可给多次 may be repeated: a *.public.json trusts that sender; a *.identity.json is the
receiver's own keys, so the payload is decrypted and checked as well.`;

class UsageError extends Error {}

function parse(args: readonly string[]): { command: string; file: string; keys: string[] } {
  const [command, file, ...rest] = args;
  if (!command || !file) throw new UsageError();
  const keys: string[] = [];
  for (let i = 0; i < rest.length; i += 2) {
    if (rest[i] !== '--key' || !rest[i + 1]) throw new UsageError();
    keys.push(rest[i + 1]!);
  }
  if (keys.length > 0 && command !== 'verify') throw new UsageError();
  return { command, file, keys };
}

async function loadKeys(paths: readonly string[], io: CliIo): Promise<LoadedKeyFile[]> {
  const loaded: LoadedKeyFile[] = [];
  for (const path of paths) {
    const file = await loadKeyFile(new TextDecoder().decode(await io.readFile(path)));
    if (!file) throw new UsageError(`不是密钥文件 Not a key file: ${path}`);
    loaded.push(file);
  }
  return loaded;
}

async function verify(bytes: Uint8Array, keyFiles: readonly LoadedKeyFile[], io: CliIo): Promise<void> {
  const manifest = await inspectManifest(bytes);
  // A public identity, or a demo identity of anyone but the receiver (the test vectors' sender), is a trusted sender.
  const trusted: TrustedKey[] = keyFiles.filter((file) => file.kind === 'trusted' || file.partyId !== manifest.receiverId).map((file) => file.trusted);
  const own = keyFiles.find((file): file is Extract<LoadedKeyFile, { kind: 'own' }> => file.kind === 'own' && file.partyId === manifest.receiverId);
  const sender = `${manifest.senderName} (${manifest.senderId})，指纹 fingerprint ${fingerprint(manifest.senderKeyId)}`;
  if (own) {
    const decoded = await decodePackage(bytes, {
      receiverId: own.partyId,
      receiverKeys: own.keys,
      trustedKeys: trusted,
      acceptNewSenderKey: () => trusted.length === 0,
    });
    io.out(`有效 VALID: 已验证签名、哈希并解密 signature, hashes and payload checked`);
    io.out(`  ${decoded.body.changes.length} 条变更 changes, ${decoded.body.attachments.length} 个附件 attachments, 序号 seq ${manifest.seqFrom}–${manifest.seqTo}`);
  } else {
    await verifyPackageSignature(bytes, trusted);
    io.out(`有效 VALID: 已验证签名和哈希（未解密：没有收件方 ${manifest.receiverId} 的密钥）signature and hashes checked (not decrypted: no key of receiver ${manifest.receiverId})`);
  }
  io.out(`  发送方 sender: ${sender}${trusted.length === 0 ? '（未与信任的公钥比对 not checked against a trusted key）' : ''}`);
}

async function demo(directory: string, io: CliIo): Promise<void> {
  await io.makeDirectory(directory);
  const { files, summary } = await demoOrganisation();
  for (const file of files) await io.writeFile(io.joinPath(directory, file.name), file.bytes);
  io.out(`演示组织已写入 Demo organisation written to ${directory}:`);
  for (const line of summary) io.out(`  ${line}`);
  for (const file of files) io.out(`  ${file.name}`);
  const sample = io.joinPath(directory, 'branch-neike-to-central-0001.zbpkg');
  io.out(`试试 Try: npm run zbpkg -- verify ${sample} --key ${io.joinPath(directory, 'central.identity.json')} --key ${io.joinPath(directory, 'branch-neike.public.json')}`);
}

export async function runZbpkg(args: readonly string[], io: CliIo): Promise<number> {
  try {
    const { command, file, keys } = parse(args);
    if (command === 'demo') {
      await demo(file, io);
      return 0;
    }
    if (command !== 'verify' && command !== 'inspect') throw new UsageError();
    const keyFiles = await loadKeys(keys, io);
    const bytes = await io.readFile(file);
    if (command === 'inspect') io.out(JSON.stringify(await inspectManifest(bytes), null, 2));
    else await verify(bytes, keyFiles, io);
    return 0;
  } catch (error) {
    if (error instanceof PackageError) {
      io.err(`无效 INVALID [${error.code}]: ${error.message}\n  ${error.englishMessage}`);
      return 1;
    }
    if (error instanceof UsageError) {
      io.err(error.message ? `${error.message}\n\n${USAGE}` : USAGE);
      return 2;
    }
    throw error;
  }
}
