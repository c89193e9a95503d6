import { useLayoutEffect, useState } from 'react';
import { afterNextPaint } from '../../shell/use-after-first-paint';

/**
 * Which meeting's editor is mounted: the one being edited, and after 保存 (the route going from
 * ?edit=<id> to ?view=<id>) the same one, hidden, until its record has been painted. Taking a form
 * of a hundred attendees down (about 340 fields) took longer than drawing the record, and the user
 * waited for both before seeing anything (issue #16 item 12); now the record comes first.
 */
export function useKeptEditor(editId: string | null, viewId: string | null): string | null {
  const [kept, setKept] = useState(editId);
  const leaving = editId === null && kept !== null && kept === viewId;
  // Adjusted while rendering (React's pattern for state that follows a prop): no render in between.
  if (editId !== null && editId !== kept) setKept(editId);
  if (editId === null && kept !== null && !leaving) setKept(null);
  // A layout effect, so that this is queued before the record's own after-paint work (MeetingView),
  // which then does not share the page with a hidden form.
  useLayoutEffect(() => (leaving ? afterNextPaint(() => setKept(null)) : undefined), [leaving]);
  return editId ?? (leaving ? kept : null);
}
