import { isOnRoster } from '../../../../../shared/members/roster-periods';
import { normalizedTalk, talkError, type TalkContent, type TalkRecord } from '../../../../../shared/talks/talk';
import { withOperator } from '../../../core/preferences/preferences-repository';
import type { LedgerDatabase } from '../../../db/database';
import { ledgerDb } from '../../../db/ledger-db';
import { createRecordRepository, type RecordRepositoryOptions } from '../../../db/record-repository';

/** A talk that was not stored, with the reason in Chinese for the screen. */
export class TalkRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TalkRefusedError';
  }
}

/**
 * 谈心谈话 of a branch: audited, change-tracked and sent in the 报送包 like every branch record.
 * Everyone in a talk must be on this branch's roster on the talk's day.
 */
export function createTalkRepository(db: LedgerDatabase, options?: Partial<RecordRepositoryOptions>) {
  const records = createRecordRepository(db, 'talks', withOperator(db, options));

  async function checked(branchId: string, talk: TalkContent, today: string): Promise<TalkContent> {
    const content = normalizedTalk(talk);
    const error = talkError(content, today);
    if (error) throw new TalkRefusedError(error);
    const people = await db.members.bulkGet([...content.talkerIds, ...content.memberIds]);
    const absent = people.find((member) => !member || member.branchId !== branchId || !isOnRoster(member, content.date));
    if (absent !== undefined) throw new TalkRefusedError(absent ? `${absent.name}在 ${content.date} 不在本支部名册中。` : '所选人员不在本支部名册中。');
    return content;
  }

  return {
    listByBranch: (branchId: string): Promise<TalkRecord[]> => records.listByBranch(branchId),

    async add(branchId: string, talk: TalkContent, today: string): Promise<TalkRecord> {
      return records.create(branchId, await checked(branchId, talk, today));
    },

    async update(existing: TalkRecord, talk: TalkContent, today: string): Promise<TalkRecord> {
      return records.update(existing.id, await checked(existing.branchId, talk, today));
    },

    remove: (id: string) => records.remove(id),
  };
}

export const talkRepository = createTalkRepository(ledgerDb);
