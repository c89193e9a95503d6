/** 首页: the welcome card and the to-do list (filled through core/todo's registry). */
export { HomePage } from './HomePage';
