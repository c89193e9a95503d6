import { absenceError, type AbsenceForm, type MemberAbsence } from '../../../../../shared/members/absence';
import type { MemberRecord } from '../../../../../shared/members/member';
import { newId } from '../../../../../shared/records/base-record';
import type { LedgerDatabase } from '../../../db/database';
import { ledgerDb } from '../../../db/ledger-db';
import type { RecordRepositoryOptions } from '../../../db/record-repository';
import { createMemberRepository } from './member-repository';

/** An absence that was not stored, with the reason in Chinese for the screen. */
export class AbsenceRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AbsenceRefusedError';
  }
}

const trimmed = (form: AbsenceForm): AbsenceForm => ({
  ...form,
  place: form.place.trim(),
  reason: form.reason.trim(),
  certificate: form.certificate.trim(),
  duesNote: form.duesNote.trim(),
});

/**
 * 外出 / 流动党员 periods, kept on the member record (`absences`): every change goes through the
 * member repository, so it is audited and sent in the 报送包 with the member.
 */
export function createAbsenceRepository(db: LedgerDatabase, options?: Partial<RecordRepositoryOptions>) {
  const members = createMemberRepository(db, options);

  async function memberOf(memberId: string): Promise<MemberRecord> {
    const member = await members.get(memberId);
    if (!member) throw new AbsenceRefusedError('请选择本支部名册中的党员。');
    return member;
  }

  return {
    /** Records a new absence, or replaces the one with `id` (a correction, or the return date once known). */
    async record(memberId: string, form: AbsenceForm, id?: string): Promise<MemberRecord> {
      const member = await memberOf(memberId);
      const absence = trimmed(form);
      const error = absenceError(member, absence, id);
      if (error) throw new AbsenceRefusedError(error);
      const stored: MemberAbsence = { ...absence, id: id ?? newId() };
      const absences = [...(member.absences ?? []).filter((each) => each.id !== id), stored].sort((a, b) => a.from.localeCompare(b.from));
      return members.update(memberId, { absences });
    },

    async remove(memberId: string, absenceId: string): Promise<MemberRecord> {
      const member = await memberOf(memberId);
      return members.update(memberId, { absences: (member.absences ?? []).filter((each) => each.id !== absenceId) });
    },
  };
}

export const absenceRepository = createAbsenceRepository(ledgerDb);
