// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { sameResult, useRememberedLiveQuery } from '../../../../renderer/src/core/live/remembered-live-query';
import { freshDatabase } from '../support/test-database';
import { branchRecord } from '../../shared/support/meeting-fixture';
import { waitUntil } from '../../../support/wait-until';

describe('sameResult', () => {
  it('compares arrays, plain objects, Maps and Sets by value, and nothing else but by identity', () => {
    expect(sameResult({ a: [1, { b: new Map([['k', new Set([1, 2])]]) }] }, { a: [1, { b: new Map([['k', new Set([1, 2])]]) }] })).toBe(true);
    expect(sameResult({ a: [1, { b: new Map([['k', new Set([1, 2])]]) }] }, { a: [1, { b: new Map([['k', new Set([1, 3])]]) }] })).toBe(false);
    expect(sameResult(new Map([['k', 1]]), new Map([['j', 1]]))).toBe(false);
    expect(sameResult({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameResult([1, 2], [1, 2, 3])).toBe(false);
    expect(sameResult([1], { 0: 1 })).toBe(false);
    expect(sameResult(new Date(0), new Date(0))).toBe(false);
    expect(sameResult(Number.NaN, Number.NaN)).toBe(true);
  });
});

const db = freshDatabase();
let root: Root | undefined;
let container: HTMLElement | undefined;

afterEach(async () => {
  root?.unmount();
  container?.remove();
  root = undefined;
});

interface Seen {
  values: ({ name: string }[] | undefined)[];
}

/** The branches' names, read through the hook under `name` for the day `day`; every render recorded. */
let answers = 0;

function Names({ day, seen }: { day: string; seen: Seen }) {
  const names = useRememberedLiveQuery(
    'test.names',
    async () => {
      const rows = (await db.branches.toArray()).map((branch) => ({ name: branch.name }));
      answers += 1;
      return rows;
    },
    [day],
  );
  seen.values.push(names);
  return <p>{names ? names.map((row) => row.name).join('、') : '读取中'}</p>;
}

function mount(day: string): Seen {
  const seen: Seen = { values: [] };
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  flushSync(() => root!.render(<Names day={day} seen={seen} />));
  return seen;
}

describe('useRememberedLiveQuery: a screen opened again', () => {
  it('shows the last answer for the same inputs in its first render, renders no more when the query finds it unchanged, and follows a change', async () => {
    await db.branches.put({ ...branchRecord('2026-01-01'), name: '内科党支部' });
    const first = mount('2026-12-07');
    expect(first.values[0]).toBeUndefined();
    await waitUntil(() => expect(container!.textContent).toBe('内科党支部'));
    root!.unmount();

    const answered = answers;
    const again = mount('2026-12-07');
    // The first render already has the rows: no loading state on a later visit.
    expect(again.values[0]).toEqual([{ name: '内科党支部' }]);
    const shown = again.values[0];
    // The query runs again and answers the same.
    await waitUntil(() => expect(answers).toBe(answered + 1));

    // A change to what it read is shown, as a live query does. Its answer comes after the unchanged
    // one, so by the time it is on screen every render before it shows: the remembered rows
    // themselves, never an equal copy from the unchanged answer (which would render the screen again).
    await db.branches.put({ ...branchRecord('2026-01-01'), id: 'branch-2', name: '外科党支部' });
    await waitUntil(() => expect(container!.textContent).toBe('内科党支部、外科党支部'));
    const changed = again.values.at(-1);
    expect(changed).toEqual([{ name: '内科党支部' }, { name: '外科党支部' }]);
    expect(again.values.filter((value) => value !== shown && value !== changed)).toEqual([]);
    root!.unmount();

    // Other inputs (another day) never show the answer remembered for these.
    const otherDay = mount('2026-12-08');
    expect(otherDay.values[0]).toBeUndefined();
    await waitUntil(() => expect(container!.textContent).toBe('内科党支部、外科党支部'));
    root!.unmount();

    // A write while the screen is closed (an import, an edit elsewhere): opened again, it reads afresh
    // instead of showing for a moment what was true before the write.
    await db.branches.delete('branch-2');
    const afterWrite = mount('2026-12-08');
    expect(afterWrite.values[0]).toBeUndefined();
    await waitUntil(() => expect(container!.textContent).toBe('内科党支部'));
  });
});
