import { describe, expect, it } from 'vitest';
import { stampChange, stampDeleted, stampNew, type BaseRecord } from '../../../../shared/records/base-record';

interface Note extends BaseRecord {
  text: string;
}

const at = (iso: string) => () => new Date(iso);
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('record stamps', () => {
  it('gives a new record a v4 UUID, the owner, equal timestamps and no tombstone', () => {
    const note = stampNew<Note>({ text: '学习' }, 'branch-1', at('2026-03-01T08:00:00.000Z'));
    expect(note.id).toMatch(UUID_V4);
    expect(note).toMatchObject({
      branchId: 'branch-1',
      text: '学习',
      createdAt: '2026-03-01T08:00:00.000Z',
      updatedAt: '2026-03-01T08:00:00.000Z',
      deleted: false,
    });
  });

  it('never reuses an id', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => stampNew<Note>({ text: '' }, 'b').id));
    expect(ids.size).toBe(1000);
  });

  it('keeps id, owner and creation time on change and moves updatedAt', () => {
    const note = stampNew<Note>({ text: 'a' }, 'branch-1', at('2026-03-01T08:00:00.000Z'));
    const changed = stampChange(note, { text: 'b' }, at('2026-03-02T08:00:00.000Z'));
    expect(changed).toEqual({ ...note, text: 'b', updatedAt: '2026-03-02T08:00:00.000Z' });
  });

  it('turns a delete into a tombstone that keeps the data', () => {
    const note = stampNew<Note>({ text: 'a' }, 'branch-1', at('2026-03-01T08:00:00.000Z'));
    const deleted = stampDeleted(note, at('2026-03-03T08:00:00.000Z'));
    expect(deleted).toEqual({ ...note, deleted: true, updatedAt: '2026-03-03T08:00:00.000Z' });
  });
});
