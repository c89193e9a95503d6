import { isRecord, isText } from '../../guards';
import { asPublicKeySet, exportPrivateKeys, importKeySet, type PrivateJwks } from '../keys';
import type { KeySet, PublicKeySet, TrustedKey } from '../types';

/**
 * Key files of the command-line tool. A public identity names a party and its public keys
 * (what a receiver trusts). A demo identity adds the private keys UNENCRYPTED: it exists
 * only for the demonstration organisation that `zbpkg demo` writes; the app itself keeps
 * private keys sealed and backs them up only under a passphrase (.zbkey).
 */
export interface PublicIdentityFile {
  format: 'zbpkg-public-identity';
  partyId: string;
  name: string;
  publicKeys: PublicKeySet;
}

export interface DemoIdentityFile extends Omit<PublicIdentityFile, 'format'> {
  format: 'zbpkg-demo-identity';
  warning: string;
  privateKeys: PrivateJwks;
}

export type LoadedKeyFile = { kind: 'trusted'; trusted: TrustedKey } | { kind: 'own'; partyId: string; keys: KeySet; trusted: TrustedKey };

export function publicIdentity(partyId: string, name: string, keys: KeySet): PublicIdentityFile {
  return { format: 'zbpkg-public-identity', partyId, name, publicKeys: keys.publicKeys };
}

export async function demoIdentity(partyId: string, name: string, keys: KeySet): Promise<DemoIdentityFile> {
  return {
    format: 'zbpkg-demo-identity',
    warning: 'Demonstration keys, stored unencrypted: never use them for real data. 演示用密钥，未加密保存，切勿用于真实数据。',
    partyId,
    name,
    publicKeys: keys.publicKeys,
    privateKeys: await exportPrivateKeys(keys),
  };
}

/** A key file's keys, or null when the text is neither kind of identity file. */
export async function loadKeyFile(text: string): Promise<LoadedKeyFile | null> {
  let x: unknown;
  try {
    x = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(x) || !isText(x.partyId)) return null;
  const publicKeys = await asPublicKeySet(x.publicKeys);
  if (!publicKeys) return null;
  const trusted: TrustedKey = { partyId: x.partyId, publicKeys };
  if (x.format === 'zbpkg-public-identity') return { kind: 'trusted', trusted };
  if (x.format !== 'zbpkg-demo-identity' || !isRecord(x.privateKeys)) return null;
  try {
    return { kind: 'own', partyId: x.partyId, keys: await importKeySet(publicKeys, x.privateKeys as unknown as PrivateJwks), trusted };
  } catch {
    return null;
  }
}
