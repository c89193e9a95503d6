import { isCount, isRecord, isText } from '../guards';
import { sha256Hex } from '../hash';
import { PackageError, detail } from './errors';
import { parseHlc } from './hlc';
import type { Acknowledgement, PackageBody, PackageManifest, SyncChange } from './types';

/**
 * The checks that need the decrypted payload: every change well-formed and from the
 * sender, the sequence range exactly covered, the counts what the manifest says. The
 * encoder runs them too, so that it never writes a package the decoder would refuse.
 */

const CHANGE_FIELDS = ['table', 'id', 'hlc', 'origin', 'seq', 'baseHlc', 'changedFields', 'record'] as const satisfies readonly (keyof SyncChange)[];

function invalid(zh: string, en: string): PackageError {
  return new PackageError('payload-invalid', detail(zh, en));
}

/** One change as read from a line; throws payload-invalid naming the change. */
export function asSyncChange(x: unknown, index: number, senderId: string): SyncChange {
  const at = `第 ${index + 1} 条记录`;
  const en = `change ${index + 1}`;
  if (!isRecord(x)) throw invalid(at, en);
  const keys = Object.keys(x);
  if (keys.length !== CHANGE_FIELDS.length || !CHANGE_FIELDS.every((field) => field in x)) throw invalid(`${at}字段不符`, `${en}: fields`);
  const bad = (field: string) => invalid(`${at}的 ${field}`, `${en}: ${field}`);
  if (!isText(x.table)) throw bad('table');
  if (!isText(x.id)) throw bad('id');
  if (x.origin !== senderId) throw bad('origin');
  if (typeof x.hlc !== 'string' || parseHlc(x.hlc)?.node !== senderId) throw bad('hlc');
  if (x.baseHlc !== null && (typeof x.baseHlc !== 'string' || !parseHlc(x.baseHlc) || x.baseHlc >= x.hlc)) throw bad('baseHlc');
  if (!Number.isSafeInteger(x.seq)) throw bad('seq');
  if (!Array.isArray(x.changedFields) || !x.changedFields.every(isText)) throw bad('changedFields');
  const record = x.record;
  if (!isRecord(record) || record.id !== x.id || typeof record.deleted !== 'boolean') throw bad('record');
  return x as unknown as SyncChange;
}

function sameCounts(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => a[key] === b[key]);
}

/** Changes per table, as the manifest's counts give them. */
export function countByTable(changes: readonly SyncChange[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const change of changes) counts[change.table] = (counts[change.table] ?? 0) + 1;
  return counts;
}

function checkAcknowledgement(x: unknown): Acknowledgement {
  const ok =
    isRecord(x) &&
    Object.keys(x).length === 3 &&
    isCount(x.upToSeq) &&
    isRecord(x.counts) &&
    Object.values(x.counts).every(isCount) &&
    (x.packageId === null || isText(x.packageId));
  if (!ok) throw invalid('回执格式有误', 'acknowledgement');
  return x as unknown as Acknowledgement;
}

const EXTRAS_KEYS = new Set(['acknowledgement', 'ruleSet', 'keyRotation']);

/** The extras part's content (`present`: read from an extras part, not absent), checked for the kind of package it came in. */
export function checkExtras(x: unknown, kind: PackageManifest['kind'], present = false): Pick<PackageBody, 'acknowledgement' | 'ruleSet' | 'keyRotation'> {
  if (!isRecord(x) || !Object.keys(x).every((key) => EXTRAS_KEYS.has(key))) throw invalid('附加内容格式有误', 'extras');
  // Acknowledgements and rule sets come from the central office only.
  if (kind !== 'central-return' && Object.keys(x).length > 0) throw invalid('报送包不应含有回执或规则', 'a branch report carries no extras');
  // Present means not empty: the writer leaves the part out when it has nothing to carry, so an empty one has one form only.
  if (kind === 'central-return' && present && Object.keys(x).length === 0) throw invalid('附加内容为空', 'an extras part is never empty');
  const extras: Pick<PackageBody, 'acknowledgement' | 'ruleSet' | 'keyRotation'> = {};
  if ('acknowledgement' in x) extras.acknowledgement = checkAcknowledgement(x.acknowledgement);
  if ('ruleSet' in x) extras.ruleSet = x.ruleSet;
  if ('keyRotation' in x) extras.keyRotation = x.keyRotation;
  return extras;
}

/** The payload against the manifest: counts, sequence range, attachments. */
export function checkPayloadAgainstManifest(manifest: PackageManifest, body: PackageBody): void {
  const { changes, attachments } = body;
  if (changes.length !== manifest.changeCount) {
    throw new PackageError('count-mismatch', detail(`清单 ${manifest.changeCount} 条，实有 ${changes.length} 条`, `manifest ${manifest.changeCount}, found ${changes.length}`));
  }
  if (!sameCounts(countByTable(changes), manifest.counts)) throw new PackageError('count-mismatch', detail('各表记录数', 'per-table counts'));
  if (attachments.length !== manifest.attachmentCount) throw new PackageError('count-mismatch', detail('附件数量', 'attachment count'));
  if (new Set(attachments.map((attachment) => attachment.id)).size !== attachments.length) throw invalid('附件编号重复', 'duplicate attachment id');
  checkSequenceRange(manifest, changes);
}

function rangeError(zh: string, en: string): PackageError {
  return new PackageError('sequence-invalid', detail(zh, en));
}

/**
 * The changes against seqFrom..seqTo. Several changes of one write share its seq, and a
 * package carries only the latest version of a record, so seqs may repeat and skip inside
 * the range; but they never leave it or go backwards, the range is empty exactly when there
 * are no changes, and the last write (seqTo) is always there, since nothing can supersede it.
 */
function checkSequenceRange(manifest: PackageManifest, changes: readonly SyncChange[]): void {
  const { seqFrom, seqTo } = manifest;
  if ((changes.length === 0) !== seqTo < seqFrom) {
    throw rangeError(`序号 ${seqFrom}–${seqTo} 与 ${changes.length} 条记录不符`, `range ${seqFrom}-${seqTo} with ${changes.length} changes`);
  }
  changes.forEach((change, index) => {
    const previous = index === 0 ? seqFrom : changes[index - 1]!.seq;
    if (change.seq < previous || change.seq > seqTo) {
      throw rangeError(`第 ${index + 1} 条记录的序号 ${change.seq} 超出范围或顺序颠倒`, `change ${index + 1}: seq ${change.seq} out of range or order`);
    }
  });
  if (changes.length > 0 && changes[changes.length - 1]!.seq !== seqTo) throw rangeError(`缺少第 ${seqTo} 号变更`, `no change with seq ${seqTo}`);
}

/**
 * Every attachment part belongs to a live `attachments` change of the same package, of its
 * size and SHA-256: the signature proves who sent a package, not that the sender's program
 * paired the bytes with the right record (a re-signed manifest renaming an attachment part
 * would otherwise store a record without its bytes).
 */
export async function checkAttachmentsAgainstRecords(body: PackageBody): Promise<void> {
  const records = new Map(body.changes.filter((change) => change.table === 'attachments').map((change) => [change.id, change.record]));
  for (const attachment of body.attachments) {
    const record = records.get(attachment.id);
    if (!record || record.deleted) throw new PackageError('attachment-mismatch', detail(`附件 ${attachment.id} 没有对应的记录`, `attachment ${attachment.id} has no live record`));
    if (record.size !== attachment.bytes.length || record.sha256 !== (await sha256Hex(attachment.bytes))) {
      throw new PackageError('attachment-mismatch', detail(`附件“${String(record.fileName)}”的内容与记录不符`, `attachment ${attachment.id}: size or SHA-256 differs from its record`));
    }
  }
}
