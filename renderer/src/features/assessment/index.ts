/** 考核: the card 首页 shows a branch PC (its latest published result: rank, 流动红旗, 星级), and the hooks entry. */
export { AssessmentHomeCard } from './AssessmentHomeCard';
export * from './hooks';
