import { useLiveQuery } from 'dexie-react-hooks';
import type { MemberRecord } from '../../../../shared/members/member';
import { useInstallation } from '../../core/installation/use-installation';
import { memberRepository } from './data/member-repository';

/** The branch's live roster, re-read after every change; undefined while loading. */
export function useMembers(): MemberRecord[] | undefined {
  const { ownerId } = useInstallation();
  return useLiveQuery(() => memberRepository.list(ownerId), [ownerId]);
}
