/** The study area's hash routes, built in one place so that links and the page agree. */
export const studyPath = {
  tab: (tab: string, year?: number) => `study?tab=${tab}${year ? `&year=${year}` : ''}`,
  notebook: (memberId: string, year: number) => `study?member=${encodeURIComponent(memberId)}&year=${year}`,
  print: (memberId: string, year: number) => `study?print=${encodeURIComponent(memberId)}&year=${year}`,
};
