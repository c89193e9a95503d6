import { preferencesRepository } from '../../core/preferences/preferences-repository';

/** Who signs a review or a confirmation: the person set in 设置, else the office itself (the branch reads the name). */
export async function officeSigner(officeName: string): Promise<string> {
  return (await preferencesRepository.findOperatorName()) ?? officeName;
}
