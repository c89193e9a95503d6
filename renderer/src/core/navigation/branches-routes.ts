/** The 各支部 area's hash routes, built in one place so that links and the page agree. */
export const branchesPath = {
  list: () => 'branches',
  branch: (id: string) => `branches?branch=${encodeURIComponent(id)}`,
  binder: (id: string, year: number) => `branches?branch=${encodeURIComponent(id)}&binder=${year}`,
};
