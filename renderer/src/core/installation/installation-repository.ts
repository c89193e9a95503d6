import type { CommitteeRole } from '../../../../shared/branch/branch';
import { newId, systemClock, type Clock } from '../../../../shared/records/base-record';
import { validateSetup, type InstallationSetup, type SetupErrors } from '../../../../shared/setup/installation';
import type { InstallationRow, LedgerDatabase } from '../../db/database';
import { changeLogTables } from '../../db/change-log';
import { createRecordRepository } from '../../db/record-repository';
import { createPreferencesRepository } from '../preferences/preferences-repository';

export type Installation = Omit<InstallationRow, 'key'>;

export class SetupValidationError extends Error {
  constructor(readonly errors: SetupErrors) {
    super(Object.values(errors).join(' '));
    this.name = 'SetupValidationError';
  }
}

const THIS_PC = 'this-pc';

/**
 * The audit log's author of the branch record made at setup when no operator name is set
 * yet, which is the rule: settings open only after setup.
 */
export const SETUP_ACTOR = '系统';

export function createInstallationRepository(db: LedgerDatabase, clock: Clock = systemClock) {
  const preferences = createPreferencesRepository(db);

  return {
    async load(): Promise<Installation | undefined> {
      const row = await db.installation.get(THIS_PC);
      if (!row) return undefined;
      const { key: _key, ...installation } = row;
      return installation;
    },

    /**
     * Records the first-run choice. On a branch PC it also creates the branch
     * record (and its audit entry), whose id becomes the owner of everything this PC
     * writes. All in one transaction: a half-finished setup would leave a PC without an
     * owner id.
     */
    /**
     * `partyGroups`: the branch's 党小组 by name; `committee`: names typed for its seats, linked
     * to members when the roster comes in (a branch PC only; both when the wizard was given them).
     */
    async complete(setup: InstallationSetup, { partyGroups = [], committee = [] }: SetupExtras = {}): Promise<Installation> {
      const checked = validateSetup(setup);
      if (!checked.ok) throw new SetupValidationError(checked.errors);
      const { role, name, parentOrganizationName } = checked.value;
      // Read before the transaction, whose tables do not include the preferences.
      const actor = (await preferences.findOperatorName()) ?? SETUP_ACTOR;
      const branches = createRecordRepository(db, 'branches', { clock, actor: () => actor });

      return db.transaction('rw', [db.branches, ...changeLogTables(db)], async () => {
        if (await db.installation.get(THIS_PC)) throw new Error('本机已经完成初始设置，不能重复设置。');
        const ownerId = newId();
        // A branch owns itself: its id is its branchId.
        const groups = [...new Set(partyGroups.map((group) => group.trim()).filter(Boolean))].map((group) => ({ id: newId(), name: group, leaderId: '' }));
        const seats = committee.flatMap((seat) => (seat.name.trim() === '' ? [] : [{ role: seat.role, memberId: '', name: seat.name.trim() }]));
        const branch = {
          name,
          parentOrganizationName,
          ...(groups.length > 0 ? { partyGroups: groups } : {}),
          ...(seats.length > 0 ? { committee: seats } : {}),
        };
        if (role === 'branch') await branches.create(ownerId, branch, { id: ownerId });
        const installation: Installation = { role, name, parentOrganizationName, ownerId, setupAt: clock().toISOString() };
        await db.installation.add({ key: THIS_PC, ...installation });
        return installation;
      });
    },
  };
}

/** What the wizard may say besides the setup itself. */
export interface SetupExtras {
  partyGroups?: readonly string[];
  committee?: readonly { role: CommitteeRole; name: string }[];
}

export type InstallationRepository = ReturnType<typeof createInstallationRepository>;
