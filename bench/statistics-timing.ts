import { DEFAULT_WORKING_DAY_CALENDAR } from '../shared/calendar/working-days';
import { parsePeriod } from '../shared/meetings/periods';
import { NATIONAL_RULE_SET } from '../shared/rules/rule-set';
import { STAT_TABLE_IDS, statTable } from '../shared/statistics/statistics';
import { DEFAULT_TODAY, generateDataset, SCALES, statRecordsOf } from '../test/support/generator';
import { yearlyStatistics } from './statistics';

/** `node build/scripts/run-ts.mjs bench/statistics-timing.ts`: the yearly statistics alone, table by table, on the hospital scale. */
const branches = generateDataset(SCALES.hospital).map(statRecordsOf);
const period = parsePeriod(DEFAULT_TODAY.slice(0, 4))!;
const scope = { period, asOf: DEFAULT_TODAY, today: DEFAULT_TODAY, ruleSet: NATIONAL_RULE_SET, calendar: DEFAULT_WORKING_DAY_CALENDAR };
for (const id of STAT_TABLE_IDS) {
  const [start, cpu] = [performance.now(), process.cpuUsage()];
  statTable(id, branches, scope);
  console.log(`${id}: ${(performance.now() - start).toFixed(0)} ms wall, ${(process.cpuUsage(cpu).user / 1000).toFixed(0)} ms CPU`);
}
for (let run = 0; run < 3; run++) {
  const [start, cpu] = [performance.now(), process.cpuUsage()];
  yearlyStatistics(branches, NATIONAL_RULE_SET, Number(DEFAULT_TODAY.slice(0, 4)), DEFAULT_TODAY);
  console.log(`all tables, run ${run + 1}: ${(performance.now() - start).toFixed(0)} ms wall, ${(process.cpuUsage(cpu).user / 1000).toFixed(0)} ms CPU`);
}
