import { NOTICE_LIMITS, type NoticeRecord } from '../../../../../shared/notices/notice';
import type { LedgerDatabase } from '../../../db/database';
import { ledgerDb } from '../../../db/ledger-db';
import { createRecordRepository, type RecordRepositoryOptions } from '../../../db/record-repository';
import { withOperator } from '../../../core/preferences/preferences-repository';

export class NoticeValidationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NoticeValidationError';
  }
}

/** Central office: notices to branches, one record per branch, each sent with that branch's next return package. */
export function createNoticeRepository(db: LedgerDatabase, options?: Partial<RecordRepositoryOptions>) {
  const records = createRecordRepository(db, 'notices', withOperator(db, options));

  return {
    async send(branchIds: readonly string[], title: string, body: string, issuedBy: string): Promise<NoticeRecord[]> {
      const content = { title: title.trim(), body: body.trim(), issuedBy };
      if (!content.title) throw new NoticeValidationError('请填写通知标题。');
      if ([...content.title].length > NOTICE_LIMITS.title) throw new NoticeValidationError(`通知标题不能超过 ${NOTICE_LIMITS.title} 个字。`);
      if ([...content.body].length > NOTICE_LIMITS.body) throw new NoticeValidationError(`通知内容不能超过 ${NOTICE_LIMITS.body} 个字。`);
      if (branchIds.length === 0) throw new NoticeValidationError('请选择接收通知的支部。');
      const sent: NoticeRecord[] = [];
      for (const branchId of branchIds) sent.push(await records.create(branchId, content));
      return sent;
    },
  };
}

export const noticeRepository = createNoticeRepository(ledgerDb);
