import { describe, expect, it, vi } from 'vitest';
import type { KeyboardEvent } from 'react';
import { submitOnEnter } from '../../../../../renderer/src/features/study/NoteFields';

/** The parts of a keydown that submitOnEnter reads, on an element of the given tag. */
function keydown(key: string, tagName: string, options: { ctrlKey?: boolean; expanded?: boolean; composing?: boolean } = {}) {
  const preventDefault = vi.fn();
  const target = { tagName, getAttribute: (name: string) => (name === 'aria-expanded' && options.expanded ? 'true' : null) };
  const event = { key, ctrlKey: options.ctrlKey ?? false, metaKey: false, target, nativeEvent: { isComposing: options.composing ?? false }, preventDefault };
  return { event: event as unknown as KeyboardEvent<HTMLElement>, preventDefault };
}

describe('submitOnEnter', () => {
  it('saves on Enter in a one-line field, once (the browser’s own submit is stopped)', () => {
    const submit = vi.fn();
    const { event, preventDefault } = keydown('Enter', 'INPUT');
    submitOnEnter(submit)(event);
    expect(submit).toHaveBeenCalledTimes(1);
    expect(preventDefault).toHaveBeenCalled();
  });

  it('leaves Enter to an open option list, to an input method composing Chinese, and to the text for a new line', () => {
    const submit = vi.fn();
    submitOnEnter(submit)(keydown('Enter', 'INPUT', { expanded: true }).event);
    submitOnEnter(submit)(keydown('Enter', 'INPUT', { composing: true }).event);
    submitOnEnter(submit)(keydown('Enter', 'TEXTAREA').event);
    submitOnEnter(submit)(keydown('Tab', 'INPUT').event);
    expect(submit).not.toHaveBeenCalled();
  });

  it('saves on Ctrl+Enter from the text', () => {
    const submit = vi.fn();
    submitOnEnter(submit)(keydown('Enter', 'TEXTAREA', { ctrlKey: true }).event);
    expect(submit).toHaveBeenCalledTimes(1);
  });
});
