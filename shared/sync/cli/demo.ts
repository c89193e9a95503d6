import { NATIONAL_RULE_SET } from '../../rules/national-rule-set';
import { utf8 } from '../bytes';
import { encodeEnrolment } from '../enrolment';
import { encodeHlc } from '../hlc';
import { fingerprint, generateSigningAndEncryptionKeys } from '../keys';
import { sha256Hex } from '../../hash';
import { encodePackage } from '../package-encode';
import type { KeySet, PackageBody, SyncChange } from '../types';
import { demoIdentity, publicIdentity } from './identity-file';

/**
 * The demonstration organisation `zbpkg demo` writes: a central office, two branches, their
 * keys, enrolment files and a few valid packages, so the format can be tried without the app.
 */

export interface DemoFile {
  name: string;
  bytes: Uint8Array;
}

const CENTRAL = { id: 'central', name: '医院党委组织部' };
const BRANCHES = [
  { id: 'branch-neike', name: '内科第一党支部', members: ['王红', '李建国', '张晓燕'] },
  { id: 'branch-waike', name: '外科党支部', members: ['陈明', '刘芳'] },
];
const SCHEMA_VERSION = 4;
const START = Date.UTC(2026, 2, 2, 1, 30, 0); // 2026-03-02 09:30 Beijing time

const json = (value: unknown) => utf8(`${JSON.stringify(value, null, 2)}\n`);

function change(origin: string, seq: number, at: number, table: string, record: Record<string, unknown>, baseHlc: string | null, changedFields: string[]): SyncChange {
  const hlc = encodeHlc({ wallMs: at, counter: 0, node: origin });
  return { table, id: String(record.id), hlc, origin, seq, baseHlc, changedFields, record };
}

/** A branch's first writes: its members (one write) and a branch meeting (the next). */
function firstReport(branch: (typeof BRANCHES)[number]): SyncChange[] {
  const stamp = { branchId: branch.id, createdAt: new Date(START).toISOString(), updatedAt: new Date(START).toISOString(), deleted: false };
  const members = branch.members.map((name, index) =>
    change(branch.id, 1, START, 'members', { ...stamp, id: `${branch.id}-m${index + 1}`, name, category: 'full' }, null, ['name', 'category']),
  );
  const meeting = change(
    branch.id,
    2,
    START + 3_600_000,
    'meetings',
    { ...stamp, id: `${branch.id}-mt1`, type: 'partyMemberAssembly', date: '2026-03-02', topic: '学习贯彻全国两会精神' },
    null,
    ['type', 'date', 'topic'],
  );
  return [...members, meeting];
}

interface Party {
  id: string;
  name: string;
  keys: KeySet;
}

async function report(from: Party, to: Party, body: PackageBody, seqFrom: number, seqTo: number, prevPackageHash: string | null, at: number) {
  return encodePackage(body, {
    manifestFields: {
      schemaVersion: SCHEMA_VERSION,
      kind: from.id === CENTRAL.id ? 'central-return' : 'branch-report',
      senderId: from.id,
      senderName: from.name,
      receiverId: to.id,
      seqFrom,
      seqTo,
      prevPackageHash,
      createdAt: new Date(at).toISOString(),
      createdHlc: encodeHlc({ wallMs: at, counter: 1, node: from.id }),
    },
    senderKeys: from.keys,
    receiverPublicKeys: to.keys.publicKeys,
  });
}

export async function demoOrganisation(): Promise<{ files: DemoFile[]; summary: string[] }> {
  const central: Party = { ...CENTRAL, keys: await generateSigningAndEncryptionKeys() };
  const files: DemoFile[] = [];
  const summary = [`${central.name} (${central.id})  指纹 fingerprint ${fingerprint(central.keys.publicKeys)}`];
  const add = (name: string, bytes: Uint8Array) => files.push({ name, bytes });
  add('central.identity.json', json(await demoIdentity(central.id, central.name, central.keys)));
  add('central.public.json', json(publicIdentity(central.id, central.name, central.keys)));
  for (const spec of BRANCHES) {
    const branch: Party = { id: spec.id, name: spec.name, keys: await generateSigningAndEncryptionKeys() };
    summary.push(`${branch.name} (${branch.id})  指纹 fingerprint ${fingerprint(branch.keys.publicKeys)}`);
    add(`${branch.id}.identity.json`, json(await demoIdentity(branch.id, branch.name, branch.keys)));
    add(`${branch.id}.public.json`, json(publicIdentity(branch.id, branch.name, branch.keys)));
    const enrolment = { branchId: branch.id, branchName: branch.name, centralId: central.id, centralName: central.name, ruleSet: NATIONAL_RULE_SET };
    add(`${branch.id}.zbenrol`, utf8(await encodeEnrolment({ ...enrolment, createdAt: new Date(START - 86_400_000).toISOString() }, central.keys)));

    const first = firstReport(spec);
    const firstPackage = await report(branch, central, { changes: first, attachments: [] }, 1, 2, null, START + 7_200_000);
    add(`${branch.id}-to-central-0001.zbpkg`, firstPackage);
    // The second report: a member's details corrected and a member removed (a tombstone, write 3).
    const [corrected, removed] = [first[0]!, first[1]!];
    const later = START + 86_400_000;
    const second = [
      change(branch.id, 3, later, 'members', { ...corrected.record, category: 'probationary', updatedAt: new Date(later).toISOString() }, corrected.hlc, ['category']),
      change(branch.id, 3, later, 'members', { ...removed.record, deleted: true, updatedAt: new Date(later).toISOString() }, removed.hlc, ['deleted']),
    ];
    add(`${branch.id}-to-central-0002.zbpkg`, await report(branch, central, { changes: second, attachments: [] }, 3, 3, await sha256Hex(firstPackage), later + 60_000));

    // The central office's return: the acknowledgement with its counts, a review of the meeting, the rule set.
    const meeting = first[first.length - 1]!;
    const reviewAt = later + 2 * 86_400_000;
    const review = change(
      central.id,
      1,
      reviewAt,
      'meetingReviews',
      { id: meeting.id, branchId: branch.id, meetingId: meeting.id, verdict: 'returned', opinion: '请补充会议议程和缺席人员的补学情况。', createdAt: new Date(reviewAt).toISOString(), updatedAt: new Date(reviewAt).toISOString(), deleted: false },
      null,
      ['meetingId', 'verdict', 'opinion'],
    );
    const acknowledgement = { upToSeq: 3, counts: { members: spec.members.length - 1, meetings: 1 }, packageId: null };
    const body: PackageBody = { changes: [review], attachments: [], acknowledgement, ruleSet: NATIONAL_RULE_SET };
    add(`central-to-${branch.id}-0001.zbpkg`, await report(central, branch, body, 1, 1, null, reviewAt + 60_000));
  }
  return { files, summary };
}
