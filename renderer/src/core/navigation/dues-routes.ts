import type { Quarter } from '../../../../shared/dues/months';

/** The dues area's hash routes, built in one place so that links and the page agree. */
export const duesPath = {
  tab: (tab?: string) => (tab ? `dues?tab=${tab}` : 'dues'),
  printQuarter: (year: number, quarter: Quarter) => `dues?printYear=${year}&printQuarter=${quarter}`,
};
