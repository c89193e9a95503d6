import { describe, expect, it } from 'vitest';
import { CONFIRMATION_OPINION_MAX, describeConfirmation, excellentNotes, noteConfirmation, type NoteConfirmationRecord } from '../../../../shared/study/note-confirmation';
import { notebookOf, studyNote } from '../support/study-fixture';

const mark = { comment: '联系临床实际', markedBy: '王书记', markedAt: '2026-11-20T08:00:00.000Z' };
const AT = new Date('2026-12-02T09:30:00.000Z');

function confirmationOf(id: string, patch: Partial<NoteConfirmationRecord> = {}): NoteConfirmationRecord {
  const stamp = { id, branchId: 'branch-1', createdAt: '', updatedAt: '', deleted: false };
  return { ...stamp, notebookId: 'nb', memberId: 'm1', materialTitle: '', confirmedBy: '组织科', confirmedAt: AT.toISOString(), opinion: '', ...patch };
}

describe('noteConfirmation', () => {
  const excellent = studyNote('2026-11-05', 2, { excellent: mark, materialTitle: '党的二十届四中全会精神' });
  const plain = studyNote('2026-11-06', 1);
  const book = notebookOf('m1', 2026, [excellent, plain]);

  it('confirms a note the branch marked excellent, with the trimmed opinion, who and when, and what it confirmed', () => {
    expect(noteConfirmation(book, excellent.id, ' 推荐全院展评 ', '组织科张三', AT)).toEqual({
      ok: true,
      content: { notebookId: book.id, memberId: 'm1', materialTitle: '党的二十届四中全会精神', confirmedBy: '组织科张三', confirmedAt: '2026-12-02T09:30:00.000Z', opinion: '推荐全院展评' },
    });
    expect(noteConfirmation(book, excellent.id, '', '组织科', AT)).toMatchObject({ ok: true, content: { opinion: '' } });
  });

  it('refuses, in Chinese, a note not marked excellent, a note or notebook that is gone, and a too long opinion', () => {
    expect(noteConfirmation(book, plain.id, '', '组织科', AT)).toEqual({ ok: false, reason: '这篇学习笔记未被支部评为优秀，不能确认。' });
    expect(noteConfirmation(book, 'note-missing', '', '组织科', AT)).toMatchObject({ ok: false, reason: expect.stringContaining('找不到这篇学习笔记') });
    expect(noteConfirmation({ ...book, deleted: true }, excellent.id, '', '组织科', AT)).toMatchObject({ ok: false });
    expect(noteConfirmation(book, excellent.id, '好'.repeat(CONFIRMATION_OPINION_MAX), '组织科', AT)).toMatchObject({ ok: true });
    expect(noteConfirmation(book, excellent.id, '好'.repeat(CONFIRMATION_OPINION_MAX + 1), '组织科', AT)).toEqual({ ok: false, reason: `确认意见不能超过 ${CONFIRMATION_OPINION_MAX} 个字。` });
  });
});

describe('excellentNotes', () => {
  const older = studyNote('2026-03-01', 2, { excellent: mark });
  const newer = studyNote('2026-10-01', 2, { excellent: mark });
  const confirmedNewest = studyNote('2026-11-01', 2, { excellent: mark });
  const notMarked = studyNote('2026-11-02', 2);
  const lastYear = studyNote('2025-11-02', 2, { excellent: mark });
  const notebooks = [
    notebookOf('m1', 2026, [older, notMarked, confirmedNewest]),
    { ...notebookOf('m2', 2026, [newer]), branchId: 'branch-2' },
    notebookOf('m1', 2025, [lastYear]),
    notebookOf('m3', 2026, [studyNote('2026-12-01', 1, { excellent: mark })], { deleted: true }),
  ];

  it('lists the year’s marked notes of every branch, waiting ones first, each group newest first', () => {
    const confirmations = new Map([[confirmedNewest.id, confirmationOf(confirmedNewest.id)]]);
    const entries = excellentNotes(notebooks, confirmations, 2026);
    expect(entries.map((entry) => [entry.note.id, entry.branchId, entry.memberId, entry.confirmation?.id ?? null])).toEqual([
      [newer.id, 'branch-2', 'm2', null],
      [older.id, 'branch-1', 'm1', null],
      [confirmedNewest.id, 'branch-1', 'm1', confirmedNewest.id],
    ]);
    expect(entries[0]!.notebookId).toBe(notebooks[1]!.id);
  });

  it('treats a deleted confirmation as none', () => {
    const entries = excellentNotes(notebooks, new Map([[older.id, confirmationOf(older.id, { deleted: true })]]), 2026);
    expect(entries.every((entry) => entry.confirmation === null)).toBe(true);
  });
});

describe('describeConfirmation', () => {
  it('says who confirmed on which day, with the opinion when there is one', () => {
    expect(describeConfirmation(confirmationOf('n', { opinion: '推荐全院展评' }))).toBe('组织部门已确认（组织科，2026-12-02）：推荐全院展评');
    expect(describeConfirmation(confirmationOf('n'))).toBe('组织部门已确认（组织科，2026-12-02）');
  });
});
