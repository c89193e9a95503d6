/** Hash routes of the areas whose links carry at most a tab, built in one place so that links and the pages agree. */
export const memberPath = {
  tab: (tab?: string) => (tab && tab !== 'roster' ? `members?tab=${tab}` : 'members'),
};

export const branchPath = () => 'branch';

/** 支部信息's view of the branch's 台账 binder for a year. */
export const ownBinderPath = (year: number) => `branch?binder=${year}`;

export const settingsPath = () => 'settings';

export const syncPath = () => 'sync';

export const documentsPath = () => 'documents';
