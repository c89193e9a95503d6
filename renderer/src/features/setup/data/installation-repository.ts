import type { BranchRecord } from '../../../../../shared/domain/branch';
import { newId, stampNew, systemClock, type Clock } from '../../../../../shared/records/base-record';
import { validateSetup, type InstallationSetup, type SetupErrors } from '../../../../../shared/setup/installation';
import type { InstallationRow, LedgerDatabase } from '../../../db/database';

export type Installation = Omit<InstallationRow, 'key'>;

export class SetupValidationError extends Error {
  constructor(readonly errors: SetupErrors) {
    super(Object.values(errors).join(' '));
    this.name = 'SetupValidationError';
  }
}

const THIS_PC = 'this-pc';

export function createInstallationRepository(db: LedgerDatabase, clock: Clock = systemClock) {
  return {
    async load(): Promise<Installation | undefined> {
      const row = await db.installation.get(THIS_PC);
      if (!row) return undefined;
      const { key: _key, ...installation } = row;
      return installation;
    },

    /**
     * Records the first-run choice. On a branch PC it also creates the branch
     * record, whose id becomes the owner of everything this PC writes. Both in one
     * transaction: a half-finished setup would leave a PC without an owner id.
     */
    async complete(setup: InstallationSetup): Promise<Installation> {
      const checked = validateSetup(setup);
      if (!checked.ok) throw new SetupValidationError(checked.errors);
      const { role, name, parentOrganizationName } = checked.value;

      return db.transaction('rw', db.installation, db.branches, async () => {
        if (await db.installation.get(THIS_PC)) throw new Error('本机已经完成初始设置，不能重复设置。');
        const ownerId = newId();
        if (role === 'branch') {
          const branch = stampNew<BranchRecord>({ name, parentOrganizationName }, ownerId, clock);
          await db.branches.add({ ...branch, id: ownerId });
        }
        const installation: Installation = { role, name, parentOrganizationName, ownerId, setupAt: clock().toISOString() };
        await db.installation.add({ key: THIS_PC, ...installation });
        return installation;
      });
    },
  };
}

export type InstallationRepository = ReturnType<typeof createInstallationRepository>;
