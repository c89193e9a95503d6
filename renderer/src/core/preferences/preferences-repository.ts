import type { LedgerDatabase } from '../../db/database';
import { ledgerDb } from '../../db/ledger-db';
import type { RecordRepositoryOptions } from '../../db/record-repository';

export const DEFAULT_OPERATOR_NAME = '支部书记';
const OPERATOR_NAME_MAX = 20;

export class PreferenceValidationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PreferenceValidationError';
  }
}

/** The operator's name as it will be stored (trimmed), or the Chinese reason it cannot be. */
export function checkOperatorName(name: string): { ok: true; value: string } | { ok: false; message: string } {
  const value = name.trim();
  if (!value) return { ok: false, message: '请填写操作人姓名。' };
  // Counted in characters as a person reads them, not UTF-16 units.
  if ([...value].length > OPERATOR_NAME_MAX) return { ok: false, message: `操作人姓名不能超过 ${OPERATOR_NAME_MAX} 个字。` };
  return { ok: true, value };
}

/**
 * The stored operator name per database. Every audited write asks for it, so it is read
 * once and then kept in memory. Keyed by the database rather than held per repository,
 * so that every repository over one database sees a change of name at once.
 */
const operatorNames = new WeakMap<LedgerDatabase, Promise<string | undefined>>();

export function createPreferencesRepository(db: LedgerDatabase) {
  function storedOperatorName(): Promise<string | undefined> {
    let cached = operatorNames.get(db);
    if (!cached) {
      cached = db.preferences.get('operatorName').then((row) => (row?.key === 'operatorName' ? row.value : undefined));
      // A failed read is not remembered (unless a new name replaced it): the next write tries again.
      const attempt = cached;
      attempt.catch(() => {
        if (operatorNames.get(db) === attempt) operatorNames.delete(db);
      });
      operatorNames.set(db, cached);
    }
    return cached;
  }

  return {
    /** The name set on this PC, or undefined while none is. */
    findOperatorName: storedOperatorName,

    /** The name the audit log records as the author of a change. */
    async getOperatorName(): Promise<string> {
      return (await storedOperatorName()) ?? DEFAULT_OPERATOR_NAME;
    },

    async setOperatorName(name: string): Promise<string> {
      const checked = checkOperatorName(name);
      if (!checked.ok) throw new PreferenceValidationError(checked.message);
      await db.preferences.put({ key: 'operatorName', value: checked.value });
      operatorNames.set(db, Promise.resolve(checked.value));
      return checked.value;
    },
  };
}

export type PreferencesRepository = ReturnType<typeof createPreferencesRepository>;

/**
 * Options for a record repository whose audit entries, unless an actor is given (tests),
 * name the operator set in this database's preferences.
 */
export function withOperator(db: LedgerDatabase, options: Partial<RecordRepositoryOptions> = {}): RecordRepositoryOptions {
  return { ...options, actor: options.actor ?? createPreferencesRepository(db).getOperatorName };
}

export const preferencesRepository = createPreferencesRepository(ledgerDb);
