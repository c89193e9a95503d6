import { describe, expect, it } from 'vitest';
import { planImport, recordKey } from '../../../../shared/sync/plan-import';
import type { ImportPlan, RecordSyncState, SeenState, SyncChange } from '../../../../shared/sync/types';
import { BRANCH, CENTRAL, hlcAt, memberChange } from '../support/sync-fixture';

type Local = Map<string, RecordSyncState>;

/** What the app does with a plan in its transaction: store every planned write and the seen state. */
function applyPlan(local: Local, plan: ImportPlan): { local: Local; seen: SeenState } {
  const next = new Map(local);
  for (const write of [...plan.added, ...plan.changed, ...plan.deleted]) next.set(recordKey(write.table, write.id), write.state);
  return { local: next, seen: plan.seen };
}

const nothing = (plan: ImportPlan) => plan.added.length + plan.changed.length + plan.deleted.length + plan.conflicts.length;

/** A central-office edit of a branch member record, made on the version stamped `baseHlc`. */
function centralEdit(base: SyncChange, seq: number, fields: Record<string, unknown>, offsetMs: number): SyncChange {
  return {
    ...base,
    hlc: hlcAt(offsetMs, CENTRAL),
    origin: CENTRAL,
    seq,
    baseHlc: base.hlc,
    changedFields: Object.keys(fields),
    record: { ...base.record, ...fields },
  };
}

describe('planImport', () => {
  it('adds new records and changes nothing when the same changes arrive again', () => {
    const changes = [memberChange(1), memberChange(2), memberChange(3, { deleted: true })];
    const first = planImport(changes, new Map(), {});
    expect(first.added.map((write) => write.id)).toEqual(['m-1', 'm-2', 'm-3']);
    expect(first.seen).toEqual({ [BRANCH]: 3 });
    const { local, seen } = applyPlan(new Map(), first);
    const again = planImport(changes, local, seen);
    expect(nothing(again)).toBe(0);
    expect(again.unchanged.map((skipped) => skipped.reason)).toEqual(['already-imported', 'already-imported', 'already-imported']);
    // Even without the seen state, the versions are recognised as already here.
    expect(nothing(planImport(changes, local, {}))).toBe(0);
  });

  it('applies every change of one write, which share its seq', () => {
    const write = [memberChange(1), memberChange(1, {}, { id: 'm-2', record: { id: 'm-2', name: '乙', deleted: false } })];
    const plan = planImport(write, new Map(), {});
    expect(plan.added).toHaveLength(2);
    expect(plan.seen).toEqual({ [BRANCH]: 1 });
  });

  it('deletes only by tombstone: a delete is planned as one, a record missing from a package stays', () => {
    const created = memberChange(1);
    const { local, seen } = applyPlan(new Map(), planImport([created, memberChange(2)], new Map(), {}));
    const tombstone = memberChange(3, { deleted: true }, { id: 'm-1', baseHlc: created.hlc, changedFields: ['deleted'] });
    const plan = planImport([tombstone], local, seen);
    expect(plan.deleted).toEqual([expect.objectContaining({ id: 'm-1', before: created.record, after: expect.objectContaining({ deleted: true }) })]);
    expect(plan.changed).toEqual([]);
    const after = applyPlan(local, plan).local;
    expect(after.get(recordKey('members', 'm-2'))!.record.deleted).toBe(false);
    expect(after.size).toBe(2);
  });

  it('takes a later version of its own origin whole, and leaves an older one alone', () => {
    const v1 = memberChange(1, { name: '张三' });
    const v2 = memberChange(2, { name: '张三丰', phone: '138' }, { id: 'm-1', baseHlc: v1.hlc, changedFields: ['name', 'phone'] });
    const { local } = applyPlan(new Map(), planImport([v2], new Map(), {}));
    const plan = planImport([v1], local, {});
    expect(nothing(plan)).toBe(0);
    expect(plan.unchanged).toEqual([expect.objectContaining({ id: 'm-1', reason: 'older-than-local' })]);
    const forward = planImport([v2], applyPlan(new Map(), planImport([v1], new Map(), {})).local, { [BRANCH]: 1 });
    expect(forward.changed).toEqual([expect.objectContaining({ id: 'm-1', after: v2.record })]);
  });

  it('lists two independent edits of one field as a conflict, keeping both values and applying the later', () => {
    const base = memberChange(1, { name: '张三', phone: '138' });
    const { local } = applyPlan(new Map(), planImport([base], new Map(), {}));
    const atCentral = applyPlan(local, planImport([centralEdit(base, 1, { phone: '139' }, 10_000)], local, {})).local;
    // Meanwhile the branch changed the same field, later by the clock, and also the name.
    const branchEdit = memberChange(2, { name: '张三丰', phone: '137' }, { id: 'm-1', hlc: hlcAt(20_000), baseHlc: base.hlc, changedFields: ['name', 'phone'] });
    const plan = planImport([branchEdit], atCentral, { [BRANCH]: 1 });
    expect(plan.conflicts).toEqual([
      expect.objectContaining({ id: 'm-1', field: 'phone', localValue: '139', incomingValue: '137', localOrigin: CENTRAL, incomingOrigin: BRANCH, applied: 'incoming' }),
    ]);
    expect(plan.changed[0]!.after).toMatchObject({ name: '张三丰', phone: '137' });
  });

  it('keeps the local value when the local edit is the later one, still listing the incoming value', () => {
    const base = memberChange(1, { phone: '138' });
    const { local } = applyPlan(new Map(), planImport([base], new Map(), {}));
    const atCentral = applyPlan(local, planImport([centralEdit(base, 1, { phone: '139' }, 90_000)], local, {})).local;
    const branchEdit = memberChange(2, { phone: '137' }, { id: 'm-1', hlc: hlcAt(20_000), baseHlc: base.hlc, changedFields: ['phone'] });
    const plan = planImport([branchEdit], atCentral, { [BRANCH]: 1 });
    expect(plan.conflicts).toEqual([expect.objectContaining({ field: 'phone', localValue: '139', incomingValue: '137', applied: 'local' })]);
    expect(plan.changed).toEqual([]);
  });

  it('merges independent edits of different fields without a conflict, whichever is later', () => {
    const base = memberChange(1, { name: '张三', phone: '138' });
    const { local } = applyPlan(new Map(), planImport([base], new Map(), {}));
    const atCentral = applyPlan(local, planImport([centralEdit(base, 1, { phone: '139' }, 90_000)], local, {})).local;
    const branchEdit = memberChange(2, { name: '张三丰' }, { id: 'm-1', hlc: hlcAt(20_000), baseHlc: base.hlc, changedFields: ['name'] });
    const plan = planImport([branchEdit], atCentral, { [BRANCH]: 1 });
    expect(plan.conflicts).toEqual([]);
    expect(plan.changed[0]!.after).toMatchObject({ name: '张三丰', phone: '139' });
  });

  it('lists a delete against an independent edit as a conflict on deleted, keeping the edit in the record', () => {
    const base = memberChange(1, { phone: '138' });
    const { local } = applyPlan(new Map(), planImport([base], new Map(), {}));
    const atCentral = applyPlan(local, planImport([centralEdit(base, 1, { phone: '139' }, 10_000)], local, {})).local;
    const branchDelete = memberChange(2, { deleted: true }, { id: 'm-1', hlc: hlcAt(20_000), baseHlc: base.hlc, changedFields: ['deleted'] });
    const plan = planImport([branchDelete], atCentral, { [BRANCH]: 1 });
    expect(plan.conflicts).toEqual([expect.objectContaining({ field: 'deleted', localValue: false, incomingValue: true, applied: 'incoming' })]);
    expect(plan.deleted[0]!.after).toMatchObject({ deleted: true, phone: '139' });
  });

  it('takes a change made on the local version without calling it a conflict', () => {
    const base = memberChange(1, { phone: '138' });
    const { local } = applyPlan(new Map(), planImport([base], new Map(), {}));
    const edit = centralEdit(base, 1, { phone: '139' }, 10_000);
    const atCentral = applyPlan(local, planImport([edit], local, {})).local;
    const onTop = memberChange(2, { phone: '137' }, { id: 'm-1', hlc: hlcAt(20_000), baseHlc: edit.hlc, changedFields: ['phone'] });
    const plan = planImport([onTop], atCentral, { [BRANCH]: 1 });
    expect(plan.conflicts).toEqual([]);
    expect(plan.changed[0]!.after).toMatchObject({ phone: '137' });
  });
});
