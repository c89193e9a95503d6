/** The meetings area's hash routes, built in one place so that links and the page agree. */
export const meetingPath = {
  list: (tab?: string) => (tab ? `meetings?tab=${tab}` : 'meetings'),
  edit: (id: string) => `meetings?edit=${encodeURIComponent(id)}`,
  view: (id: string) => `meetings?view=${encodeURIComponent(id)}`,
  printMeeting: (id: string) => `meetings?print=${encodeURIComponent(id)}`,
  printYear: (year: number) => `meetings?printYear=${year}`,
};
