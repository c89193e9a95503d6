import { describe, expect, it, vi } from 'vitest';
import 'fake-indexeddb/auto';
import { createLockStore } from '../../../../../renderer/src/core/lock/lock-store';
import type { LockRepository } from '../../../../../renderer/src/core/lock/lock-repository';

describe('lock store', () => {
  it('reads the lock setting once for the start, however often the start asks', async () => {
    const record = { idleMinutes: 10 };
    const load = vi.fn(async () => record);
    const store = createLockStore({ load } as unknown as LockRepository);
    await Promise.all([store.getState().loadOnce(), store.getState().loadOnce()]);
    expect(load).toHaveBeenCalledTimes(1);
    expect(store.getState().state).toEqual({ status: 'locked', record, reason: 'start' });
  });
});
