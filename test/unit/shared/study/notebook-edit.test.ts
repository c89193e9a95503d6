import { describe, expect, it } from 'vitest';
import { notesInOrder, withExcellentMark, withNoteAdded, withNoteChanged, withNoteRemoved } from '../../../../shared/study/notebook-edit';
import type { StudyNoteInput } from '../../../../shared/study/study-types';

const input = (date: string, materialTitle: string): StudyNoteInput => ({ date, materialTitle, kind: 'other', hours: 1, form: 'selfStudy', text: '', attachmentId: '' });
const ids = (notes: Parameters<typeof notesInOrder>[0]) => notesInOrder(notes).map((note) => note.id);

describe('notebook edits', () => {
  const first = withNoteAdded({}, input('2026-05-01', ' 五月材料 '), 'n1');
  const second = withNoteAdded(first.notes, input('2026-02-01', '二月材料'), 'n2');
  const third = withNoteAdded(second.notes, input('2026-05-01', '五月第二篇'), 'n3');

  it('reads notes in date order, the order typed within a day, and trims the title', () => {
    expect(ids(third.notes)).toEqual(['n2', 'n1', 'n3']);
    expect(first.note).toMatchObject({ materialTitle: '五月材料', excellent: null });
  });

  it('changes a note’s content but keeps its id and excellent mark, leaving the others as they were', () => {
    const marked = withExcellentMark(third.notes, 'n1', { comment: '联系实际', markedBy: '书记', markedAt: '2026-06-01T00:00:00.000Z' });
    const changed = withNoteChanged(marked, 'n1', input('2026-01-15', '一月材料'));
    expect(ids(changed)).toEqual(['n1', 'n2', 'n3']);
    expect(changed.n1).toMatchObject({ materialTitle: '一月材料', excellent: { comment: '联系实际' } });
    expect(changed.n2).toBe(third.notes.n2);
    expect(withExcellentMark(changed, 'n1', null).n1!.excellent).toBeNull();
  });

  it('removes one note, and refuses an unknown id', () => {
    expect(ids(withNoteRemoved(third.notes, 'n2'))).toEqual(['n1', 'n3']);
    expect(() => withNoteRemoved(third.notes, 'n9')).toThrow('这条学习笔记不存在或已被删除。');
    expect(() => withNoteChanged(third.notes, 'n9', input('2026-01-01', 'x'))).toThrow('这条学习笔记不存在或已被删除。');
  });
});
