import { App } from 'antd';
import { useState } from 'react';

/**
 * Runs a user action with a busy flag: the outcome as a message, the error's Chinese
 * message when it fails (repositories throw those), and `then` only on success.
 */
export function useBusyAction() {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  async function run(task: () => Promise<string | undefined | void>, then?: () => void) {
    setBusy(true);
    try {
      const done = await task();
      if (done) message.success(done);
      then?.();
    } catch (error) {
      message.error((error as Error).message);
    } finally {
      setBusy(false);
    }
  }
  return { busy, run };
}
