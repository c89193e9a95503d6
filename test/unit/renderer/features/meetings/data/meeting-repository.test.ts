import { describe, expect, it } from 'vitest';
import { databasePerTest, tickingClock } from '../../../support/test-database';
import { createMeetingRepository, MeetingLockedError } from '../../../../../../renderer/src/features/meetings/data/meeting-repository';
import { createAttachmentRepository } from '../../../../../../renderer/src/core/attachments/attachment-repository';
import { newMeetingContent } from '../../../../../../shared/meetings/new-meeting';
import { NATIONAL_RULE_SET } from '../../../../../../shared/rules/national-rule-set';

const database = databasePerTest();
const rules = NATIONAL_RULE_SET.rules.meetings;
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const CONFIRMATION = { hostConfirmedBy: '王主持', recorderConfirmedBy: '李记录', confirmedAt: '2026-11-10T09:00:00.000Z' };

function setUp() {
  const db = database();
  const meetings = createMeetingRepository(db, { clock: tickingClock('2026-11-01T00:00:00.000Z'), actor: () => '王书记' });
  return { db, meetings };
}

describe('meeting repository', () => {
  it('stores a new meeting under the id its draft had, then updates it in place', async () => {
    const { meetings } = setUp();
    const content = newMeetingContent('committeeMeeting', '2026-11-05', rules);
    const created = await meetings.save('b-1', 'draft-id-1', content);
    expect(created).toMatchObject({ id: 'draft-id-1', branchId: 'b-1', sessionName: '2026年11月支部委员会', confirmation: null, review: null });

    const updated = await meetings.save('b-1', 'draft-id-1', { ...content, place: '三楼会议室' });
    expect(updated.place).toBe('三楼会议室');
    expect((await meetings.list('b-1')).map((meeting) => meeting.id)).toEqual(['draft-id-1']);
  });

  it('保存 from the editor: the record, the files taken off the list released and the draft gone, all or nothing', async () => {
    const { db, meetings } = setUp();
    const files = createAttachmentRepository(db);
    const content = newMeetingContent('partyMemberAssembly', '2026-11-05', rules);
    const kept = await files.add('b-1', 'm-9', 'photo', '签到表.png', PNG);
    const dropped = await files.add('b-1', 'm-9', 'photo', '误传.png', PNG);
    const draft = { id: 'm-9', branchId: 'b-1', isNew: true, content, savedAt: '2026-11-05T10:00:00.000Z' };
    await db.meetingDrafts.put(draft);

    const saved = await meetings.saveDraft('b-1', 'm-9', { ...content, attachmentIds: [kept.id] });
    expect(saved).toMatchObject({ id: 'm-9', attachmentIds: [kept.id] });
    expect(await db.meetingDrafts.get('m-9')).toBeUndefined();
    expect((await db.attachments.get(dropped.id))?.deleted).toBe(true);
    expect((await db.attachments.get(kept.id))?.deleted).toBe(false);

    // A save that is refused (the record was signed meanwhile) changes nothing: the draft stays for the user.
    await meetings.confirm('m-9', CONFIRMATION);
    await db.meetingDrafts.put(draft);
    await expect(meetings.saveDraft('b-1', 'm-9', { ...content, place: '改动', attachmentIds: [] })).rejects.toBeInstanceOf(MeetingLockedError);
    expect(await db.meetingDrafts.get('m-9')).toEqual(draft);
    expect((await db.attachments.get(kept.id))?.deleted).toBe(false);
    expect((await meetings.get('m-9'))?.place).toBe(content.place);
  });

  it('locks a confirmed record until 修改, and logs both the confirmation and the reopening', async () => {
    const { db, meetings } = setUp();
    const content = newMeetingContent('partyMemberAssembly', '2026-11-05', rules);
    await meetings.save('b-1', 'm-1', content);
    await meetings.confirm('m-1', CONFIRMATION);

    await expect(meetings.save('b-1', 'm-1', { ...content, place: '改动' })).rejects.toBeInstanceOf(MeetingLockedError);
    await expect(meetings.remove('m-1')).rejects.toThrow(/签字确认/);
    await expect(meetings.confirm('m-1', CONFIRMATION)).rejects.toBeInstanceOf(MeetingLockedError);

    await meetings.reopen('m-1');
    expect((await meetings.save('b-1', 'm-1', { ...content, place: '改动' })).place).toBe('改动');

    const history = (await db.auditLog.where('recordId').equals('m-1').sortBy('at')).map((entry) => entry.changes.map((change) => change.field));
    // Create, confirm, reopen, the change: the confirmation and the reopening are entries of their own.
    expect(history.filter((fields) => fields.length === 1 && fields[0] === 'confirmation')).toHaveLength(2);
    expect(history.at(-1)).toEqual(['place']);
  });

  it('accepts make-ups on a confirmed record without unlocking it', async () => {
    const { meetings } = setUp();
    await meetings.save('b-1', 'm-2', newMeetingContent('partyLecture', '2026-11-05', rules));
    await meetings.confirm('m-2', CONFIRMATION);
    const makeUp = { id: 'mu-1', memberId: 'p-1', date: '2026-11-12', method: 'selfStudy' as const, note: '' };
    const stored = await meetings.setMakeUps('m-2', [makeUp]);
    expect(stored.makeUps).toEqual([makeUp]);
    expect(stored.confirmation).toEqual(CONFIRMATION);
  });

  it('removes an unconfirmed meeting as a tombstone', async () => {
    const { db, meetings } = setUp();
    await meetings.save('b-1', 'm-3', newMeetingContent('themedPartyDay', '2026-11-05', rules));
    await meetings.remove('m-3');
    expect(await meetings.list('b-1')).toEqual([]);
    expect((await db.meetings.get('m-3'))?.deleted).toBe(true);
  });
});
