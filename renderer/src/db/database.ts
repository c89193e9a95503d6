import Dexie, { type Table } from 'dexie';
import type { BranchRecord } from '../../../shared/domain/branch';
import type { InstallationRole } from '../../../shared/setup/installation';
import { SCHEMA_VERSIONS } from './schema';

export const DATABASE_NAME = 'branch-ledger';

/** The single row of the installation store: what this PC was set up as. */
export interface InstallationRow {
  key: 'this-pc';
  role: InstallationRole;
  name: string;
  parentOrganizationName: string;
  /** The branch's id on a branch PC, the organisation's id on the central office PC. */
  ownerId: string;
  setupAt: string;
}

/**
 * The one typed database of the renderer. Screens never use it directly: each
 * feature reaches it through its repository (features/<area>/data).
 */
export class LedgerDatabase extends Dexie {
  installation!: Table<InstallationRow, string>;
  branches!: Table<BranchRecord, string>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    for (const schema of SCHEMA_VERSIONS) {
      const version = this.version(schema.version).stores(schema.stores);
      if (schema.upgrade) version.upgrade(schema.upgrade);
    }
  }
}
