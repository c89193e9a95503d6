import { useInstallationStore } from '../core/installation/installation-store';
import { useLockStore } from '../core/lock/lock-store';
import { loadTodoSources } from '../core/todo/todo-registry';

/**
 * The reads the first screen waits for — what this PC is and whether it is locked — started
 * together before React renders anything, instead of one after the other from the screens
 * that show them (docs/performance.md, cold start). The screens then wait on the same reads.
 * A branch PC's 首页 shows the to-do list, whose code (every area's) then starts loading as
 * soon as the role is read, while the lock is checked and the shell drawn. (The role is not
 * hinted in localStorage: its first read in a fresh process blocks the page for up to 0.2 s.)
 */
export function startStartupReads(): void {
  void useInstallationStore
    .getState()
    .loadOnce()
    .then(() => {
      const { state } = useInstallationStore.getState();
      if (state.status === 'ready' && state.installation.role === 'branch') void loadTodoSources();
    });
  void useLockStore.getState().loadOnce();
}
