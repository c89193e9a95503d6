import { describe, expect, it } from 'vitest';
import { databasePerTest } from '../../../support/test-database';
import { carry, enrolledPair, syncActor as actor } from '../../../support/sync-pair';
import { createAttachmentRepository } from '../../../../../../renderer/src/core/attachments/attachment-repository';
import { createDocumentRepository } from '../../../../../../renderer/src/features/documents/data/document-repository';
import { DOCUMENT_FILE_MAX_BYTES, publicationsOf } from '../../../../../../shared/documents/document';
import { FieldInputError } from '../../../../../../shared/records/field-input-error';

const database = databasePerTest();
const TODAY = '2026-12-05';
const PDF = new Uint8Array([...new TextEncoder().encode('%PDF-1.7\n'), ...new Uint8Array(4096).fill(7)]);
const DOCUMENT_FILES = { maxBytes: DOCUMENT_FILE_MAX_BYTES, officeFiles: true };

describe('文件 between the central office and a branch', () => {
  it('a document with a PDF travels to the branch in the return; the branch opens it and its 阅读回执 comes back in the report', async () => {
    const { central, branch, branchId } = await enrolledPair(database);
    // The office writes to a branch once its first report brought the branch's key.
    await carry(branch, central);
    const officeId = (await central.installation.get('this-pc'))!.ownerId;
    const officeFiles = createAttachmentRepository(central);
    const officeDocuments = createDocumentRepository(central, { actor });

    // The size limit: a file one byte over is refused in Chinese and nothing is stored.
    const tooBig = new Uint8Array(DOCUMENT_FILE_MAX_BYTES + 1);
    tooBig.set(PDF.subarray(0, 9));
    await expect(officeFiles.add(officeId, 'publication-1', 'other', '扫描件.pdf', tooBig, DOCUMENT_FILES)).rejects.toThrow('有 20,971,521 字节，超过了单个附件 20.0 MB（20,971,520 字节）的上限');
    expect(await central.attachments.count()).toBe(0);

    const pdf = await officeFiles.add(officeId, 'publication-1', 'other', '党支部工作条例.pdf', PDF, DOCUMENT_FILES);
    const input = { kind: 'regulation' as const, title: '关于印发《党支部工作规范》的通知', number: '院党委发〔2026〕12号', date: '2026-12-01', body: '各党支部：\n现将规范印发给你们，请认真贯彻执行。'.padEnd(3000, '。'), attachmentIds: [pdf.id] };
    // Refused whole: no branch chosen; nothing written.
    await expect(officeDocuments.publish('publication-1', [], input, '市人民医院党委', TODAY)).rejects.toThrow(new FieldInputError({ branchIds: '请选择接收文件的支部。' }));
    expect(await central.documents.count()).toBe(0);
    // More than the 2,000 characters a notice could hold.
    const [sent] = await officeDocuments.publish('publication-1', [branchId], input, '市人民医院党委', TODAY);
    expect(sent!.body.length).toBe(3000);

    const toBranch = await carry(central, branch, branchId);
    expect(toBranch.manifest.counts).toMatchObject({ documents: 1, attachments: 1 });
    const documents = createDocumentRepository(branch, { actor });
    const [received] = await documents.received(branchId);
    expect(received).toMatchObject({ title: input.title, number: input.number, kind: 'regulation', issuedBy: '市人民医院党委', publicationId: 'publication-1' });
    const file = await createAttachmentRepository(branch).content(received!.attachmentIds[0]!);
    expect(file).toMatchObject({ fileName: '党支部工作条例.pdf', mimeType: 'application/pdf', branchId });
    expect(file!.bytes).toEqual(PDF);

    // Opened twice: one receipt, at the first opening.
    await documents.markRead(received!, new Date('2026-12-06T01:00:00.000Z'));
    expect(await documents.markRead(received!, new Date('2026-12-07T01:00:00.000Z'))).toBeUndefined();
    const report = await carry(branch, central);
    expect(report.manifest.counts).toEqual({ documentReceipts: 1 });

    const [publication] = publicationsOf(await officeDocuments.published(), await officeDocuments.receipts());
    expect(publication!.readCount).toBe(1);
    expect(publication!.recipients).toEqual([{ branchId, documentId: received!.id, readAt: '2026-12-06T01:00:00.000Z', reader: '王书记' }]);
  });

  it('a branch keeps documents of its own, checked, and they travel in its report', async () => {
    const { central, branch, branchId } = await enrolledPair(database);
    const documents = createDocumentRepository(branch, { actor });
    const input = { kind: 'paperReceived' as const, title: '区卫健委关于冬季义诊的通知', number: '', date: '2026-11-20', body: '', attachmentIds: [] };
    await expect(documents.saveOwn(branchId, 'own-1', input, TODAY)).rejects.toThrow('请填写正文或添加附件。');
    await expect(documents.saveOwn(branchId, 'own-1', { ...input, kind: 'regulation' as never, body: '正文' }, TODAY)).rejects.toThrow('请选择文件类别。');
    expect(await branch.branchDocuments.count()).toBe(0);
    await documents.saveOwn(branchId, 'own-1', { ...input, body: '组织党员医生参加社区义诊。' }, TODAY);
    const report = await carry(branch, central);
    expect(report.manifest.counts).toMatchObject({ branchDocuments: 1 });
    expect(await central.branchDocuments.get('own-1')).toMatchObject({ title: input.title, branchId });
  });

  it('a branch deletes a document of its own after the fact: the deletion and its file go in the report; an office document cannot be deleted there', async () => {
    const { central, branch, branchId } = await enrolledPair(database);
    await carry(branch, central);
    const officeDocuments = createDocumentRepository(central, { actor });
    const [sent] = await officeDocuments.publish('publication-1', [branchId], { kind: 'notice', title: '关于年终考核的通知', number: '', date: '2026-12-01', body: '请按时报送。', attachmentIds: [] }, '市人民医院党委', TODAY);
    await carry(central, branch, branchId);

    const documents = createDocumentRepository(branch, { actor });
    const scan = await createAttachmentRepository(branch).add(branchId, 'own-1', 'other', '来文扫描.pdf', PDF, DOCUMENT_FILES);
    await documents.saveOwn(branchId, 'own-1', { kind: 'paperReceived', title: '区卫健委来文', number: '', date: '2026-11-20', body: '', attachmentIds: [scan.id] }, TODAY);
    // Ten more that stay: one deletion among many is not a mass deletion the import asks about.
    for (let n = 2; n <= 11; n += 1) await documents.saveOwn(branchId, `own-${n}`, { kind: 'branchRegulation', title: `支部制度${n}`, number: '', date: '2026-11-20', body: '制度正文', attachmentIds: [] }, TODAY);
    await carry(branch, central);
    expect(await central.branchDocuments.get('own-1')).toMatchObject({ deleted: false });

    // The office's document: refused, and it stays as it was.
    await expect(documents.removeOwn(sent!.id)).rejects.toThrow('院党委发布的文件不能由支部删除');
    expect(await branch.documents.get(sent!.id)).toMatchObject({ deleted: false, title: '关于年终考核的通知' });

    await documents.removeOwn('own-1');
    expect((await documents.own(branchId)).map((document) => document.id)).not.toContain('own-1');
    expect(await documents.own(branchId)).toHaveLength(10);
    expect(await branch.auditLog.where('recordId').equals('own-1').toArray()).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'delete' })]));
    await carry(branch, central);
    expect(await central.branchDocuments.get('own-1')).toMatchObject({ deleted: true });
    expect(await central.attachments.get(scan.id)).toMatchObject({ deleted: true });
    // Twice: said, nothing written.
    await expect(documents.removeOwn('own-1')).rejects.toThrow('本支部文件中没有这份文件');
  });
});
