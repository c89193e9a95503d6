import { beforeAll, describe, expect, it } from 'vitest';
import { utf8 } from '../../../../shared/sync/bytes';
import { NdjsonReader } from '../../../../shared/sync/ndjson';
import { readExtras } from '../../../../shared/sync/package-decode';
import { PackageError } from '../../../../shared/sync/errors';
import { signManifest } from '../../../../shared/sync/package-crypto';
import { parseStrictJson, strictJsonProblem } from '../../../../shared/sync/strict-json';
import { readZip, writeZip } from '../../../../shared/sync/zip';
import { branchReport, decodeOutcome, memberChange, reportFields, syncParties } from '../support/sync-fixture';

// What JSON.parse lets through but a strict reader in another language refuses: each must be
// refused by the app too, so that a package means the same to every reader.
let valid: Uint8Array;

beforeAll(async () => {
  valid = await branchReport({ changes: [memberChange(1)], attachments: [] }, reportFields(1, 1));
});

/** The package with its manifest text rewritten (and signed again by the real sender). */
async function withManifestText(rewrite: (text: string) => string): Promise<Uint8Array> {
  const { branch } = await syncParties();
  const all = readZip(valid);
  const text = rewrite(new TextDecoder().decode(all.get('manifest.json')));
  const bytes = text.startsWith('\ufeff') ? new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text.slice(1))]) : utf8(text);
  all.set('manifest.json', bytes);
  all.set('manifest.sig', await signManifest(bytes, branch.signingPrivateKey));
  return writeZip([...all]);
}

const codeOf = (work: () => unknown) => {
  try {
    work();
    return 'accepted';
  } catch (error) {
    return error instanceof PackageError ? error.code : String(error);
  }
};

describe('strict JSON in a package', () => {
  it('the unchanged package is accepted (the rewrite harness refuses nothing by itself)', async () => {
    expect(await decodeOutcome(await withManifestText((text) => text))).toBe('accepted');
  });

  it.each([
    ['a leading byte-order mark', (text: string) => `\ufeff${text}`],
    ['an integer written as 1.0', (text: string) => text.replace('"formatVersion": 1,', '"formatVersion": 1.0,')],
    ['an integer written with an exponent', (text: string) => text.replace(/"schemaVersion": (\d+)/, '"schemaVersion": $1e0')],
    ['a count written as 1.0', (text: string) => text.replace(/"changeCount": 1/, '"changeCount": 1.0')],
    ['a duplicate key (the last one wins in JSON.parse)', (text: string) => text.replace('"senderName": ', '"senderName": "冒名支部",\n  "senderName": ')],
    ['a duplicate key inside a part', (text: string) => text.replace('"kind": "changes",', '"kind": "changes",\n      "kind": "changes",')],
  ])('refuses a manifest with %s', async (_label, rewrite) => {
    const rewritten = await withManifestText(rewrite);
    expect(readZip(rewritten).get('manifest.json')).not.toEqual(readZip(valid).get('manifest.json'));
    expect(await decodeOutcome(rewritten)).toBe('manifest-invalid');
  });

  it('refuses NDJSON changes with a BOM, a duplicate key or an integer written as 1.0', () => {
    const line = JSON.stringify(memberChange(1));
    for (const text of [`\ufeff${line}\n`, `${line.replace('"seq":1', '"seq":1.0')}\n`, `${line.replace('"seq":1,', '"seq":1,"seq":1,')}\n`]) {
      expect(text).not.toBe(`${line}\n`);
      expect(codeOf(() => {
        const reader = new NdjsonReader();
        reader.push(utf8(text));
        reader.end();
      }), text.slice(0, 30)).toBe('payload-invalid');
    }
    const reader = new NdjsonReader();
    reader.push(utf8(`${line}\n`));
    expect(reader.end()).toEqual([memberChange(1)]);
  });

  it('refuses extras with a BOM, a duplicate key or an integer written as 1.0', () => {
    const extras = '{"acknowledgement":{"upToSeq":3,"counts":{"members":2},"packageId":null}}';
    expect(readExtras(utf8(extras), 'central-return')).toEqual({ acknowledgement: { upToSeq: 3, counts: { members: 2 }, packageId: null } });
    for (const text of [`\ufeff${extras}`, extras.replace('"upToSeq":3', '"upToSeq":3.0'), extras.replace('"upToSeq":3', '"upToSeq":2,"upToSeq":3')]) {
      expect(codeOf(() => readExtras(utf8(text), 'central-return')), text).toBe('payload-invalid');
    }
  });
});

describe('duplicate keys, however they are written', () => {
  it('finds a key written once plainly and once with escapes, and accepts distinct keys that look alike', () => {
    expect(strictJsonProblem('{"name":1,"\\u006eame":2}')).toBe('duplicate key "name"');
    expect(strictJsonProblem('{"a\\"b":1,"a\\u0022b":2}')).toBe('duplicate key "a\\"b"');
    expect(strictJsonProblem('{"name":1,"Name":2,"nam\\u00e9":3,"inner":{"name":4}}')).toBeNull();
  });
});

describe('parseStrictJson: keys counted, named only when a count differs', () => {
  const wide = (extra: string) => `{${Array.from({ length: 20 }, (_, i) => `"field${i}":${i}`).join(',')}${extra}}`;
  const problemOf = (text: string) => {
    try {
      parseStrictJson(text);
      return null;
    } catch (error) {
      return (error as Error).message;
    }
  };

  it('names a key written twice in a wide object, deep inside an array, or once escaped', () => {
    expect(problemOf(wide(''))).toBeNull();
    expect(problemOf(wide(',"field3":3'))).toBe('duplicate key "field3"');
    expect(strictJsonProblem(wide(',"field3":3'))).toBe('duplicate key "field3"');
    expect(problemOf('[{"a":[{"b":1}]},{"a":[{"b":1,"c":{"d":1,"d":2}}]}]')).toBe('duplicate key "d"');
    expect(problemOf('{"x":{"name":1},"y":{"\\u006eame":2,"name":3}}')).toBe('duplicate key "name"');
  });

  it('is not misled by quotes, colons and numbers inside strings, nor by keys JSON.parse orders differently', () => {
    expect(problemOf('{"a":"\\":1.0, -0","b":["[1.0]",{"c":"x\\"y"}],"2":1,"1":{"k":"v"}}')).toBeNull();
    expect(parseStrictJson('{"2":1,"1":{"k":"v"},"hours":2.5,"big":1e300}')).toEqual({ 1: { k: 'v' }, 2: 1, hours: 2.5, big: 1e300 });
  });

  it('refuses an integer written as a float or as -0 wherever it stands', () => {
    for (const text of ['1.0', '-0', '[1,2e0]', '{"a":[{"b":-0.0}]}', '{"a" : 10E-1}']) expect(problemOf(text), text).toMatch(/^integer written as /);
  });
});
