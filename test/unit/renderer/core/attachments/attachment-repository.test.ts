import { describe, expect, it } from 'vitest';
import { databasePerTest, tickingClock } from '../../support/test-database';
import { AttachmentRejectedError, createAttachmentRepository } from '../../../../../renderer/src/core/attachments/attachment-repository';

const database = databasePerTest();
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const PDF = new TextEncoder().encode('%PDF-1.7 签到表');

function setUp() {
  const db = database();
  return { db, attachments: createAttachmentRepository(db, tickingClock('2026-11-01T00:00:00.000Z')) };
}

describe('attachment repository', () => {
  it('stores a file with its sniffed type and hash, and lists it without the bytes', async () => {
    const { attachments } = setUp();
    const added = await attachments.add('b-1', 'm-1', 'signInSheet', '签到表.pdf', PDF);
    expect(added).toMatchObject({ meetingId: 'm-1', mimeType: 'application/pdf', size: PDF.length, kind: 'signInSheet' });
    expect(added.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(added).not.toHaveProperty('bytes');
    expect(await attachments.summaries([added.id, 'missing'])).toEqual([added]);
    expect((await attachments.content(added.id))?.bytes).toEqual(PDF);
  });

  it('refuses a file that is not an image or PDF, whatever its name says, and stores nothing', async () => {
    const { db, attachments } = setUp();
    const add = attachments.add('b-1', 'm-1', 'photo', '照片.jpg', new TextEncoder().encode('MZ not an image'));
    await expect(add).rejects.toBeInstanceOf(AttachmentRejectedError);
    await expect(add).rejects.toThrow('不是图片');
    expect(await db.attachments.count()).toBe(0);
  });

  it('tombstones the attachments a meeting no longer lists, dropping their bytes', async () => {
    const { db, attachments } = setUp();
    const kept = await attachments.add('b-1', 'm-1', 'photo', 'a.png', PNG);
    const dropped = await attachments.add('b-1', 'm-1', 'photo', 'b.png', PNG);
    await attachments.add('b-1', 'm-2', 'photo', 'other-meeting.png', PNG);

    expect(await attachments.releaseUnlisted('m-1', [kept.id])).toBe(1);
    const row = await db.attachments.get(dropped.id);
    expect(row).toMatchObject({ deleted: true, size: 0 });
    expect(row?.bytes.length).toBe(0);
    expect(await attachments.summaries([kept.id, dropped.id])).toEqual([kept]);
    expect(await db.attachments.where('meetingId').equals('m-2').count()).toBe(1);
  });
});
