import { describe, expect, it } from 'vitest';
import { dailyRunner } from '../../../../../renderer/src/features/backup/daily-runner';

type Status = { status: 'no-data' | 'made' | 'not-due' };

/** A task whose runs finish when the test says, each with the result the test gives. */
function controlledTask() {
  const pending: ((result: Status) => void)[] = [];
  let runs = 0;
  const task = () =>
    new Promise<Status>((resolve) => {
      runs += 1;
      pending.push(resolve);
    });
  const finish = async (status: Status['status']) => {
    await expect.poll(() => pending.length).toBeGreaterThan(0);
    pending.shift()!({ status });
  };
  return { task, finish, runs: () => runs };
}

describe('the daily backup runner', () => {
  it('looks again when the first data came in while a run found none', async () => {
    const { task, finish, runs } = controlledTask();
    const run = dailyRunner(task);
    const first = run();
    const second = run(); // the roster arrived during the first run's wait
    await finish('no-data');
    await finish('made');
    expect(await first).toEqual({ status: 'made' });
    expect(await second).toEqual({ status: 'made' });
    expect(runs()).toBe(2);
  });

  it('runs once when nobody asks again, and not again after a backup was made', async () => {
    const { task, finish, runs } = controlledTask();
    const run = dailyRunner(task);
    const first = run();
    await finish('made');
    expect(await first).toEqual({ status: 'made' });
    expect(await run()).toEqual({ status: 'made' });
    expect(runs()).toBe(1);
  });

  it('does not run twice for a call during a run that made the backup', async () => {
    const { task, finish, runs } = controlledTask();
    const run = dailyRunner(task);
    const first = run();
    void run();
    await finish('not-due');
    expect(await first).toEqual({ status: 'not-due' });
    expect(runs()).toBe(1);
  });

  it('runs anew when asked after a run that found no data', async () => {
    const { task, finish, runs } = controlledTask();
    const run = dailyRunner(task);
    const first = run();
    await finish('no-data');
    expect(await first).toEqual({ status: 'no-data' });
    const later = run();
    await finish('made');
    expect(await later).toEqual({ status: 'made' });
    expect(runs()).toBe(2);
  });
});
