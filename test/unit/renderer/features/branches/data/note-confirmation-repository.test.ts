import { describe, expect, it } from 'vitest';
import { databasePerTest } from '../../../support/test-database';
import { createBranchesRepository } from '../../../../../../renderer/src/features/branches/data/branches-repository';
import { createNoteConfirmationRepository } from '../../../../../../renderer/src/features/branches/data/note-confirmation-repository';
import { changeLogAfter } from '../../../../../../renderer/src/features/sync/data/outgoing-changes';
import { branchRecord } from '../../../../shared/support/meeting-fixture';
import { memberRecord } from '../../../../shared/support/member-fixture';
import { notebookOf, studyNote } from '../../../../shared/support/study-fixture';

const database = databasePerTest();
const mark = { comment: '联系临床实际，体会深刻。', markedBy: '王书记', markedAt: '2026-11-20T08:00:00.000Z' };

/** The central office PC holding one branch's notebook as its package brought it (an import writes straight to the table). */
async function centralHolding() {
  const db = database();
  await db.installation.add({ key: 'this-pc', role: 'central', name: '市人民医院党委', parentOrganizationName: '', ownerId: 'c-1', setupAt: '2026-01-01T00:00:00.000Z' });
  const member = { ...memberRecord({ name: '张晓梅', stage: 'full' }), branchId: 'b-1' };
  const excellent = studyNote('2026-11-05', 2, { excellent: mark, text: '一、全会的重大意义。' });
  const plain = studyNote('2026-11-06', 1);
  const notebook = { ...notebookOf(member.id, 2026, [excellent, plain]), branchId: 'b-1' };
  await db.branches.put(branchRecord('2026-01-01', { id: 'b-1', branchId: 'b-1' }));
  await db.members.put(member);
  await db.studyNotebooks.put(notebook);
  return { db, notebook, excellent, plain, confirmations: createNoteConfirmationRepository(db, { actor: () => '组织科' }) };
}

describe('note confirmation repository', () => {
  it('stores the confirmation under the note’s id, owned by the branch, queued in that branch’s stream, the notebook untouched', async () => {
    const { db, notebook, excellent, confirmations } = await centralHolding();
    const confirmed = await confirmations.confirm(notebook.id, excellent.id, ' 推荐全院展评 ', '组织科李四', new Date('2026-12-02T09:00:00.000Z'));
    expect(confirmed).toMatchObject({ id: excellent.id, branchId: 'b-1', notebookId: notebook.id, opinion: '推荐全院展评', confirmedBy: '组织科李四' });
    expect((await changeLogAfter(db, 'b-1', 0)).flatMap((row) => row.changes.map((change) => [change.table, change.id]))).toEqual([['noteConfirmations', excellent.id]]);
    expect(await db.studyNotebooks.get(notebook.id)).toEqual(notebook);
    expect(await db.auditLog.where('recordId').equals(excellent.id).count()).toBe(1);
  });

  it('confirms again with a new opinion as an update of the same record', async () => {
    const { db, notebook, excellent, confirmations } = await centralHolding();
    await confirmations.confirm(notebook.id, excellent.id, '', '组织科');
    const again = await confirmations.confirm(notebook.id, excellent.id, '推荐全院展评', '组织科');
    expect(again.opinion).toBe('推荐全院展评');
    expect(await db.noteConfirmations.count()).toBe(1);
  });

  it('refuses a note the branch did not mark excellent, or a notebook it does not hold, and stores nothing', async () => {
    const { db, notebook, plain, confirmations } = await centralHolding();
    await expect(confirmations.confirm(notebook.id, plain.id, '', '组织科')).rejects.toThrow('这篇学习笔记未被支部评为优秀，不能确认。');
    await expect(confirmations.confirm('notebook-none-2026', plain.id, '', '组织科')).rejects.toThrow('找不到这本学习笔记');
    expect([await db.noteConfirmations.count(), await db.changeLog.count(), await db.auditLog.count()]).toEqual([0, 0, 0]);
  });
});

describe('branches repository: excellent notes', () => {
  it('names the branch and the member of each marked note of the year, and shows the confirmation once made', async () => {
    const { db, notebook, excellent, confirmations } = await centralHolding();
    const branches = createBranchesRepository(db);
    const [before, ...rest] = await branches.excellentNotes(2026);
    expect(rest).toEqual([]);
    expect(before).toMatchObject({ branchName: '内科党支部', memberName: '张晓梅', notebookId: notebook.id, note: { id: excellent.id, text: '一、全会的重大意义。' }, confirmation: null });
    await confirmations.confirm(notebook.id, excellent.id, '', '组织科');
    expect((await branches.excellentNotes(2026))[0]!.confirmation).toMatchObject({ id: excellent.id, confirmedBy: '组织科' });
    expect(await branches.excellentNotes(2025)).toEqual([]);
  });
});
