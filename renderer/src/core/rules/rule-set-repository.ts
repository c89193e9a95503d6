import { DEFAULT_ASSESSMENT_SCHEME } from '../../../../shared/assessment/default-scheme';
import { assessmentSchemeOf } from '../../../../shared/assessment/scheme';
import type { AssessmentScheme } from '../../../../shared/assessment/scheme-types';
import { validateAssessmentScheme } from '../../../../shared/assessment/validate-scheme';
import { NATIONAL_RULE_SET } from '../../../../shared/rules/national-rule-set';
import { checkCalendarYear } from '../../../../shared/calendar/calendar-year-check';
import type { WorkingDayYear } from '../../../../shared/calendar/working-days';
import { applyLocalRulesEdit, type LocalRulesEdit } from '../../../../shared/rules/local-rules-edit';
import type { RuleSet } from '../../../../shared/rules/rule-types';
import { validateRuleSet } from '../../../../shared/rules/validate-rule-set';
import type { LedgerDatabase } from '../../db/database';
import { ledgerDb } from '../../db/ledger-db';
import type { RuleSetRow } from '../../db/sync-rows';

export const RULE_SET_KEY = 'ruleSet';

/** The rule set this PC applies and where it came from. */
export interface ActiveRuleSet {
  ruleSet: RuleSet;
  /** 'stored': received from the central office (a branch PC) or published here (the central office PC). */
  source: 'national' | 'stored';
  /** When the stored set was received or published. */
  storedAt?: string;
}

export class RuleSetRefusedError extends Error {
  constructor(readonly errors: string[]) {
    super(`规则集无效：${errors.join('')}`);
    this.name = 'RuleSetRefusedError';
  }
}

export type { LocalRulesEdit as RuleSetEdit } from '../../../../shared/rules/local-rules-edit';

/**
 * The rule set in use (docs/architecture.md, "Rules"): the one the central office sent last,
 * once it passed validateRuleSet, else the national defaults. A branch stores only a valid
 * set (an invalid one in a package is reported and ignored), and the check runs again on
 * reading, so a damaged row falls back to the national rules instead of breaking every screen.
 */
export function createRuleSetRepository(db: LedgerDatabase) {
  async function active(): Promise<ActiveRuleSet> {
    const row = (await db.syncState.get(RULE_SET_KEY)) as RuleSetRow | undefined;
    const checked = row ? validateRuleSet(row.ruleSet) : undefined;
    if (row && checked?.ok) return { ruleSet: checked.value, source: 'stored', storedAt: row.receivedAt };
    return { ruleSet: NATIONAL_RULE_SET, source: 'national' };
  }

  return {
    active,

    /**
     * A rule set that came with the central office's enrolment or return package, in the
     * caller's transaction: stored when valid (it applies from now on), ignored when not,
     * keeping the one in use. Returns a sentence for the import's outcome ('' when unchanged).
     */
    async receive(x: unknown, at: Date): Promise<string> {
      const { ruleSet: current } = await active();
      const checked = validateRuleSet(x);
      if (!checked.ok) return `随附的规则集无效，未启用，继续使用“${current.name}”（${checked.errors[0]}）。`;
      await db.syncState.put({ key: RULE_SET_KEY, ruleSet: checked.value, receivedAt: at.toISOString() });
      const same = checked.value.id === current.id && checked.value.version === current.version;
      return same ? '' : `已启用院党委下发的规则集“${checked.value.name}”（第 ${checked.value.version} 版）。`;
    },

    /**
     * Central office: a new version of its rule set with its local rules edited (meeting
     * frequencies, study sessions, 学时, note targets, report day), each change applying from
     * the edit's effective date; checked like any received set, stored, and sent with every
     * enrolment file and return package from now on. Bad input stores nothing.
     */
    async publish(edit: LocalRulesEdit, organisation: { id: string; name: string }, at: Date = new Date()): Promise<RuleSet> {
      const { ruleSet: current } = await active();
      const applied = applyLocalRulesEdit(current.rules, edit, organisation.name, at.toISOString().slice(0, 10));
      if (!applied.ok) throw new RuleSetRefusedError(applied.errors);
      if (edit.name.trim() === current.name && JSON.stringify(applied.rules) === JSON.stringify(current.rules)) {
        throw new RuleSetRefusedError(['规则没有改动，未保存新版本。']);
      }
      return publishNext(current, { name: edit.name.trim(), rules: applied.rules, effectiveFrom: applied.effectiveFrom }, organisation, at);
    },

    /**
     * Central office: a year of holidays and make-up workdays typed from the State Council's
     * notice, published as a new version of the rule set (replacing that year if it was typed
     * before), so branches use it from their next return. A year that is not complete
     * (checkCalendarYear's errors) stores nothing.
     */
    async publishCalendarYear(year: number, entry: WorkingDayYear, organisation: { id: string }, at: Date = new Date()): Promise<RuleSet> {
      const check = checkCalendarYear(year, entry);
      if (check.errors.length > 0) throw new RuleSetRefusedError(check.errors);
      const { ruleSet: current } = await active();
      const years = { ...current.calendar?.years, [String(year)]: { holidays: [...entry.holidays].sort(), extraWorkdays: [...entry.extraWorkdays].sort() } };
      return publishNext(current, { calendar: { years } }, organisation, at);
    },

    /**
     * Central office: a new version of its 考核方案, published as a new version of the rule set
     * that carries it (so it is checked, stored and sent exactly like the study targets). The
     * scheme's own version goes up by one; bad input stores nothing and says every problem.
     */
    async publishAssessment(scheme: AssessmentScheme, organisation: { id: string; name: string }, at: Date = new Date()): Promise<RuleSet> {
      const { ruleSet: current } = await active();
      const previous = assessmentSchemeOf(current);
      const next: AssessmentScheme = {
        ...scheme,
        id: previous.id === DEFAULT_ASSESSMENT_SCHEME.id ? `org-${organisation.id}-assessment` : previous.id,
        version: previous.version + 1,
        name: scheme.name.trim(),
        effectiveFrom: at.toISOString().slice(0, 10),
      };
      const checked = validateAssessmentScheme(next);
      if (!checked.ok) throw new RuleSetRefusedError(checked.errors);
      return publishNext(current, { assessment: checked.value }, organisation, at);
    },
  };

  /** The next version of the set in use with `change` applied, checked whole and stored. */
  async function publishNext(current: RuleSet, change: Partial<Pick<RuleSet, 'name' | 'rules' | 'assessment' | 'calendar' | 'effectiveFrom'>>, organisation: { id: string }, at: Date): Promise<RuleSet> {
    const next: RuleSet = {
      ...current,
      id: current.id === NATIONAL_RULE_SET.id ? `org-${organisation.id}` : current.id,
      version: current.version + 1,
      effectiveFrom: at.toISOString().slice(0, 10),
      ...change,
    };
    const checked = validateRuleSet(next);
    if (!checked.ok) throw new RuleSetRefusedError(checked.errors);
    await db.syncState.put({ key: RULE_SET_KEY, ruleSet: checked.value, receivedAt: at.toISOString() });
    return checked.value;
  }
}

export type RuleSetRepository = ReturnType<typeof createRuleSetRepository>;

export const ruleSetRepository = createRuleSetRepository(ledgerDb);
