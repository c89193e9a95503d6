import { describe, expect, it } from 'vitest';
import { decodeEnrolment, encodeEnrolment } from '../../../../shared/sync/enrolment';
import { PackageError } from '../../../../shared/sync/errors';
import { fingerprint } from '../../../../shared/sync/keys';
import { NATIONAL_RULE_SET } from '../../../../shared/rules/national-rule-set';
import { syncParties } from '../support/sync-fixture';

const input = { branchId: 'branch-7', branchName: '内科第二党支部', centralId: 'central', centralName: '医院党委组织部', ruleSet: NATIONAL_RULE_SET };

async function refusal(text: string): Promise<PackageError> {
  const error = await decodeEnrolment(text).then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(PackageError);
  return error as PackageError;
}

describe('enrolment file', () => {
  it('carries the branch, the central keys and the rule set, signed by the central office', async () => {
    const { central } = await syncParties();
    const enrolment = await decodeEnrolment(await encodeEnrolment(input, central));
    expect(enrolment).toMatchObject({ ...input, centralPublicKeys: central.publicKeys, format: 'zbenrol', version: 1 });
    expect(fingerprint(enrolment.centralPublicKeys)).toBe(fingerprint(central.publicKeys));
  });

  it('refuses an altered enrolment (another branch name) and a foreign signature', async () => {
    const { central, other } = await syncParties();
    const file = JSON.parse(await encodeEnrolment(input, central)) as { enrolment: string; signature: string };
    const altered = { ...file, enrolment: file.enrolment.replace('内科第二党支部', '外科党支部') };
    const error = await refusal(JSON.stringify(altered));
    expect(error.code).toBe('enrolment-invalid');
    expect(error.message).toContain('签名校验失败');
    const foreign = JSON.parse(await encodeEnrolment(input, other)) as { signature: string };
    expect((await refusal(JSON.stringify({ ...file, signature: foreign.signature }))).code).toBe('enrolment-invalid');
  });

  it('refuses what is not an enrolment file, in Chinese', async () => {
    expect((await refusal('{')).message).toContain('登记文件无效');
    expect((await refusal('{"format":"zbpkg"}')).code).toBe('enrolment-invalid');
  });

  it('refuses a file with a duplicate key or an integer written as 1.0 (strict JSON)', async () => {
    const { central } = await syncParties();
    const text = await encodeEnrolment(input, central);
    expect(await decodeEnrolment(text)).toMatchObject({ branchId: 'branch-7' });
    expect((await refusal(text.replace('"version": 1,', '"version": 1.0,'))).code).toBe('enrolment-invalid');
    expect((await refusal(text.replace('"format": "zbenrol",', '"format": "zbenrol",\n  "format": "zbenrol",'))).code).toBe('enrolment-invalid');
  });
});
