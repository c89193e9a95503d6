import { describe, expect, it } from 'vitest';
import { databasePerTest, tickingClock } from '../../../support/test-database';
import { createNotebookRepository, NoteRejectedError } from '../../../../../../renderer/src/features/study/data/notebook-repository';
import type { StudyNoteInput } from '../../../../../../shared/study/study-types';
import { notebookIdOf } from '../../../../../../shared/study/study-types';

const database = databasePerTest();
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

function setUp() {
  const db = database();
  const notebooks = createNotebookRepository(db, { clock: tickingClock('2026-11-20T02:00:00.000Z'), actor: () => '王书记' });
  return { db, notebooks };
}

const note = (patch: Partial<StudyNoteInput> = {}): StudyNoteInput => ({
  date: '2026-11-05',
  materialTitle: '党的二十届四中全会精神',
  kind: 'documents',
  hours: 2,
  form: 'collective',
  text: '第一段\n第二段',
  attachmentId: '',
  ...patch,
});

describe('notebook repository', () => {
  it('enters one material for many members in one go: one notebook each, audited', async () => {
    const { db, notebooks } = setUp();
    const added = await notebooks.addNotes('b-1', ['m1', 'm2', 'm3', 'm4', 'm5'].map((memberId) => ({ memberId, input: note() })));
    expect(added).toHaveLength(5);
    const stored = await notebooks.list('b-1');
    expect(stored.map((book) => book.id).sort()).toEqual(['m1', 'm2', 'm3', 'm4', 'm5'].map((id) => notebookIdOf(id, 2026)).sort());
    expect(stored.every((book) => Object.keys(book.notes).length === 1 && book.year === 2026)).toBe(true);
    expect((await db.auditLog.toArray()).filter((entry) => entry.table === 'studyNotebooks' && entry.action === 'create')).toHaveLength(5);
  });

  it('keeps a member’s year in one stored value, and a new year in the next', async () => {
    const { db, notebooks } = setUp();
    await notebooks.addNotes('b-1', [{ memberId: 'm1', input: note() }]);
    await notebooks.addNotes('b-1', [
      { memberId: 'm1', input: note({ date: '2026-11-06', materialTitle: '医德医风' }) },
      { memberId: 'm1', input: note({ date: '2026-11-07', materialTitle: '党章' }) },
      { memberId: 'm1', input: note({ date: '2025-12-30', materialTitle: '去年的' }) },
    ]);
    expect(await db.studyNotebooks.count()).toBe(2);
    const book = (await notebooks.get(notebookIdOf('m1', 2026)))!;
    expect(notebooks.notesInOrder(book.notes).map((item) => item.materialTitle)).toEqual(['党的二十届四中全会精神', '医德医风', '党章']);
  });

  it('refuses a bad note in a batch with the member named, and writes nothing', async () => {
    const { db, notebooks } = setUp();
    const batch = [
      { memberId: 'm1', input: note(), name: '张三' },
      { memberId: 'm2', input: note({ hours: 0.3 }), name: '李四' },
    ];
    await expect(notebooks.addNotes('b-1', batch)).rejects.toThrow('李四：学时按半小时登记，例如 1、1.5、2。');
    await expect(notebooks.addNotes('b-1', [{ memberId: 'm1', input: note({ date: '2026-12-01' }) }])).rejects.toBeInstanceOf(NoteRejectedError);
    expect([await db.studyNotebooks.count(), await db.auditLog.count()]).toEqual([0, 0]);
  });

  it('changes a note within its year, names only that note in the audit log, and refuses another year', async () => {
    const { db, notebooks } = setUp();
    const [added] = await notebooks.addNotes('b-1', [{ memberId: 'm1', input: note() }, { memberId: 'm1', input: note({ materialTitle: '另一篇' }) }]);
    const id = notebookIdOf('m1', 2026);
    const changed = await notebooks.changeNote(id, added!.id, note({ hours: 3 }));
    expect(changed.notes[added!.id]!.hours).toBe(3);
    // Entries come back in id order (random UUIDs), not in the order written: pick the update.
    const last = (await db.auditLog.where('recordId').equals(id).toArray()).find((entry) => entry.action === 'update')!;
    expect(last.changes).toEqual([{ field: `notes.${added!.id}.hours`, before: 2, after: 3 }]);
    await expect(notebooks.changeNote(id, added!.id, note({ date: '2025-11-05' }))).rejects.toThrow(/不能改到其他年份/);
  });

  it('marks a note excellent with a comment, refuses an empty comment, and clears the mark', async () => {
    const { notebooks } = setUp();
    const [added] = await notebooks.addNotes('b-1', [{ memberId: 'm1', input: note() }]);
    const id = notebookIdOf('m1', 2026);
    await expect(notebooks.markExcellent(id, added!.id, ' ')).rejects.toThrow('请填写推荐理由（评语）。');
    const marked = await notebooks.markExcellent(id, added!.id, ' 联系临床实际 ');
    expect(marked.notes[added!.id]!.excellent).toMatchObject({ comment: '联系临床实际', markedBy: '王书记' });
    expect((await notebooks.markExcellent(id, added!.id, null)).notes[added!.id]!.excellent).toBeNull();
  });

  it('keeps a note’s photo while a note lists it, and releases it with the note', async () => {
    const { db, notebooks } = setUp();
    const photo = await notebooks.attachPhoto('b-1', 'm1', '2026-11-05', '笔记.png', PNG);
    await expect(notebooks.attachPhoto('b-1', 'm1', '2026-11-05', '笔记.jpg', new Uint8Array([1, 2, 3]))).rejects.toThrow(/不是图片/);
    const [added] = await notebooks.addNotes('b-1', [{ memberId: 'm1', input: note({ attachmentId: photo.id }) }]);
    expect((await notebooks.photo(photo.id))?.mimeType).toBe('image/png');
    await notebooks.removeNote(notebookIdOf('m1', 2026), added!.id);
    expect(await notebooks.photo(photo.id)).toBeUndefined();
    expect(Object.keys((await notebooks.get(notebookIdOf('m1', 2026)))!.notes)).toEqual([]);
    expect((await db.attachments.get(photo.id))?.deleted).toBe(true);
  });

  it('records 期初学时 per member for a year, creating notebooks where needed, audited as the opening balance', async () => {
    const { db, notebooks } = setUp();
    await notebooks.addNotes('b-1', [{ memberId: 'm1', input: note() }]);
    await notebooks.setOpeningHours('b-1', 2026, [
      { memberId: 'm1', hours: 20 },
      { memberId: 'm2', hours: 12.5 },
    ]);
    expect(await notebooks.get(notebookIdOf('m1', 2026))).toMatchObject({ openingHours: 20, notes: expect.any(Object) });
    expect(Object.keys((await notebooks.get(notebookIdOf('m1', 2026)))!.notes)).toHaveLength(1);
    expect(await notebooks.get(notebookIdOf('m2', 2026))).toMatchObject({ openingHours: 12.5, notes: {} });
    const entries = await db.auditLog.where('recordId').equals(notebookIdOf('m1', 2026)).toArray();
    expect(entries.filter((entry) => entry.action === 'update').map((entry) => entry.changes.map((change) => change.field))).toEqual([['openingHours']]);
  });

  it('refuses a bad opening balance by name and writes nothing', async () => {
    const { db, notebooks } = setUp();
    await expect(
      notebooks.setOpeningHours('b-1', 2026, [
        { memberId: 'm1', hours: 10 },
        { memberId: 'm2', hours: 3.3, name: '李秀英' },
      ]),
    ).rejects.toThrow('李秀英：学时按半小时登记，例如 1、1.5、2。');
    expect(await db.studyNotebooks.count()).toBe(0);
  });
});
