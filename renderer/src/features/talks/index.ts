/** 谈心谈话: the talks screen for 三会一课, and its 首页 reminder. */
export * from './data';
export { TalksPanel } from './TalksPanel';
export * from './hooks';
