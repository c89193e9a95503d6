// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Installation } from '../../../../renderer/src/core/installation/installation-repository';
import { useInstallationStore } from '../../../../renderer/src/core/installation/installation-store';
import { ledgerDb } from '../../../../renderer/src/db/ledger-db';
import { useOwnStatRecords } from '../../../../renderer/src/features/statistics';
import { DEFAULT_TODAY, generateDataset, type BranchData } from '../../../support/generator';
import { writeBranches } from '../../../support/seed/seed-ledger';
import { waitUntil } from '../../../support/wait-until';

// The branch PC’s 组织生活月报 and 计划总结 (useOwnStatRecords): a later visit with nothing written
// since shows the last answer in its first render, reads only this PC’s own branch, and still
// follows a change.

let shown: { root: Root; view: HTMLElement } | undefined;
let data: BranchData[];

beforeEach(async () => {
  data = generateDataset({ branches: 2, members: 8, years: 2 }, { today: DEFAULT_TODAY });
  await writeBranches(ledgerDb, data);
  useInstallationStore.setState({ state: { status: 'ready', installation: { role: 'branch', name: data[0]!.branch.name, ownerId: data[0]!.branch.id } as Installation } });
});

afterEach(async () => {
  shown?.root.unmount();
  shown?.view.remove();
  shown = undefined;
  await Promise.all(ledgerDb.tables.map((table) => table.clear()));
});

/** Mounts a component that records what each of its renders had, as a screen opened from the menu. */
function visit<T>(useRead: () => T): T[] {
  const renders: T[] = [];
  function Screen() {
    renders.push(useRead());
    return null;
  }
  shown?.root.unmount();
  shown?.view.remove();
  const view = document.body.appendChild(document.createElement('div'));
  shown = { root: createRoot(view), view };
  flushSync(() => shown!.root.render(<Screen />));
  return renders;
}

describe('the branch PC’s own records for 组织生活月报 and 计划总结', () => {
  it('are this branch’s alone, shown at once on a later visit, and follow an edit', async () => {
    const own = data[0]!;
    const first = visit(() => useOwnStatRecords());
    expect(first[0]).toBeUndefined();
    await waitUntil(() => expect(first.at(-1)).toBeTruthy());
    const read = first.at(-1)!;
    expect(read.branch.id).toBe(own.branch.id);
    expect(read.members.map((member) => member.id).sort()).toEqual(own.members.map((member) => member.id).sort());
    expect(read.meetings.every((meeting) => meeting.branchId === own.branch.id)).toBe(true);
    expect(read.meetings.length).toBeGreaterThan(0);

    const later = visit(() => useOwnStatRecords());
    // The first render of the later visit already has the records: no skeleton.
    expect(later[0]).toBe(read);

    const joined = { ...own.members[0]!, id: 'new-member', name: '新党员' };
    await ledgerDb.members.put(joined);
    await waitUntil(() => expect(later.at(-1)!.members.map((member) => member.id)).toContain('new-member'));
    // The write forgot the answer from before it; the open screen's answer after it is what a later visit shows.
    const afterWrite = visit(() => useOwnStatRecords());
    expect(afterWrite[0]?.members.map((member) => member.id)).toContain('new-member');
  });

  it('are null when this PC’s branch is not filled in', async () => {
    useInstallationStore.setState({ state: { status: 'ready', installation: { role: 'branch', name: '未填写', ownerId: 'no-branch-yet' } as Installation } });
    const renders = visit(() => useOwnStatRecords());
    await waitUntil(() => expect(renders.at(-1)).toBeNull());
  });
});
