import { useLiveQuery } from 'dexie-react-hooks';
import type { DevelopmentReviewRecord } from '../../../../../shared/development/development-review';
import { useInstallation } from '../../../core/installation/use-installation';
import { dossierRepository } from '../data/dossier-repository';

/** The 院党委's decisions on this branch's people, by member id, live; undefined while loading. */
export function useDossierReviews(): Map<string, DevelopmentReviewRecord> | undefined {
  const { ownerId } = useInstallation();
  return useLiveQuery(() => dossierRepository.reviews(ownerId), [ownerId]);
}
