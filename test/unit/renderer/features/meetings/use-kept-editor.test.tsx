// @vitest-environment happy-dom
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { useKeptEditor } from '../../../../../renderer/src/features/meetings/use-kept-editor';
import { waitUntil } from '../../../../support/wait-until';

let root: Root | undefined;
const seen: (string | null)[] = [];

afterEach(() => {
  root?.unmount();
  root = undefined;
  seen.length = 0;
});

function Probe({ editId, viewId }: { editId: string | null; viewId: string | null }) {
  seen.push(useKeptEditor(editId, viewId));
  return null;
}

/** Renders the route synchronously, as a hash change does; returns what the hook gave last. */
function route(editId: string | null, viewId: string | null): string | null {
  root ??= createRoot(document.createElement('div'));
  flushSync(() => root!.render(<Probe editId={editId} viewId={viewId} />));
  return seen.at(-1)!;
}

describe('the meeting editor kept after 保存', () => {
  it('stays mounted while the record it saved is first shown, and goes once that is painted', async () => {
    expect(route('m1', null)).toBe('m1');
    expect(route(null, 'm1')).toBe('m1');
    await waitUntil(() => expect(seen.at(-1)).toBeNull());
  });

  it('goes at once for any other route: the list, another record', () => {
    route('m1', null);
    expect(route(null, null)).toBeNull();
    route('m2', null);
    expect(route(null, 'm3')).toBeNull();
  });

  it('follows the editor opened next', () => {
    route('m1', null);
    expect(route('m2', null)).toBe('m2');
  });
});
