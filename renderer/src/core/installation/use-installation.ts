import type { Installation } from './installation-repository';
import { useInstallationStore } from './installation-store';

/** The installation, for screens shown only after setup (the shell renders them only then). */
export function useInstallation(): Installation {
  const state = useInstallationStore((store) => store.state);
  if (state.status !== 'ready') throw new Error('本机尚未完成初始设置。');
  return state.installation;
}
