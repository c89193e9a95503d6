import { describe, expect, it } from 'vitest';
import { databasePerTest } from '../../../support/test-database';
import { createDraftRepository } from '../../../../../../renderer/src/features/meetings/data/draft-repository';
import type { MeetingDraft } from '../../../../../../shared/meetings/meeting-types';
import { newMeetingContent } from '../../../../../../shared/meetings/new-meeting';
import { NATIONAL_RULE_SET } from '../../../../../../shared/rules/national-rule-set';

const database = databasePerTest();

function draft(id: string, branchId: string, savedAt: string): MeetingDraft {
  return { id, branchId, isNew: true, savedAt, content: newMeetingContent('committeeMeeting', '2026-11-05', NATIONAL_RULE_SET.rules.meetings) };
}

describe('draft repository', () => {
  it('keeps the latest save of each draft and lists a branch’s drafts newest first', async () => {
    const drafts = createDraftRepository(database());
    await drafts.save(draft('d-1', 'b-1', '2026-11-05T08:00:00.000Z'));
    await drafts.save(draft('d-2', 'b-1', '2026-11-05T09:00:00.000Z'));
    await drafts.save(draft('d-3', 'b-2', '2026-11-05T10:00:00.000Z'));
    await drafts.save({ ...draft('d-1', 'b-1', '2026-11-05T11:00:00.000Z'), content: { ...draft('d-1', 'b-1', '').content, place: '示教室' } });

    expect((await drafts.list('b-1')).map((item) => item.id)).toEqual(['d-1', 'd-2']);
    expect((await drafts.get('d-1'))?.content.place).toBe('示教室');

    await drafts.discard('d-1');
    expect(await drafts.get('d-1')).toBeUndefined();
  });
});
