// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { App } from 'antd';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { ledgerDb } from '../../../../../renderer/src/db/ledger-db';
import { MeetingView } from '../../../../../renderer/src/features/meetings/MeetingView';
import { rememberSaved } from '../../../../../renderer/src/features/meetings/use-meetings';
import { attendanceOf, branchRecord, meetingRecord } from '../../../shared/support/meeting-fixture';
import { waitUntil } from '../../../../support/wait-until';

let root: Root | undefined;
let container: HTMLElement | undefined;

afterEach(async () => {
  root?.unmount();
  container?.remove();
  await ledgerDb.meetings.clear();
});

/** Renders the view as the page does; returns its element. */
function render(id: string): HTMLElement {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  const seats = ['s1', 's2', 's3', 's4'].map((memberId, index) => ({ role: (['secretary', 'deputySecretary', 'organization', 'publicity'] as const)[index]!, memberId }));
  // Synchronously, as the page's first commit; what follows (reads, paints) runs as in the app.
  flushSync(() =>
    root!.render(
      <App>
        <MeetingView id={id} branch={branchRecord('2026-01-01', { committee: seats })} members={[]} />
      </App>,
    ),
  );
  return container;
}

/** A 支委会 with half the committee present: its quorum check fails, and says so. */
async function storedMeeting() {
  const meeting = meetingRecord('committeeMeeting', '2026-02-01', { attendance: attendanceOf({ s1: 'present', s2: 'present', s3: 'absent', s4: 'leave' }) });
  await ledgerDb.meetings.put(meeting);
  return meeting;
}

const QUORUM_FAILED = '须至少 3 名委员到会';

describe('the meeting view after 保存', () => {
  it('shows the record just saved in its first render, before the database is read again and before the rule checks', async () => {
    const meeting = await storedMeeting();
    rememberSaved(meeting);
    const view = render(meeting.id);
    expect(view.querySelector('.ant-skeleton-title')).toBeNull();
    expect(view.textContent).toContain('签字确认');
    expect(view.textContent).toContain(meeting.sessionName);
    expect(view.textContent).not.toContain(QUORUM_FAILED);
    // The checks come once the record is painted, and still say what is wrong.
    await waitUntil(() => expect(view.textContent).toContain(QUORUM_FAILED));
  });

  it('reads a meeting opened from the list (nothing handed over), then shows its checks', async () => {
    const meeting = await storedMeeting();
    const view = render(meeting.id);
    expect(view.textContent).not.toContain('签字确认');
    await waitUntil(() => expect(view.textContent).toContain('签字确认'));
    await waitUntil(() => expect(view.textContent).toContain(QUORUM_FAILED));
  });

  it('forgets the handed-over record once the database answered: a later visit shows the record as stored now', async () => {
    const meeting = await storedMeeting();
    rememberSaved(meeting);
    const first = render(meeting.id);
    await waitUntil(() => expect(first.textContent).toContain(QUORUM_FAILED));
    root!.unmount();
    root = undefined;
    first.remove();
    await ledgerDb.meetings.put({ ...meeting, sessionName: '改过的会议名称' });
    const later = render(meeting.id);
    expect(later.textContent).not.toContain(meeting.sessionName);
    await waitUntil(() => expect(later.textContent).toContain('改过的会议名称'));
  });
});
