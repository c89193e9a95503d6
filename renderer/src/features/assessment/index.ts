/** 考核: the card 首页 shows a branch PC (its current period's score and what is still open). */
export { AssessmentHomeCard } from './AssessmentHomeCard';
