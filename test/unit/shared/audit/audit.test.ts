import { describe, expect, it } from 'vitest';
import { auditEntryFor } from '../../../../shared/audit/audit';
import { memberRecord } from '../support/member-fixture';

describe('auditEntryFor', () => {
  it('belongs to the record’s branch and carries the instant of the write', () => {
    const before = memberRecord();
    const after = { ...before, phone: '13900139000', updatedAt: '2026-05-01T09:00:00.000Z' };
    const entry = auditEntryFor({ table: 'members', action: 'update', before, after, actor: '王书记' });
    expect(entry).toMatchObject({
      branchId: before.branchId,
      table: 'members',
      recordId: before.id,
      action: 'update',
      actor: '王书记',
      at: '2026-05-01T09:00:00.000Z',
      createdAt: '2026-05-01T09:00:00.000Z',
      updatedAt: '2026-05-01T09:00:00.000Z',
      deleted: false,
      changes: [{ field: 'phone', before: '13800138000', after: '13900139000' }],
    });
    expect(entry.id).not.toBe(before.id);
  });

  it('lists the content of a created record without its base fields', () => {
    const record = memberRecord({ name: '李强' });
    const fields = auditEntryFor({ table: 'members', action: 'create', after: record, actor: '系统' }).changes.map((c) => c.field);
    expect(fields).toContain('name');
    expect(fields).toContain('development.appliedOn');
    expect(fields).not.toContain('id');
    expect(fields).not.toContain('deleted');
  });

  it('reads a delete as the tombstone being set', () => {
    const before = memberRecord();
    const after = { ...before, deleted: true, updatedAt: '2026-05-02T00:00:00.000Z' };
    expect(auditEntryFor({ table: 'members', action: 'delete', before, after, actor: '系统' }).changes).toEqual([
      { field: 'deleted', before: false, after: true },
    ]);
  });
});
