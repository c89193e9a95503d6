import { describe, expect, it, vi } from 'vitest';
import 'fake-indexeddb/auto';
import { createInstallationStore } from '../../../../../renderer/src/core/installation/installation-store';
import type { InstallationRepository } from '../../../../../renderer/src/core/installation/installation-repository';

describe('installation store', () => {
  it('reads the installation once for the start, however often the start asks, and again on load', async () => {
    const load = vi.fn(async () => undefined);
    const store = createInstallationStore({ load } as unknown as InstallationRepository);
    // main.tsx starts it before rendering; the gate asks again when it mounts.
    await Promise.all([store.getState().loadOnce(), store.getState().loadOnce()]);
    await store.getState().loadOnce();
    expect(load).toHaveBeenCalledTimes(1);
    expect(store.getState().state).toEqual({ status: 'needs-setup' });
    // An imported enrolment reloads it.
    await store.getState().load();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
