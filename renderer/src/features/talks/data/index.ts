/** 谈心谈话's data for other areas' data code. */
export { createTalkRepository, talkRepository, TalkRefusedError } from './talk-repository';
